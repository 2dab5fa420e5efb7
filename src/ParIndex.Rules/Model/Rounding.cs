namespace ParIndex.Rules;

/// <summary>How every figure this library gives is rounded: points, rates, SIPAS and a report's means alike.</summary>
public static class Rounding
{
    /// <summary>The decimals every point, rate and mean is given to.</summary>
    public const int Decimals = 2;

    /// <summary>A value to <see cref="Decimals"/> decimals, a midpoint away from zero (2,345 → 2,35), as the decisions' own tables round.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public static decimal ToHundredths(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
