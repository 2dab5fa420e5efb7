namespace ParIndex.Rules;

/// <summary>What a part earns for one unit: its status and its points.</summary>
/// <param name="Status">The part's status.</param>
/// <param name="Points">The points, rounded to 2 decimals.</param>
internal readonly record struct PartOutcome(CriterionStatus Status, decimal Points);

/// <summary>
/// The scoring semantics of a part and of a criterion, stated once (the rule set's reference, docs/scoring.md):
/// everything that scores (the NRules rules' conditions and actions, the results, the rule cases) calls this.
/// </summary>
/// <remarks>
/// A measure is a part's value already read and checked (<see cref="Measure.Read(PartDefinition, IndicatorType[], IndicatorSnapshot)"/>),
/// so nothing here looks a figure up or throws on bad data; only arithmetic on absurd figures can overflow, and the
/// rule action that calls this keeps that to its unit and criterion.
/// </remarks>
internal static class Evaluator
{
    /// <summary>A part's status and points from its measure.</summary>
    /// <param name="part">The part.</param>
    /// <param name="measure">Its value for one unit.</param>
    /// <returns>Missing or invalid data earn 0; a zero denominator is not applicable (full points) or missing data, as the part says; otherwise the requirement decides the status and the scale the points.</returns>
    public static PartOutcome Part(PartDefinition part, in Measure measure) => measure.State switch
    {
        MeasureState.Missing => new(CriterionStatus.MissingData, 0m),
        MeasureState.Invalid => new(CriterionStatus.InvalidData, 0m),
        MeasureState.ZeroDenominator when part.ZeroDenominator == ZeroDenominatorPolicy.NotApplicable => new(CriterionStatus.NotApplicable, part.MaxPoints),
        MeasureState.ZeroDenominator => new(CriterionStatus.MissingData, 0m),
        _ => new(part.Requirement.IsMetBy(measure.Value) ? CriterionStatus.Pass : CriterionStatus.Fail, Points(part.Scale, part.MaxPoints, measure.Value)),
    };

    /// <summary>Tells whether an outcome is a full pass: the requirement met and every point earned (in a penalty area: nothing deducted).</summary>
    /// <remarks>A criterion whose parts are all full passes has nothing to report, so its NRules rule stays silent (Engine/RuleSetCompiler.cs).</remarks>
    public static bool IsFullPass(PartDefinition part, PartOutcome outcome) =>
        outcome.Status == CriterionStatus.Pass && outcome.Points == part.BestPoints;

    /// <summary>The outcome of a part whose criterion's rule stayed silent: the silence proves a full pass.</summary>
    public static PartOutcome FullPass(PartDefinition part) => new(CriterionStatus.Pass, part.BestPoints);

    /// <summary>The outcome of a judged criterion whose rule stayed silent: full points (nothing deducted, in a penalty area).</summary>
    public static PartOutcome FullPass(CriterionDefinition criterion) => new(CriterionStatus.Pass, criterion.BestPoints);

    /// <summary>The points a value earns on a scale, rounded to 2 decimals (midpoint away from zero).</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="max">The part's maximum.</param>
    /// <param name="value">The value (a rate already rounded).</param>
    /// <returns>The points, between 0 and <paramref name="max"/>.</returns>
    public static decimal Points(ScaleDefinition scale, decimal max, decimal value) => Rounding.ToHundredths(scale.Kind switch
    {
        ScaleKind.Binary => value >= (scale.Threshold ?? 1m) ? max : 0m,
        ScaleKind.Step => StepPoints(scale.Bands, value),
        ScaleKind.Proportional => value >= scale.Threshold!.Value ? max
            : value < (scale.ZeroBelow ?? 0m) ? 0m
            : max * value / scale.Threshold.Value,
        ScaleKind.PerEvent => Math.Min(max, scale.PointsPerEvent!.Value * value),
        _ => Math.Max(0m, max - (scale.PointsPerEvent!.Value * value)),
    });

    /// <summary>
    /// A criterion's status and points from its parts': the status precedence of <see cref="StatusTally"/>, and the
    /// sum of the parts' points rounded; when any part lacks data, nothing earned: 0, or in a penalty area the
    /// criterion's whole maximum deducted (missing figures must never spare a unit a penalty).
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="parts">The parts' outcomes, in rule-file order.</param>
    /// <returns>The criterion's status and points.</returns>
    public static PartOutcome Criterion(CriterionDefinition criterion, ReadOnlySpan<PartOutcome> parts)
    {
        var points = 0m;
        var tally = default(StatusTally);
        foreach (var part in parts)
        {
            points += part.Points;
            tally.Add(part.Status);
        }

        var status = tally.Result;
        return new(status, status is CriterionStatus.MissingData or CriterionStatus.InvalidData ? Unearned(criterion) : Rounding.ToHundredths(points));
    }

    /// <summary>What a criterion without usable data counts: 0 points, or in a penalty area its whole maximum deducted.</summary>
    public static decimal Unearned(CriterionDefinition criterion) => criterion.Deducts ? criterion.MaxPoints : 0m;

    /// <summary>
    /// A judged criterion's outcome (assessment model §3): the latest appraisal round's points, else the unit's claim
    /// (provisional), else <c>missing_data</c>; <c>pass</c> when the points are full (nothing deducted, in a penalty area).
    /// Points that break <see cref="GivenPoints"/> give <c>invalid_data</c>, whoever built them.
    /// </summary>
    public static PartOutcome Judged(CriterionDefinition criterion, Claim? claim, IReadOnlyList<AppraisalRound>? rounds)
    {
        if (GivenPoints.Latest(rounds) is { } latest)
        {
            return Given(criterion, latest.Points, GivenPoints.AreValid(criterion, rounds!, latest));
        }

        return claim is not null
            ? Given(criterion, claim.Points, GivenPoints.IsValid(criterion, claim.Points))
            : new(CriterionStatus.MissingData, Unearned(criterion));
    }

    /// <summary>What points a person gave count for: <c>pass</c> at full points, else <c>fail</c>; <c>invalid_data</c> (nothing earned) when they cannot stand.</summary>
    private static PartOutcome Given(CriterionDefinition criterion, decimal points, bool valid) =>
        !valid ? new(CriterionStatus.InvalidData, Unearned(criterion))
        : new(points == criterion.BestPoints ? CriterionStatus.Pass : CriterionStatus.Fail, points);

    /// <summary>Whether a criterion is excluded for a unit (assessment model §4): it does not apply to the unit's type, or every part is not applicable and the rule set excludes such criteria.</summary>
    public static bool IsExcluded(CriterionDefinition criterion, PartOutcome computed, string? unitType, NotApplicablePolicy policy) =>
        !criterion.AppliesToType(unitType) || (policy == NotApplicablePolicy.Exclude && computed.Status == CriterionStatus.NotApplicable);

    /// <summary>
    /// A criterion's final outcome: nothing when excluded; the latest appraisal round's points when the unit was appraised
    /// (<c>pass</c> when they are full: the maximum, or 0 in a penalty area; else <c>fail</c>; <c>invalid_data</c>, nothing
    /// earned, when the rounds break <see cref="GivenPoints"/>); else what the figures gave.
    /// </summary>
    /// <param name="computed">What the figures gave (for a judged criterion, <see cref="Judged"/>).</param>
    /// <param name="criterion">The criterion.</param>
    /// <param name="rounds">The appraisal's rounds for the criterion, when any.</param>
    /// <param name="excluded">Whether the criterion is excluded for the unit (<see cref="IsExcluded"/>): then 0 of 0, <c>not_applicable</c>, whatever was appraised.</param>
    /// <returns>The final status and points.</returns>
    public static PartOutcome Final(PartOutcome computed, CriterionDefinition criterion, IReadOnlyList<AppraisalRound>? rounds, bool excluded)
    {
        if (excluded)
        {
            return new(CriterionStatus.NotApplicable, 0m);
        }

        return GivenPoints.Latest(rounds) is { } latest ? Given(criterion, latest.Points, GivenPoints.AreValid(criterion, rounds!, latest)) : computed;
    }

    /// <summary>The points of the first band (highest first) the value reaches; a loop, since a LINQ lambda here allocated a closure on every shortfall.</summary>
    private static decimal StepPoints(IReadOnlyList<StepBand> bands, decimal value)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (value >= bands[i].Min)
            {
                return bands[i].Points;
            }
        }

        return 0m;
    }
}

/// <summary>The status precedence when parts combine, stated once: <c>invalid_data</c>, then <c>missing_data</c>, then <c>fail</c>; all parts not applicable give <c>not_applicable</c>; else <c>pass</c>.</summary>
internal struct StatusTally
{
    private bool _any;
    private bool _invalid;
    private bool _missing;
    private bool _fail;
    private bool _someApplicable;

    public void Add(CriterionStatus status)
    {
        _any = true;
        _invalid |= status == CriterionStatus.InvalidData;
        _missing |= status == CriterionStatus.MissingData;
        _fail |= status == CriterionStatus.Fail;
        _someApplicable |= status != CriterionStatus.NotApplicable;
    }

    public readonly CriterionStatus Result =>
        _invalid ? CriterionStatus.InvalidData
        : _missing ? CriterionStatus.MissingData
        : _fail ? CriterionStatus.Fail
        : _any && !_someApplicable ? CriterionStatus.NotApplicable
        : CriterionStatus.Pass;
}
