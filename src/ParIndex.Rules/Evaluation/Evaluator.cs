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

    /// <summary>Tells whether an outcome is a full pass: the requirement met and every point earned.</summary>
    /// <remarks>A criterion whose parts are all full passes has nothing to report, so its NRules rule stays silent (Engine/RuleSetCompiler.cs).</remarks>
    public static bool IsFullPass(PartDefinition part, PartOutcome outcome) =>
        outcome.Status == CriterionStatus.Pass && outcome.Points == part.MaxPoints;

    /// <summary>The outcome of a part whose criterion's rule stayed silent: the silence proves a full pass.</summary>
    public static PartOutcome FullPass(PartDefinition part) => new(CriterionStatus.Pass, part.MaxPoints);

    /// <summary>The points a value earns on a scale, rounded to 2 decimals (midpoint away from zero).</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="max">The part's maximum.</param>
    /// <param name="value">The value (a rate already rounded).</param>
    /// <returns>The points, between 0 and <paramref name="max"/>.</returns>
    public static decimal Points(ScaleDefinition scale, decimal max, decimal value) => Round(scale.Kind switch
    {
        ScaleKind.Binary => value >= (scale.Threshold ?? 1m) ? max : 0m,
        ScaleKind.Step => StepPoints(scale.Bands, value),
        ScaleKind.Proportional => value >= scale.Threshold!.Value ? max
            : value < (scale.ZeroBelow ?? 0m) ? 0m
            : max * value / scale.Threshold.Value,
        _ => Math.Max(0m, max - (scale.PointsPerEvent!.Value * value)),
    });

    /// <summary>A criterion's status and points from its parts': the status precedence of <see cref="StatusTally"/>, and the sum of the parts' points rounded, or 0 when any part lacks data.</summary>
    /// <param name="parts">The parts' outcomes, in rule-file order.</param>
    /// <returns>The criterion's status and points.</returns>
    public static PartOutcome Criterion(ReadOnlySpan<PartOutcome> parts)
    {
        var points = 0m;
        var tally = default(StatusTally);
        foreach (var part in parts)
        {
            points += part.Points;
            tally.Add(part.Status);
        }

        var status = tally.Result;
        return new(status, status is CriterionStatus.MissingData or CriterionStatus.InvalidData ? 0m : Round(points));
    }

    public static decimal Round(decimal points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A criterion's final outcome: the latest appraisal round's points when the unit was appraised (<c>pass</c> when
    /// they are the criterion's maximum, else <c>fail</c>), else what the figures gave.
    /// </summary>
    /// <param name="computed">What the figures gave.</param>
    /// <param name="maxPoints">The criterion's maximum.</param>
    /// <param name="rounds">The appraisal's rounds for the criterion, when any.</param>
    /// <returns>The final status and points.</returns>
    public static PartOutcome Final(PartOutcome computed, decimal maxPoints, IReadOnlyList<AppraisalRound>? rounds)
    {
        if (rounds is not { Count: > 0 })
        {
            return computed;
        }

        var latest = rounds.MaxBy(r => r.Round)!;
        return new(latest.Points == maxPoints ? CriterionStatus.Pass : CriterionStatus.Fail, latest.Points);
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
