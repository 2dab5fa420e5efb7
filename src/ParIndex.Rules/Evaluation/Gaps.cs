namespace ParIndex.Rules;

/// <summary>
/// What it takes to recover a part (assessment model §8): the fewest events that would meet its requirement, and
/// the fewest that would earn its full points, each under the same rounding as scoring.
/// </summary>
/// <remarks>
/// An event is one more in the numerator of a rate (the denominator unchanged: 2,970 of 3,000 on time needs 27
/// more for 99.9%, since 2,997 of 3,000 is 99.90%), one more of a count, or, where less is better (a penalty, a
/// requirement of at most), one fewer. Each answer is searched for with <see cref="Measure.Rate"/> and
/// <see cref="Evaluator.Points"/> themselves, so it can never disagree with the score it predicts.
/// </remarks>
internal static class Gaps
{
    /// <summary>The most events a search tries: beyond this, no count of events says what to do.</summary>
    private const decimal Limit = 1_000_000_000_000_000m;

    /// <summary>The events needed to meet the requirement and to earn full points; <see langword="null"/> where no count of events can say it (a yes/no, missing or impossible figures, a requirement of equality, a target out of reach).</summary>
    /// <param name="part">The part.</param>
    /// <param name="measure">Its value for the unit, as the result already read it.</param>
    /// <param name="types">The types of its inputs.</param>
    /// <param name="snapshot">The unit's figures.</param>
    public static (decimal? Needed, decimal? NeededFull) Of(PartDefinition part, in Measure measure, IndicatorType[] types, IndicatorSnapshot snapshot)
    {
        if (measure.State != MeasureState.Ok || types[0] == IndicatorType.Boolean)
        {
            return (null, null);
        }

        var value = measure.Value;
        var inputs = part.Value.Inputs;
        var first = snapshot.Indicators[inputs[0]].Number;
        var second = inputs.Count > 1 ? snapshot.Indicators[inputs[1]].Number : 0m;

        // The value after k events, more (up) or fewer (down), and how many events there can be at most.
        (Func<decimal, decimal> At, decimal Bound) Direction(bool up) => part.Value.Kind switch
        {
            ValueKind.Rate when up => (k => Measure.Rate(first + k, second), second - first),
            ValueKind.Rate => (k => Measure.Rate(first - k, second), first),
            _ when up => (k => value + k, Limit),
            _ => (k => value - k, value),
        };

        decimal? needed = part.Requirement.Operator switch
        {
            ComparisonOperator.AtLeast or ComparisonOperator.MoreThan => Smallest(Direction(up: true), part.Requirement.IsMetBy),
            ComparisonOperator.AtMost or ComparisonOperator.LessThan => Smallest(Direction(up: false), part.Requirement.IsMetBy),
            _ => null,
        };

        // More points come with a higher value, except on a penalty scale, and in a penalty area, where the best is 0 deducted.
        var up = part.Scale.Kind != ScaleKind.Penalty && !part.Deducts;
        var full = Smallest(Direction(up), value => Evaluator.Points(part.Scale, part.MaxPoints, value) == part.BestPoints);
        return (needed, full);
    }

    /// <summary>The fewest events k, from 0 up to the bound, after which the value meets the test; the test holds from some k on (the scales and requirements are monotone).</summary>
    private static decimal? Smallest((Func<decimal, decimal> At, decimal Bound) direction, Func<decimal, bool> meets)
    {
        var (at, bound) = direction;
        if (meets(at(0m)))
        {
            return 0m;
        }

        // Doubling to a bracket, then halving: a few dozen evaluations even for billions of VND.
        var high = 1m;
        while (high < bound && !meets(at(high)))
        {
            high = Math.Min(high * 2m, bound);
        }

        if (high > bound || !meets(at(Math.Min(high, bound))))
        {
            return null;
        }

        var low = Math.Floor(high / 2m);
        while (high - low > 1m)
        {
            var middle = Math.Floor((low + high) / 2m);
            if (meets(at(middle)))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }
}
