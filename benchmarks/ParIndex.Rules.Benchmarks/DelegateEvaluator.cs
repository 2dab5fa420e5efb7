
namespace ParIndex.Rules.Benchmarks;

/// <summary>
/// The limit: the same rule files compiled straight to delegates and run in a plain loop, with the semantics
/// of criteria-2025.md §2. It lives here, never in src/, as the yardstick for the NRules path.
/// </summary>
public sealed class DelegateEvaluator
{
    private readonly Func<IndicatorSnapshot, PartOutcome>[] _parts;
    private readonly (int First, int Count, decimal Max)[] _criteria;

    public DelegateEvaluator(RuleSet rules)
    {
        var parts = new List<Func<IndicatorSnapshot, PartOutcome>>();
        var criteria = new List<(int, int, decimal)>();
        foreach (var criterion in rules.Criteria)
        {
            criteria.Add((parts.Count, criterion.Parts.Count, criterion.MaxPoints));
            parts.AddRange(criterion.Parts.Select(p => CompilePart(p, rules)));
        }

        _parts = [.. parts];
        _criteria = [.. criteria];
    }

    public readonly record struct PartOutcome(CriterionStatus Status, decimal Points, int State, decimal Value);

    public (CriterionStatus Status, decimal Points)[] Evaluate(IndicatorSnapshot unit)
    {
        var result = new (CriterionStatus, decimal)[_criteria.Length];
        Span<PartOutcome> buffer = stackalloc PartOutcome[8];
        for (var c = 0; c < _criteria.Length; c++)
        {
            var (first, count, _) = _criteria[c];
            var outcomes = buffer[..count];
            for (var p = 0; p < count; p++)
            {
                outcomes[p] = _parts[first + p](unit);
            }

            result[c] = Combine(outcomes);
        }

        return result;
    }

    /// <summary>One unit's measured parts, for the RulesEngine peer's input.</summary>
    public PartOutcome[] Parts(IndicatorSnapshot unit)
    {
        var outcomes = new PartOutcome[_parts.Length];
        for (var p = 0; p < outcomes.Length; p++)
        {
            outcomes[p] = _parts[p](unit);
        }

        return outcomes;
    }

    public (CriterionStatus Status, decimal Points) Criterion(PartOutcome[] parts, int criterion)
    {
        var (first, count, _) = _criteria[criterion];
        return Combine(parts.AsSpan(first, count));
    }

    public (CriterionStatus Status, decimal Points)[][] EvaluateAll(IndicatorSnapshot[] units)
    {
        var results = new (CriterionStatus, decimal)[units.Length][];
        Parallel.For(0, units.Length, i => results[i] = Evaluate(units[i]));
        return results;
    }

    private static decimal Step(decimal[] mins, decimal[] points, decimal value)
    {
        for (var i = 0; i < mins.Length; i++)
        {
            if (value >= mins[i])
            {
                return points[i];
            }
        }

        return 0m;
    }

    /// <summary>The spec's rate: exact integer arithmetic for whole numbers, decimal otherwise.</summary>
    private static decimal Rate(decimal numerator, decimal denominator)
    {
        if (numerator <= 100_000_000_000_000m && denominator <= 100_000_000_000_000m
            && numerator == decimal.Truncate(numerator) && denominator == decimal.Truncate(denominator))
        {
            var hundredths = Math.DivRem((long)numerator * 10_000, (long)denominator, out var remainder);
            return new decimal(remainder * 2 >= (long)denominator ? hundredths + 1 : hundredths) / 100m;
        }

        return Math.Round(numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero);
    }

    private static (CriterionStatus, decimal) Combine(ReadOnlySpan<PartOutcome> parts)
    {
        var sum = 0m;
        bool invalid = false, missing = false, fail = false, allNotApplicable = true;
        foreach (var part in parts)
        {
            sum += part.Points;
            invalid |= part.Status == CriterionStatus.InvalidData;
            missing |= part.Status == CriterionStatus.MissingData;
            fail |= part.Status == CriterionStatus.Fail;
            allNotApplicable &= part.Status == CriterionStatus.NotApplicable;
        }

        var status = invalid ? CriterionStatus.InvalidData : missing ? CriterionStatus.MissingData : fail ? CriterionStatus.Fail
            : allNotApplicable ? CriterionStatus.NotApplicable : CriterionStatus.Pass;
        return (status, status is CriterionStatus.MissingData or CriterionStatus.InvalidData ? 0m : Math.Round(sum, 2, MidpointRounding.AwayFromZero));
    }

    private static Func<IndicatorSnapshot, PartOutcome> CompilePart(PartDefinition part, RuleSet rules)
    {
        var keys = part.Value.Inputs.ToArray();
        var types = keys.Select(k => rules.IndicatorsByKey[k].Type).ToArray();
        var kind = part.Value.Kind;
        var zero = part.ZeroDenominator;
        var requirement = part.Requirement;
        var scale = part.Scale;
        var max = part.MaxPoints;
        var bandMins = scale.Bands.Select(b => b.Min).ToArray();
        var bandPoints = scale.Bands.Select(b => b.Points).ToArray();
        return unit =>
        {
            Span<decimal> n = stackalloc decimal[2];
            for (var i = 0; i < keys.Length; i++)
            {
                if (!unit.Indicators.TryGetValue(keys[i], out var v))
                {
                    return new(CriterionStatus.MissingData, 0m, 1, 0m);
                }

                var ok = types[i] == IndicatorType.Boolean
                    ? v.Kind == IndicatorValueKind.Boolean
                    : v.Kind == IndicatorValueKind.Number && v.Number >= 0 && (types[i] != IndicatorType.Count || v.Number == decimal.Truncate(v.Number));
                if (!ok)
                {
                    return new(CriterionStatus.InvalidData, 0m, 2, 0m);
                }

                n[i] = v.Number;
            }

            decimal value;
            switch (kind)
            {
                case ValueKind.Indicator:
                    value = n[0];
                    break;
                case ValueKind.Rate:
                    if (n[0] > n[1])
                    {
                        return new(CriterionStatus.InvalidData, 0m, 2, 0m);
                    }

                    if (n[1] == 0m)
                    {
                        return zero == ZeroDenominatorPolicy.NotApplicable ? new(CriterionStatus.NotApplicable, max, 3, 0m) : new(CriterionStatus.MissingData, 0m, 3, 0m);
                    }

                    value = Rate(n[0], n[1]);
                    break;
                default:
                    if (n[1] > n[0])
                    {
                        return new(CriterionStatus.InvalidData, 0m, 2, 0m);
                    }

                    if (n[0] == 0m && zero != ZeroDenominatorPolicy.Score)
                    {
                        return zero == ZeroDenominatorPolicy.NotApplicable ? new(CriterionStatus.NotApplicable, max, 3, 0m) : new(CriterionStatus.MissingData, 0m, 3, 0m);
                    }

                    value = n[0] - n[1];
                    break;
            }

            var points = scale.Kind switch
            {
                ScaleKind.Binary => value >= (scale.Threshold ?? 1m) ? max : 0m,
                ScaleKind.Step => Step(bandMins, bandPoints, value),
                ScaleKind.Proportional => value >= scale.Threshold!.Value ? max : value < (scale.ZeroBelow ?? 0m) ? 0m : max * value / scale.Threshold.Value,
                _ => Math.Max(0m, max - (scale.PointsPerEvent!.Value * value)),
            };
            return new(requirement.IsMetBy(value) ? CriterionStatus.Pass : CriterionStatus.Fail, Math.Round(points, 2, MidpointRounding.AwayFromZero), 0, value);
        };
    }
}
