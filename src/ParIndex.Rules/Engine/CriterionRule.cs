using System.Globalization;

namespace ParIndex.Rules;

/// <summary>A criterion as its NRules rule sees it: where its parts sit among a unit's measures, the rule's condition and action, and how its outcome is read back.</summary>
/// <remarks>The condition and the action only call <see cref="Evaluator"/>: this class says when a criterion is decided, never how it scores.</remarks>
internal sealed class CriterionRule
{
    public CriterionRule(CriterionDefinition definition, int index, int firstPart, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, NotApplicablePolicy notApplicable)
    {
        Definition = definition;
        Index = index;
        FirstPart = firstPart;
        NotApplicable = notApplicable;
        InputTypes = definition.Parts.Select(p => p.Value.Inputs.Select(k => catalogue[k].Type).ToArray()).ToArray();
        Hints = [.. definition.Parts.Select(p => (HintTemplate.Segments(p.Hint.Vi), p.Hint.En is { } en ? HintTemplate.Segments(en) : null))];
    }

    public CriterionDefinition Definition { get; }

    /// <summary>The rule set's <c>notApplicable</c>: whether a criterion with every part not applicable is excluded.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>The outcome slots the criterion takes in <see cref="UnitFact.Parts"/>: one per part; one for a judged criterion, which has none.</summary>
    public int Slots => SlotsOf(Definition);

    /// <inheritdoc cref="Slots"/>
    public static int SlotsOf(CriterionDefinition definition) => definition.Judged is null ? definition.Parts.Count : 1;

    /// <summary>The criterion's position in the rule set.</summary>
    public int Index { get; }

    /// <summary>The index of the criterion's first part in <see cref="UnitFact.Measures"/> and <see cref="UnitFact.Parts"/>.</summary>
    public int FirstPart { get; }

    /// <summary>
    /// Per part, its hint templates read into segments once, when the rule is compiled: hints are written for every
    /// shortfall of every unit, and parsing here keeps no cache beyond the scorer's life.
    /// </summary>
    public (HintTemplate.Segment[] Vi, HintTemplate.Segment[]? En)[] Hints { get; }

    /// <summary>Per part, the types of its inputs, looked up once.</summary>
    public IndicatorType[][] InputTypes { get; }

    /// <summary>The rule's condition: some unit of the chunk falls short of a full pass of this criterion.</summary>
    /// <remarks>Evaluating a checked measure compares and multiplies decimals; an overflow on an absurd figure is left to the action, which keeps it to its unit, so the condition treats any exception as a shortfall.</remarks>
    public bool AnyFallsShort(ChunkFact chunk)
    {
        foreach (var unit in chunk.Units)
        {
            try
            {
                if (FallsShort(unit))
                {
                    return true;
                }
            }
            catch (ArithmeticException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rule's action: decides the criterion for each unit of the chunk that falls short of a full pass.</summary>
    /// <remarks>
    /// Figures that break the arithmetic (an overflow on an absurd count) make this criterion invalid_data for
    /// this unit alone, like any other bad figure; its other criteria, the other units and the session go on.
    /// Any other exception, which would be a defect rather than bad figures, is kept to the unit and the criterion
    /// the same way: the action runs for a whole chunk, and NRules would report it for all of it.
    /// </remarks>
    public void Record(ChunkFact chunk)
    {
        foreach (var unit in chunk.Units)
        {
            try
            {
                Decide(unit);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                for (var i = 0; i < Slots; i++)
                {
                    unit.Parts[FirstPart + i] = new PartOutcome(CriterionStatus.InvalidData, Definition.Judged is null ? 0m : Evaluator.Unearned(Definition));
                }

                unit.Decided[Index] = true;
                unit.Fail(Index, e);
            }
        }
    }

    private bool FallsShort(UnitFact unit)
    {
        if (Definition.Judged is not null)
        {
            return Judged(unit) != Evaluator.FullPass(Definition);
        }

        var parts = Definition.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            if (!Evaluator.IsFullPass(parts[i], Evaluator.Part(parts[i], unit.Measures![FirstPart + i])))
            {
                return true;
            }
        }

        return false;
    }

    private PartOutcome Judged(UnitFact unit) => Evaluator.Judged(
        Definition, unit.Snapshot.SelfAssessment?.GetValueOrDefault(Definition.Id), unit.Snapshot.Appraisal?.GetValueOrDefault(Definition.Id));

    private void Decide(UnitFact unit)
    {
        if (Definition.Judged is not null)
        {
            var judged = Judged(unit);
            unit.Parts[FirstPart] = judged;
            unit.Decided[Index] = judged != Evaluator.FullPass(Definition);
            return;
        }

        var parts = Definition.Parts;
        var shortfall = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var outcome = Evaluator.Part(parts[i], unit.Measures![FirstPart + i]);
            unit.Parts[FirstPart + i] = outcome;
            shortfall |= !Evaluator.IsFullPass(parts[i], outcome);
        }

        // A unit at a full pass stays undecided, exactly as if the rule had not fired for it.
        unit.Decided[Index] = shortfall;
    }

    /// <summary>A part's outcome for a unit: what the action decided, or the full pass that the rule's silence proves.</summary>
    public PartOutcome PartOutcome(UnitFact unit, int part) =>
        unit.EngineError is not null ? new PartOutcome(CriterionStatus.InvalidData, 0m)
        : unit.Decided[Index] ? unit.Parts[FirstPart + part]
        : Evaluator.FullPass(Definition.Parts[part]);

    /// <summary>The criterion's status and points for a unit as its rule decided them: combined from its parts' outcomes, or a judged criterion's own.</summary>
    public PartOutcome Outcome(UnitFact unit)
    {
        if (Definition.Judged is not null)
        {
            return unit.EngineError is not null ? new PartOutcome(CriterionStatus.InvalidData, Evaluator.Unearned(Definition))
                : unit.Decided[Index] ? unit.Parts[FirstPart]
                : Evaluator.FullPass(Definition);
        }

        var count = Definition.Parts.Count;
        Span<PartOutcome> parts = count <= 8 ? stackalloc PartOutcome[count] : new PartOutcome[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = PartOutcome(unit, i);
        }

        return Evaluator.Criterion(Definition, parts);
    }

    /// <summary>Whether the criterion is excluded for the unit (<see cref="Evaluator.IsExcluded"/>).</summary>
    public bool IsExcluded(UnitFact unit, PartOutcome computed) => Evaluator.IsExcluded(Definition, computed, unit.Snapshot.Type, NotApplicable);

    /// <summary>What the rule decided for the unit, whether the criterion is excluded for it, and its final outcome: excluded, appraised, else computed (<see cref="Evaluator.Final"/>).</summary>
    public (PartOutcome Computed, bool Excluded, PartOutcome Final) Resolve(UnitFact unit)
    {
        var computed = Outcome(unit);
        var excluded = IsExcluded(unit, computed);
        return (computed, excluded, Evaluator.Final(computed, Definition, unit.Snapshot.Appraisal?.GetValueOrDefault(Definition.Id), excluded));
    }

    /// <summary>The criterion's final outcome for the unit (<see cref="Resolve"/>).</summary>
    public PartOutcome FinalOutcome(UnitFact unit) => Resolve(unit).Final;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Definition.Id} ({Index})");
}
