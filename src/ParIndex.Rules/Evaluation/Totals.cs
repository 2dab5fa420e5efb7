namespace ParIndex.Rules;

/// <summary>One area's sum for a unit: its criteria's final points, and the maxima of those not excluded.</summary>
internal struct AreaSum
{
#pragma warning disable CA1051 // Fields: summed in place, one per area per unit.
    public decimal Points;
    public decimal ApplicableMax;
#pragma warning restore CA1051

    /// <summary>Adds a criterion's final points to its area's sum: the one place criteria become area subtotals.</summary>
    /// <param name="sums">The unit's sums, one per area.</param>
    /// <param name="area">The criterion's area, by index.</param>
    /// <param name="points">The criterion's final points (0 when excluded).</param>
    /// <param name="max">The criterion's maximum.</param>
    /// <param name="excluded">Whether the criterion is excluded for the unit: its maximum then leaves the applicable maximum.</param>
    public static void Add(Span<AreaSum> sums, int area, decimal points, decimal max, bool excluded)
    {
        ref var sum = ref sums[area];
        sum.Points += points;
        sum.ApplicableMax += excluded ? 0m : max;
    }
}

/// <summary>A unit's total, with what it is made of (assessment model §4–§5).</summary>
/// <param name="Base">The base areas' points, rescaled to <c>totalPoints</c> when criteria were excluded.</param>
/// <param name="Bonus">The bonus areas' points, each area capped.</param>
/// <param name="Penalty">The penalty areas' deducted points, each area capped.</param>
/// <param name="ApplicableMax">The maximum of the base criteria that apply to the unit.</param>
/// <param name="Total">Base + bonus − penalty, floored at 0 and capped at <c>totalPoints</c>; <see langword="null"/> when no base criterion applies.</param>
internal readonly record struct Totals(decimal Base, decimal Bonus, decimal Penalty, decimal ApplicableMax, decimal? Total)
{
    /// <summary>
    /// The total, stated once: the base is rescaled (base × totalPoints / applicable maximum, rounded to 2 decimals,
    /// midpoint away from zero) only when criteria were excluded, so a unit with none has exactly the plain sum as before.
    /// </summary>
    public static Totals Of(IReadOnlyList<AreaDefinition> areas, ReadOnlySpan<AreaSum> sums, decimal totalPoints)
    {
        decimal basePoints = 0m, applicable = 0m, bonus = 0m, penalty = 0m;
        for (var i = 0; i < areas.Count; i++)
        {
            var (points, _) = Counted(areas[i], sums[i]);
            switch (areas[i].Kind)
            {
                case AreaKind.Base:
                    basePoints += points;
                    applicable += sums[i].ApplicableMax;
                    break;
                case AreaKind.Bonus:
                    bonus += points;
                    break;
                default:
                    penalty += points;
                    break;
            }
        }

        if (applicable == 0m)
        {
            return new(0m, bonus, penalty, 0m, null);
        }

        var rescaled = applicable < totalPoints ? Rounding.ToHundredths(basePoints * totalPoints / applicable) : basePoints;
        var total = Math.Min(totalPoints, Math.Max(0m, rescaled + bonus - penalty));
        return new(rescaled, bonus, penalty, applicable, total);
    }

    /// <summary>An area's points as they count (a bonus or penalty area's capped at its maxPoints) and its applicable maximum.</summary>
    public static (decimal Points, decimal ApplicableMax) Counted(AreaDefinition area, AreaSum sum) => area.Kind == AreaKind.Base
        ? (sum.Points, sum.ApplicableMax)
        : (Math.Min(sum.Points, area.MaxPoints), Math.Min(sum.ApplicableMax, area.MaxPoints));
}
