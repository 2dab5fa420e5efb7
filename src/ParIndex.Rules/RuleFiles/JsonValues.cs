using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Turns JSON values into <see cref="IndicatorValue"/>s the same way for snapshots and rule-file cases.</summary>
internal static class JsonValues
{
    /// <summary>A double read from JSON, back to decimal through its shortest round-trip text; beyond decimal's range, NaN or infinite, it is invalid.</summary>
    private static IndicatorValue FromDouble(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? IndicatorValue.FromNumber(number)
            : IndicatorValue.Invalid(text);
    }

    /// <summary>A whole number past 64 bits: read when it fits decimal, as the same figure in a CSV is; invalid beyond.</summary>
    private static IndicatorValue FromBig(System.Numerics.BigInteger big) =>
        big >= new System.Numerics.BigInteger(decimal.MinValue) && big <= new System.Numerics.BigInteger(decimal.MaxValue)
            ? IndicatorValue.FromNumber((decimal)big)
            : IndicatorValue.Invalid(big.ToString(CultureInfo.InvariantCulture));

    /// <returns>The value, or <see langword="null"/> for JSON <c>null</c> (the figure was not reported).</returns>
    public static IndicatorValue? FromToken(JToken token) => token.Type switch
    {
        JTokenType.Null or JTokenType.Undefined => null,
        JTokenType.Boolean => IndicatorValue.FromBoolean(token.Value<bool>()),
        JTokenType.Integer when token is JValue { Value: long l } => IndicatorValue.FromNumber(l),
        JTokenType.Integer when token is JValue { Value: int i } => IndicatorValue.FromNumber(i),
        JTokenType.Integer when token is JValue { Value: System.Numerics.BigInteger big } => FromBig(big),
        JTokenType.Float when token is JValue { Value: decimal d } => IndicatorValue.FromNumber(d),
        JTokenType.Float when token is JValue { Value: double d } => FromDouble(d),
        JTokenType.String => IndicatorValue.Invalid("\"" + token.Value<string>() + "\""),
        JTokenType.Object => IndicatorValue.Invalid("an object"),
        JTokenType.Array => IndicatorValue.Invalid("an array"),
        _ => IndicatorValue.Invalid(Convert.ToString((token as JValue)?.Value, CultureInfo.InvariantCulture) ?? token.Type.ToString()),
    };
}
