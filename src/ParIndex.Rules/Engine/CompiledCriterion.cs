using System.Globalization;

namespace ParIndex.Rules;

/// <summary>A criterion with the position of its parts among the unit's measures: the target of its rule's action, and the builder of its readable result.</summary>
internal sealed class CompiledCriterion
{
    private readonly IReadOnlyDictionary<string, IndicatorDefinition> _catalogue;

    public CompiledCriterion(CriterionDefinition definition, int index, int firstPart, IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
        Definition = definition;
        Index = index;
        FirstPart = firstPart;
        _catalogue = catalogue;
        InputTypes = definition.Parts.Select(p => p.Value.Inputs.Select(k => catalogue[k].Type).ToArray()).ToArray();
    }

    /// <summary>Per part, the types of its inputs, looked up once.</summary>
    public IndicatorType[][] InputTypes { get; }

    public CriterionDefinition Definition { get; }

    public int Index { get; }

    /// <summary>The index of the criterion's first part in <see cref="UnitFact.Measures"/>.</summary>
    public int FirstPart { get; }

    /// <summary>The action of the criterion's shortfall rule: decides every part's status and points; the criterion's follow from them (<see cref="Outcome"/>).</summary>
    /// <remarks>
    /// Figures that break the arithmetic (an overflow on an absurd count) make this criterion invalid_data for
    /// this unit alone, like any other bad figure; its other criteria, the other units and the session go on.
    /// Any other exception, which would be a defect here rather than in the figures, is kept to the unit and
    /// the criterion the same way: the action runs for a whole chunk, and NRules would report it for all of it.
    /// </remarks>
    public void Record(UnitFact unit)
    {
        try
        {
            Decide(unit);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            for (var i = 0; i < Definition.Parts.Count; i++)
            {
                unit.Parts[FirstPart + i] = new PartOutcome { Status = CriterionStatus.InvalidData, Points = 0m, Decided = true };
            }

            unit.Fail(Index, e);
        }
    }

    private void Decide(UnitFact unit)
    {
        var parts = Definition.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var measure = unit.Measures![FirstPart + i];
            var (status, partPoints) = measure.State switch
            {
                MeasureState.Missing => (CriterionStatus.MissingData, 0m),
                MeasureState.Invalid => (CriterionStatus.InvalidData, 0m),
                MeasureState.ZeroDenominator when part.ZeroDenominator == ZeroDenominatorPolicy.NotApplicable => (CriterionStatus.NotApplicable, part.MaxPoints),
                MeasureState.ZeroDenominator => (CriterionStatus.MissingData, 0m),
                _ => (part.Requirement.IsMetBy(measure.Value) ? CriterionStatus.Pass : CriterionStatus.Fail, ScaleMath.Points(part.Scale, part.MaxPoints, measure.Value)),
            };
            unit.Parts[FirstPart + i] = new PartOutcome { Status = status, Points = partPoints, Decided = true };
        }
    }

    /// <summary>The criterion's status and points: combined from what the action decided for its parts, or a full pass when its rule stayed silent.</summary>
    /// <remarks>The criterion's points are the sum of its parts' rounded to 2 decimals, or 0 when any part lacks data.</remarks>
    public (CriterionStatus Status, decimal Points) Outcome(UnitFact unit)
    {
        if (unit.EngineError is not null)
        {
            return (CriterionStatus.InvalidData, 0m);
        }

        if (!unit.Parts[FirstPart].Decided)
        {
            return (CriterionStatus.Pass, Definition.MaxPoints);
        }

        var points = 0m;
        var tally = default(StatusTally);
        for (var i = 0; i < Definition.Parts.Count; i++)
        {
            var outcome = unit.Parts[FirstPart + i];
            points += outcome.Points;
            tally.Add(outcome.Status);
        }

        var combined = tally.Result;
        return (combined, combined is CriterionStatus.MissingData or CriterionStatus.InvalidData ? 0m : ScaleMath.Round(points));
    }

    /// <summary>Builds the readable result from what the rules decided; its parts are built when first read.</summary>
    public CriterionResult Result(UnitFact unit)
    {
        var (status, points) = Outcome(unit);
        var parts = new PartResultList(this, unit);
        Func<LocalizedText>? hint = null;
        if (FailureText(unit) is { } failure)
        {
            // An overflow is the figures' fault and says so in Vietnamese; anything else quotes the error.
            var overflow = unit.EngineError is null && unit.FailureOf(Index) is ArithmeticException;
            hint = () => new LocalizedText(
                overflow
                    ? "Không chấm được tiêu chí: số liệu quá lớn, không tính được. Kiểm tra lại số liệu."
                    : $"Không chấm được tiêu chí do lỗi khi tính: {failure}. Kiểm tra lại số liệu.",
                $"The criterion could not be scored: {failure}. Check the figures.");
        }
        else if (status is not (CriterionStatus.Pass or CriterionStatus.NotApplicable))
        {
            hint = () => HintWriter.Write(Definition, parts, parts.Measures, unit.Snapshot, status, _catalogue);
        }

        return new CriterionResult(Definition.Id, Definition.Area, Definition.Title, status, points, Definition.MaxPoints, parts,
            Definition.Lead, Definition.Support, Definition.Deadline, hint);
    }

    /// <summary>The criterion's measures, read again from the snapshot: the scored ones went back to the pool with their chunk.</summary>
    private Measure[] Measures(UnitFact unit)
    {
        var measures = new Measure[Definition.Parts.Count];
        for (var i = 0; i < measures.Length; i++)
        {
            measures[i] = Measure.Read(Definition.Parts[i], InputTypes[i], unit.Snapshot);
        }

        return measures;
    }

    private PartResult Part(UnitFact unit, int index, Measure measure)
    {
        var part = Definition.Parts[index];
        var outcome = unit.Parts[FirstPart].Decided ? unit.Parts[FirstPart + index] : new PartOutcome { Status = CriterionStatus.Pass, Points = part.MaxPoints };
        var problem = FailureText(unit) ?? (measure.Problem == MeasureProblem.None ? null : HintWriter.Describe(measure, part, unit.Snapshot));
        return new PartResult(
            part.Id,
            unit.EngineError is null ? outcome.Status : CriterionStatus.InvalidData,
            measure.State == MeasureState.Ok ? measure.Value : null,
            Inputs(part, unit.Snapshot),
            part.Requirement,
            unit.EngineError is null ? outcome.Points : 0m,
            part.MaxPoints,
            problem);
    }

    /// <summary>
    /// Why this criterion could not be scored for the unit, in words, or <see langword="null"/>: an error NRules
    /// reported for the unit's chunk, figures too large for the arithmetic, or an error inside the rule's action.
    /// </summary>
    private string? FailureText(UnitFact unit) => unit.EngineError ?? unit.FailureOf(Index) switch
    {
        null => null,
        ArithmeticException e => $"the figures are too large to compute with ({e.Message})",
        var e => $"an error inside the rule ({e.GetType().Name}: {e.Message})",
    };

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

    /// <summary>A criterion's part results, each built when first read, and the measures they and the hint share.</summary>
    private sealed class PartResultList(CompiledCriterion criterion, UnitFact unit) : LazyList<PartResult>(criterion.Definition.Parts.Count)
    {
        private Measure[]? _measures;

        /// <summary>Read from the snapshot once, on first need; a race reads the same values twice, harmlessly.</summary>
        public Measure[] Measures => Volatile.Read(ref _measures) ?? (_measures = criterion.Measures(unit));

        protected override PartResult Build(int index) => criterion.Part(unit, index, Measures[index]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Definition.Id} ({Index})");
}
