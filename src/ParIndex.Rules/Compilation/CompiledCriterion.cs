using System.Globalization;
using ParIndex.Rules.Definitions;
using ParIndex.Rules.Scoring;

namespace ParIndex.Rules.Compilation;

/// <summary>A criterion with the indexes of its parts' measures: the target of its rule's action.</summary>
internal sealed class CompiledCriterion
{
    public CompiledCriterion(CriterionDefinition definition, int index, int firstPart, IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
        Definition = definition;
        Index = index;
        FirstPart = firstPart;
        _catalogue = catalogue;
    }

    private readonly IReadOnlyDictionary<string, IndicatorDefinition> _catalogue;

    public CriterionDefinition Definition { get; }

    public int Index { get; }

    /// <summary>The index of the criterion's first part in <see cref="UnitFact.Measures"/>.</summary>
    public int FirstPart { get; }

    /// <summary>The action of the criterion's shortfall rule: scores every part and stores the criterion's result on the fact.</summary>
    public void Record(UnitFact unit) => unit.Results[Index] = Score(unit);

    /// <summary>The result when the shortfall rule did not fire: every part met its requirement and earned all its points.</summary>
    public CriterionResult FullPass(UnitFact unit)
    {
        var parts = new PartResult[Definition.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Definition.Parts[i];
            parts[i] = new PartResult(part.Id, CriterionStatus.Pass, unit.Measures[FirstPart + i].Value, Inputs(part, unit.Snapshot),
                part.Requirement, part.MaxPoints, part.MaxPoints, null);
        }

        return Result(CriterionStatus.Pass, Definition.MaxPoints, parts, null);
    }

    public CriterionResult EngineFailure(UnitFact unit, string message)
    {
        var parts = Definition.Parts.Select(p => new PartResult(p.Id, CriterionStatus.InvalidData, null, Inputs(p, unit.Snapshot),
            p.Requirement, 0m, p.MaxPoints, message)).ToArray();
        return Result(CriterionStatus.InvalidData, 0m, parts, () => new LocalizedText(
            $"Không chấm được tiêu chí do lỗi khi tính: {message}. Kiểm tra lại số liệu.",
            $"The criterion could not be scored: {message}. Check the figures."));
    }

    private CriterionResult Score(UnitFact unit)
    {
        var parts = new PartResult[Definition.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Definition.Parts[i];
            var measure = unit.Measures[FirstPart + i];
            var inputs = Inputs(part, unit.Snapshot);
            parts[i] = measure.State switch
            {
                MeasureState.Missing => new PartResult(part.Id, CriterionStatus.MissingData, null, inputs, part.Requirement, 0m, part.MaxPoints, HintWriter.Describe(measure, unit.Snapshot)),
                MeasureState.Invalid => new PartResult(part.Id, CriterionStatus.InvalidData, null, inputs, part.Requirement, 0m, part.MaxPoints, HintWriter.Describe(measure, unit.Snapshot)),
                MeasureState.ZeroDenominator when part.ZeroDenominator == ZeroDenominatorPolicy.NotApplicable =>
                    new PartResult(part.Id, CriterionStatus.NotApplicable, null, inputs, part.Requirement, part.MaxPoints, part.MaxPoints, null),
                MeasureState.ZeroDenominator =>
                    new PartResult(part.Id, CriterionStatus.MissingData, null, inputs, part.Requirement, 0m, part.MaxPoints, HintWriter.Describe(measure, unit.Snapshot)),
                _ => new PartResult(part.Id, part.Requirement.IsMetBy(measure.Value) ? CriterionStatus.Pass : CriterionStatus.Fail,
                    measure.Value, inputs, part.Requirement, ScaleMath.Points(part.Scale, part.MaxPoints, measure.Value), part.MaxPoints, null),
            };
        }

        var status = CriterionStatuses.Combine(parts.Select(p => p.Status));
        var points = 0m;
        if (status is not (CriterionStatus.MissingData or CriterionStatus.InvalidData))
        {
            foreach (var part in parts)
            {
                points += part.Points;
            }
        }

        if (status is CriterionStatus.Pass or CriterionStatus.NotApplicable)
        {
            return Result(status, ScaleMath.Round(points), parts, null);
        }

        var measures = unit.Measures[FirstPart..(FirstPart + parts.Length)];
        var snapshot = unit.Snapshot;
        return Result(status, ScaleMath.Round(points), parts, () => HintWriter.Write(Definition, parts, measures, snapshot, status, _catalogue));
    }

    private CriterionResult Result(CriterionStatus status, decimal points, PartResult[] parts, Func<LocalizedText>? hint) =>
        new(Definition.Id, Definition.Area, Definition.Title, status, points, Definition.MaxPoints, parts,
            Definition.Lead, Definition.Support, Definition.Deadline, hint);

    private static IndicatorInput[] Inputs(PartDefinition part, IndicatorSnapshot snapshot)
    {
        var inputs = new IndicatorInput[part.Value.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var key = part.Value.Inputs[i];
            inputs[i] = new IndicatorInput(key, snapshot.Indicators.TryGetValue(key, out var value) ? value : null);
        }

        return inputs;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Definition.Id} ({Index})");
}
