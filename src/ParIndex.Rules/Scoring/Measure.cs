using ParIndex.Rules.Definitions;

namespace ParIndex.Rules.Scoring;

/// <summary>What became of a part's value once it was read from a snapshot.</summary>
internal enum MeasureState
{
    Ok,
    Missing,
    Invalid,
    ZeroDenominator,
}

/// <summary>Why a part's value could not be used, so a hint can say it in Vietnamese and in English.</summary>
internal enum MeasureProblem
{
    None,
    Absent,
    ZeroDenominator,
    NotANumber,
    NotABoolean,
    Negative,
    NotWhole,
    PartAboveWhole,
}

/// <summary>A part's value read from a snapshot, checked, and (for a rate) computed and rounded: the fact NRules conditions test.</summary>
/// <remarks>
/// Values are checked before they reach a condition, so no condition can throw: NRules reports a throwing
/// condition at insert time and it would spoil the whole session, not only this unit.
/// </remarks>
/// <param name="State">Whether the value can be scored.</param>
/// <param name="Value">The value (a rate in percent, rounded to 2 decimals; 1/0 for yes/no).</param>
/// <param name="Problem">Why it cannot, if it cannot.</param>
/// <param name="Key">The indicator the problem concerns.</param>
/// <param name="OtherKey">For <see cref="MeasureProblem.PartAboveWhole"/>, the whole it exceeds.</param>
internal readonly record struct Measure(MeasureState State, decimal Value, MeasureProblem Problem = MeasureProblem.None, string? Key = null, string? OtherKey = null)
{
    public static Measure Read(PartDefinition part, IndicatorSnapshot snapshot, IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
        var inputs = part.Value.Inputs;
        Span<decimal> numbers = stackalloc decimal[2];
        for (var i = 0; i < inputs.Count; i++)
        {
            var key = inputs[i];
            if (!snapshot.Indicators.TryGetValue(key, out var value))
            {
                return new Measure(MeasureState.Missing, 0m, MeasureProblem.Absent, key);
            }

            var problem = Check(value, catalogue[key].Type);
            if (problem != MeasureProblem.None)
            {
                return new Measure(MeasureState.Invalid, 0m, problem, key);
            }

            numbers[i] = value.Number;
        }

        switch (part.Value.Kind)
        {
            case ValueKind.Indicator:
                return new Measure(MeasureState.Ok, numbers[0]);

            case ValueKind.Rate:
                if (numbers[0] > numbers[1])
                {
                    return new Measure(MeasureState.Invalid, 0m, MeasureProblem.PartAboveWhole, inputs[0], inputs[1]);
                }

                return numbers[1] == 0m
                    ? ZeroDenominator(part, inputs[1])
                    : new Measure(MeasureState.Ok, Rate(numbers[0], numbers[1]));

            default:
                if (numbers[1] > numbers[0])
                {
                    return new Measure(MeasureState.Invalid, 0m, MeasureProblem.PartAboveWhole, inputs[1], inputs[0]);
                }

                return numbers[0] == 0m && part.ZeroDenominator != ZeroDenominatorPolicy.Score
                    ? ZeroDenominator(part, inputs[0])
                    : new Measure(MeasureState.Ok, numbers[0] - numbers[1]);
        }
    }

    /// <summary>A rate in percent, rounded to 2 decimals, midpoint away from zero (criteria-2025.md §2).</summary>
    /// <remarks>Divides before multiplying so that no count a snapshot can hold overflows <see cref="decimal"/>.</remarks>
    public static decimal Rate(decimal numerator, decimal denominator) =>
        Math.Round(numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Tells why a value cannot be an indicator of a type.</summary>
    public static MeasureProblem Check(IndicatorValue value, IndicatorType type) => (value.Kind, type) switch
    {
        (IndicatorValueKind.Invalid, IndicatorType.Boolean) => MeasureProblem.NotABoolean,
        (IndicatorValueKind.Invalid, _) => MeasureProblem.NotANumber,
        (IndicatorValueKind.Number, IndicatorType.Boolean) => MeasureProblem.NotABoolean,
        (IndicatorValueKind.Boolean, not IndicatorType.Boolean) => MeasureProblem.NotANumber,
        (_, IndicatorType.Boolean) => MeasureProblem.None,
        _ when value.Number < 0m => MeasureProblem.Negative,
        (_, IndicatorType.Count) when value.Number != decimal.Truncate(value.Number) => MeasureProblem.NotWhole,
        _ => MeasureProblem.None,
    };

    private static Measure ZeroDenominator(PartDefinition part, string key) =>
        new(MeasureState.ZeroDenominator, 0m, part.ZeroDenominator == ZeroDenominatorPolicy.MissingData ? MeasureProblem.ZeroDenominator : MeasureProblem.None, key);
}
