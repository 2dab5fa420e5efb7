
namespace ParIndex.Rules;

/// <summary>What became of a part's value once it was read from a snapshot.</summary>
internal enum MeasureState : byte
{
    Ok,
    Missing,
    Invalid,
    ZeroDenominator,
}

/// <summary>A part's value read from a snapshot, checked, and (for a rate) computed and rounded: the fact NRules conditions test.</summary>
/// <remarks>
/// Values are checked before they reach a condition, so no condition can throw: NRules reports a throwing
/// condition at insert time and it would spoil the whole session, not only this unit.
/// 24 bytes: a batch keeps one per part of every unit, so indexes stand in for the keys, and the layout is
/// automatic so the decimal goes first (in declaration order the padding made it 32).
/// </remarks>
/// <param name="State">Whether the value can be scored.</param>
/// <param name="Value">The value (a rate in percent, rounded to 2 decimals; 1/0 for yes/no).</param>
/// <param name="Problem">Why it cannot, if it cannot.</param>
/// <param name="KeyIndex">The position, among the part's inputs, of the indicator the problem concerns.</param>
/// <param name="OtherIndex">For <see cref="MeasureProblem.PartAboveWhole"/>, the position of the whole it exceeds.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct Measure(MeasureState State, decimal Value, MeasureProblem Problem = MeasureProblem.None, byte KeyIndex = 0, byte OtherIndex = 0)
{
    public string Key(PartDefinition part) => part.Value.Inputs[KeyIndex];

    public string OtherKey(PartDefinition part) => part.Value.Inputs[OtherIndex];

    /// <summary>Reads a part's value from a snapshot.</summary>
    /// <param name="part">The part.</param>
    /// <param name="types">The types of the part's inputs, looked up once when the rule set was compiled.</param>
    /// <param name="snapshot">The unit's figures.</param>
    public static Measure Read(PartDefinition part, IndicatorType[] types, IndicatorSnapshot snapshot) =>
        Read(part.Value, part.ZeroDenominator, types, snapshot);

    /// <summary>Reads a value from a snapshot: a part's, or a SIPAS aspect's rate.</summary>
    /// <param name="definition">What to read: an indicator, a rate or a difference of the snapshot's figures.</param>
    /// <param name="zeroDenominator">What a zero denominator (a zero total of a difference) means.</param>
    /// <param name="types">The types of the inputs.</param>
    /// <param name="snapshot">The unit's figures.</param>
    public static Measure Read(ValueDefinition definition, ZeroDenominatorPolicy zeroDenominator, IndicatorType[] types, IndicatorSnapshot snapshot)
    {
        var inputs = definition.Inputs;
        Span<decimal> numbers = stackalloc decimal[2];
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!snapshot.Indicators.TryGetValue(inputs[i], out var value))
            {
                return new Measure(MeasureState.Missing, 0m, MeasureProblem.Absent, (byte)i);
            }

            var problem = value.ProblemAs(types[i]);
            if (problem != MeasureProblem.None)
            {
                return new Measure(MeasureState.Invalid, 0m, problem, (byte)i);
            }

            numbers[i] = value.Number;
        }

        switch (definition.Kind)
        {
            case ValueKind.Indicator:
                return new Measure(MeasureState.Ok, numbers[0]);

            case ValueKind.Rate:
                if (numbers[0] > numbers[1])
                {
                    return new Measure(MeasureState.Invalid, 0m, MeasureProblem.PartAboveWhole, 0, 1);
                }

                return numbers[1] == 0m
                    ? ZeroDenominator(zeroDenominator, 1)
                    : new Measure(MeasureState.Ok, Rate(numbers[0], numbers[1]));

            default:
                if (numbers[1] > numbers[0])
                {
                    return new Measure(MeasureState.Invalid, 0m, MeasureProblem.PartAboveWhole, 1, 0);
                }

                return numbers[0] == 0m && zeroDenominator != ZeroDenominatorPolicy.Score
                    ? ZeroDenominator(zeroDenominator, 0)
                    : new Measure(MeasureState.Ok, numbers[0] - numbers[1]);
        }
    }

    /// <summary>A rate in percent, rounded to 2 decimals, midpoint away from zero (criteria-2025.md §2).</summary>
    /// <remarks>
    /// Whole numbers up to 10^14 take an exact integer path: hundredths of a percent = round(n × 10,000 / d),
    /// half away from zero, which is the rational value rounded as the spec says and several times faster than
    /// decimal division. Anything else divides in <see cref="decimal"/> (before multiplying, so no figure a
    /// snapshot can hold overflows); both agree, since no fraction with such a denominator comes within
    /// decimal's 28 digits of a midpoint it is not on.
    /// </remarks>
    public static decimal Rate(decimal numerator, decimal denominator)
    {
        if (numerator >= 0m && numerator <= 100_000_000_000_000m && denominator > 0m && denominator <= 100_000_000_000_000m
            && numerator == decimal.Truncate(numerator) && denominator == decimal.Truncate(denominator))
        {
            var n = (long)numerator;
            var d = (long)denominator;
            var hundredths = Math.DivRem(n * 10_000, d, out var remainder);
            if (remainder * 2 >= d)
            {
                hundredths++;
            }

            // The decimal that hundredths / 100m gives (trailing zeros dropped), built without a decimal division.
            byte scale = 2;
            while (scale > 0 && hundredths % 10 == 0)
            {
                hundredths /= 10;
                scale--;
            }

            return new decimal(unchecked((int)hundredths), (int)(hundredths >> 32), 0, isNegative: false, scale);
        }

        return Rounding.ToHundredths(numerator / denominator * 100m);
    }

    private static Measure ZeroDenominator(ZeroDenominatorPolicy policy, byte index) =>
        new(MeasureState.ZeroDenominator, 0m, policy == ZeroDenominatorPolicy.MissingData ? MeasureProblem.ZeroDenominator : MeasureProblem.None, index);
}
