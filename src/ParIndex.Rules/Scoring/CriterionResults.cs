using System.Globalization;

namespace ParIndex.Rules;

/// <summary>Builds a criterion's readable result for a unit from what its rule decided: status, points, parts and the hint.</summary>
internal static class CriterionResults
{
    /// <summary>Builds the result; its parts and its hint are built when first read.</summary>
    public static CriterionResult Build(CriterionRule rule, UnitFact unit, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, bool bonusArea = false)
    {
        var definition = rule.Definition;
        var rounds = unit.Snapshot.Appraisal?.GetValueOrDefault(definition.Id);
        var (computed, excluded, outcome) = rule.Resolve(unit);
        var parts = new PartResultList(rule, unit);
        Func<LocalizedText>? hint = null;
        if (FailureText(rule, unit) is { } failure)
        {
            // An overflow is the figures' fault and says so in Vietnamese, without the engine's English diagnostic,
            // which the English quotes; anything else quotes the error in both.
            var overflow = unit.EngineError is null && unit.FailureOf(rule.Index) is ArithmeticException;
            hint = () => Messages.Say(overflow ? "scoring.engine-overflow" : "scoring.engine-failure", failure);
        }
        else if (excluded)
        {
            hint = null;
        }
        else if ((GivenPoints.AppraisalProblem(definition, rounds)
            ?? (definition.Judged is not null && rounds is not { Count: > 0 } ? GivenPoints.ClaimProblem(definition, unit.Snapshot.SelfAssessment?.GetValueOrDefault(definition.Id)) : null)) is { } given)
        {
            // Points given in code that no reader would have let through: the criterion is invalid_data, and says why.
            hint = () => given;
        }
        else if (rounds is { Count: > 0 } && outcome.Status == CriterionStatus.Fail)
        {
            // The council's reason is what the unit must answer; the figures' own hint follows when they fall short too.
            var latest = GivenPoints.Latest(rounds)!;
            var reason = latest.Reason.Trim() is var r && r.Length > 0 && r[^1] is '.' or '!' or '?' or '…' ? r : latest.Reason.Trim() + ".";
            hint = () =>
            {
                var figures = computed.Status == CriterionStatus.Pass || definition.Judged is not null ? null : HintWriter.Write(rule, parts, parts.Measures, unit.Snapshot, computed.Status, catalogue);
                var said = Messages.Say("scoring.appraised-in-round", latest.Round,
                    MessageCatalogue.NumberInBoth(latest.Points), MessageCatalogue.NumberInBoth(definition.MaxPoints), reason);
                return figures is null ? said : new LocalizedText(said.Vi + " " + figures.Vi, said.In(Language.En) + " " + figures.In(Language.En));
            };
        }
        else if (definition.Judged is not null && outcome.Status != CriterionStatus.Pass)
        {
            var claimed = unit.Snapshot.SelfAssessment?.ContainsKey(definition.Id) == true;
            hint = () => HintWriter.Judged(definition, outcome, claimed);
        }
        else if (outcome.Status is not (CriterionStatus.Pass or CriterionStatus.NotApplicable))
        {
            hint = () => HintWriter.Write(rule, parts, parts.Measures, unit.Snapshot, outcome.Status, catalogue);
        }

        return new CriterionResult(definition.Id, definition.Area, definition.Title, outcome.Status, outcome.Points, definition.MaxPoints, parts,
            definition.Lead, definition.Support, definition.Deadline, hint)
        {
            Claim = unit.Snapshot.SelfAssessment?.GetValueOrDefault(definition.Id),
            Appraisal = rounds ?? [],
            ComputedStatus = definition.Judged is null ? computed.Status : null,
            ComputedPoints = definition.Judged is null ? computed.Points : null,
            Excluded = excluded,
            Judged = definition.Judged is not null,
            Deducts = definition.Deducts,
            InBonusArea = bonusArea,
            LeadOffice = definition.LeadOffice,
            SupportOffice = definition.SupportOffice,
        };
    }

    /// <summary>
    /// Why the criterion could not be scored for the unit, in words, or <see langword="null"/>: an error NRules
    /// reported for the unit's chunk, figures too large for the arithmetic, or an error inside the rule's action.
    /// </summary>
    private static string? FailureText(CriterionRule rule, UnitFact unit) => unit.EngineError ?? unit.FailureOf(rule.Index) switch
    {
        null => null,
        ArithmeticException e => $"the figures are too large to compute with ({e.Message})",
        var e => $"an error inside the rule ({e.GetType().Name}: {e.Message})",
    };

    private static PartResult Part(CriterionRule rule, UnitFact unit, int index, Measure measure)
    {
        var part = rule.Definition.Parts[index];
        var outcome = rule.PartOutcome(unit, index);
        var problem = FailureText(rule, unit) ?? (measure.Problem == MeasureProblem.None ? null : HintWriter.Describe(measure, part, unit.Snapshot));
        var (needed, neededFull) = problem is null ? GapsOf(part, measure, rule.InputTypes[index], unit.Snapshot) : (null, null);
        return new PartResult(
            part.Id,
            outcome.Status,
            measure.State == MeasureState.Ok ? measure.Value : null,
            Inputs(part, unit.Snapshot),
            part.Requirement,
            outcome.Points,
            part.MaxPoints,
            problem)
        {
            Needed = needed,
            NeededFull = neededFull,
        };
    }

    /// <summary>The part's count gaps; none when the figures are too large to count events on.</summary>
    private static (decimal? Needed, decimal? NeededFull) GapsOf(PartDefinition part, Measure measure, IndicatorType[] types, IndicatorSnapshot snapshot)
    {
        try
        {
            return Gaps.Of(part, measure, types, snapshot);
        }
        catch (ArithmeticException)
        {
            return (null, null);
        }
    }

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
    private sealed class PartResultList(CriterionRule rule, UnitFact unit) : LazyList<PartResult>(rule.Definition.Parts.Count)
    {
        private Measure[]? _measures;

        /// <summary>Read again from the snapshot once, on first need (the scored ones went back to the pool with their chunk); a race reads the same values twice, harmlessly.</summary>
        public Measure[] Measures => Volatile.Read(ref _measures) ?? (_measures = Read());

        protected override PartResult Build(int index) => Part(rule, unit, index, Measures[index]);

        private Measure[] Read()
        {
            var measures = new Measure[rule.Definition.Parts.Count];
            for (var i = 0; i < measures.Length; i++)
            {
                measures[i] = Measure.Read(rule.Definition.Parts[i], rule.InputTypes[i], unit.Snapshot);
            }

            return measures;
        }
    }
}
