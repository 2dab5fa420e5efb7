namespace ParIndex.Rules;

/// <summary>Why a figure (or a part's value made of figures) cannot be used, so a hint or an input problem can say it in Vietnamese and in English.</summary>
internal enum MeasureProblem : byte
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

/// <summary>The checks a figure must pass to stand for an indicator of its catalogue type, stated once for the input readers and the scorer.</summary>
internal static class FigureChecks
{
    /// <summary>Tells why a value cannot be an indicator of a type.</summary>
    public static MeasureProblem ProblemAs(this IndicatorValue value, IndicatorType type) => (value.Kind, type) switch
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
}
