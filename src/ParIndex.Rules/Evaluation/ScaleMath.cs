
namespace ParIndex.Rules;

/// <summary>The arithmetic of scales, used by rule actions (points) and rule conditions (the value that earns all points).</summary>
internal static class ScaleMath
{
    public static decimal Points(ScaleDefinition scale, decimal max, decimal value)
    {
        var points = scale.Kind switch
        {
            ScaleKind.Binary => value >= (scale.Threshold ?? 1m) ? max : 0m,
            ScaleKind.Step => StepPoints(scale.Bands, value),
            ScaleKind.Proportional => value >= scale.Threshold!.Value ? max
                : value < (scale.ZeroBelow ?? 0m) ? 0m
                : max * value / scale.Threshold.Value,
            _ => Math.Max(0m, max - (scale.PointsPerEvent!.Value * value)),
        };
        return Round(points);
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

    public static decimal Round(decimal points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <summary>The lowest value that earns all points, or <see langword="null"/> when no value does (a step scale whose top band is below the maximum).</summary>
    /// <remarks>Penalties earn all points at 0 events and at no other count, handled by the caller as "value ≤ 0".</remarks>
    public static decimal? FullPointsFrom(ScaleDefinition scale, decimal max) => scale.Kind switch
    {
        ScaleKind.Binary => scale.Threshold ?? 1m,
        ScaleKind.Step => scale.Bands[0].Points == max ? scale.Bands[0].Min : null,
        ScaleKind.Proportional => scale.Threshold,
        _ => null,
    };
}
