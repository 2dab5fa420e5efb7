using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading one table cell into a value: the one place where text in a cell becomes a number or a yes/no.
public static partial class SnapshotReader
{
    /// <summary>Turns one table cell into a value: absent when empty; a typed spreadsheet number or yes/no as it is; text as <see cref="ParseCell(string)"/> reads it.</summary>
    private static IndicatorValue? ParseCell(object? cell) => cell switch
    {
        null => null,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => ParseCell(text),
        bool flag => IndicatorValue.FromBoolean(flag),
        double or float or int or long or decimal => JsonValues.FromToken(new JValue(cell)),
        _ => IndicatorValue.Invalid(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "?"),
    };

    /// <summary>Parses one CSV cell: <c>có/không</c>, <c>true/false</c>, <c>yes/no</c> for yes/no; numbers with a decimal point or a Vietnamese decimal comma (<c>1.234,5</c>).</summary>
    internal static IndicatorValue ParseCell(string text)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (Texts.YesWords.Contains(lower))
        {
            return IndicatorValue.FromBoolean(true);
        }

        if (Texts.NoWords.Contains(lower))
        {
            return IndicatorValue.FromBoolean(false);
        }

        var normalised = trimmed.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (normalised.Contains(',', StringComparison.Ordinal))
        {
            // Vietnamese style: dots between thousands, a comma before the decimals.
            normalised = normalised.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (normalised.Count(c => c == '.') > 1)
        {
            normalised = normalised.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? IndicatorValue.FromNumber(number)
            : IndicatorValue.Invalid("\"" + trimmed + "\"");
    }
}
