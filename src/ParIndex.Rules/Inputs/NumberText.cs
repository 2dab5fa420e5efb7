using System.Globalization;
using System.Text.RegularExpressions;

namespace ParIndex.Rules;

/// <summary>How a figure written as text shows its separators.</summary>
public enum NumberStyle
{
    /// <summary>Digits alone: <c>950000</c>.</summary>
    Plain,

    /// <summary>Readable the Vietnamese way only: <c>1.234.567</c>, <c>1.234,5</c>, <c>98,5</c>.</summary>
    Vi,

    /// <summary>Readable the English way only: <c>1,234,567</c>, <c>1,234.5</c>, <c>98.5</c>.</summary>
    En,

    /// <summary>One group of three digits after one separator: <c>950.000</c> or <c>1,000</c>, a thousands separator in one format and a decimal in the other.</summary>
    Ambiguous,

    /// <summary>Not a number at all.</summary>
    NotANumber,
}

/// <summary>Reading figures written as text, by the rule the README states: separators are read only as the file's number format says.</summary>
/// <remarks>Stateless and thread-safe. The readers, the tool's options (<c>--target</c>, <c>--set</c>) and applications read a figure by this one rule.</remarks>
public static partial class NumberText
{
    /// <summary>How a figure written as text shows its separators.</summary>
    /// <param name="text">The figure.</param>
    /// <returns>Its style; <see cref="NumberStyle.Ambiguous"/> when one format reads it as thousands and the other as decimals.</returns>
    public static NumberStyle Classify(string text)
    {
        if (IsPlain(text))
        {
            // Most figures of a file: decided without the patterns below.
            return NumberStyle.Plain;
        }

        var s = Compact(text);
        return Plain().IsMatch(s) ? NumberStyle.Plain
            : Ambiguous().IsMatch(s) ? NumberStyle.Ambiguous
            : ViGroups().IsMatch(s) || ViDecimal().IsMatch(s) ? NumberStyle.Vi
            : EnGroups().IsMatch(s) || EnDecimal().IsMatch(s) ? NumberStyle.En
            : NumberStyle.NotANumber;
    }

    /// <summary>
    /// A figure standing alone (no file around it to say how it writes numbers): read the way its separators allow,
    /// and null when it is not a number or could be read two ways (<c>1.259</c>: 1259 in Vietnamese, 1.259 in English).
    /// </summary>
    /// <param name="text">The figure.</param>
    /// <returns>The number, or null, with the style that decided it.</returns>
    public static (decimal? Value, NumberStyle Style) ReadAlone(string text)
    {
        var style = Classify(text);
        return (style switch
        {
            NumberStyle.Plain or NumberStyle.En => Parse(text, NumberFormat.En),
            NumberStyle.Vi => Parse(text, NumberFormat.Vi),
            _ => null,
        }, style);
    }

    /// <summary>The number a text stands for, read as <paramref name="format"/> writes numbers (<see cref="NumberFormat.Vi"/> or <see cref="NumberFormat.En"/>).</summary>
    /// <param name="text">The figure.</param>
    /// <param name="format">How it writes numbers.</param>
    /// <returns>The number, or null when the text is not one in that format.</returns>
    public static decimal? Parse(string text, NumberFormat format)
    {
        var s = IsPlain(text) ? text : Compact(text);
        s = format == NumberFormat.Vi
            ? s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : s.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>
    /// Spaces between groups of three digits (<c>1 234 567</c>, a no-break space too) say nothing about decimals, so
    /// they go first. Spaces anywhere else (<c>95 0</c>, <c>12 34</c>) are not thousands and stay, so the text is
    /// not a number: two figures typed into one cell must not be read as one.
    /// </summary>
    private static string Compact(string text)
    {
        var trimmed = text.Trim();
        return SpaceGroups().IsMatch(trimmed) ? trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal) : trimmed;
    }

    /// <summary>Digits alone, with an optional leading minus: what <c>Plain()</c> matches, checked without a pattern.</summary>
    private static bool IsPlain(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    [GeneratedRegex(@"^-?\d{1,3}([ \u00A0]\d{3})+([.,]\d+)?$")]
    private static partial Regex SpaceGroups();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^-?[1-9]\d{0,2}[.,]\d{3}$")]
    private static partial Regex Ambiguous();

    [GeneratedRegex(@"^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")]
    private static partial Regex ViGroups();

    [GeneratedRegex(@"^-?\d+,\d+$")]
    private static partial Regex ViDecimal();

    [GeneratedRegex(@"^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")]
    private static partial Regex EnGroups();

    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex EnDecimal();
}
