using System.Globalization;

namespace ParIndex.Rules;

/// <summary>
/// Every word and number the product shows a person, in Vietnamese and English, stated once: the number formats,
/// yes/no (written and read), the statuses' labels and the sentences for a figure that cannot be used.
/// </summary>
/// <remarks>
/// Hints are formatted here in the library, not by each front end, so a scorecard's hint reads the same in the CLI,
/// a report and an application. Vietnamese numbers use a decimal comma and a dot between thousands ("98,50%");
/// the format is built by hand rather than taken from the vi-VN culture, so it reads the same on machines without
/// ICU data (an application may run with invariant globalisation). Stateless and thread-safe. The tool, the reports
/// and applications format numbers and yes/no through this one statement.
/// </remarks>
public static class Texts
{
    private static readonly NumberFormatInfo VietnameseNumbers = NumberFormatInfo.ReadOnly(new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." });

    /// <summary>The words a yes/no cell may hold, in either language; an empty cell is "not reported", never "no".</summary>
    public static readonly IReadOnlyList<string> YesWords = ["có", "true", "yes"];

    /// <inheritdoc cref="YesWords"/>
    public static readonly IReadOnlyList<string> NoWords = ["không", "false", "no"];

    /// <summary>The marks besides <see cref="YesWords"/> a yes/no column may hold, as offices tick them: <c>1</c> and <c>x</c>.</summary>
    public static readonly IReadOnlyList<string> YesMarks = ["1", "x"];

    /// <summary>The mark besides <see cref="NoWords"/> a yes/no column may hold: <c>0</c>.</summary>
    public static readonly IReadOnlyList<string> NoMarks = ["0"];

    /// <summary>
    /// Reads a yes/no written as text, by the one rule the input files, <c>--set</c> and applications share: the
    /// words of <see cref="YesWords"/> and <see cref="NoWords"/>, letter case aside, and with <paramref name="marks"/>
    /// (in a yes/no column) <see cref="YesMarks"/> and <see cref="NoMarks"/> too.
    /// </summary>
    /// <param name="text">The text, trimmed.</param>
    /// <param name="marks">Whether 1, x and 0 count: only where the value can be nothing but yes or no.</param>
    /// <returns>Yes, no, or <see langword="null"/> when the text is neither.</returns>
    public static bool? ReadYesNo(string text, bool marks)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Compared ignoring case, never lowered into a copy: lowering every cell of a 10,000-unit file took most of
        // its reading time (benchmarks/README.md, "The CSV regression"). A figure is no word, so it skips the words.
        var figure = text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+');
        return (!figure && IsOneOf(text, YesWords)) || (marks && IsOneOf(text, YesMarks)) ? true
            : (!figure && IsOneOf(text, NoWords)) || (marks && IsOneOf(text, NoMarks)) ? false
            : null;

        static bool IsOneOf(string text, IReadOnlyList<string> words)
        {
            foreach (var word in words)
            {
                if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069): in a name from an input they
    /// reorder what is shown after them (a right-to-left override reverses a rank and a total beside it).
    /// </summary>
    public const string BidiControls = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private static readonly System.Buffers.SearchValues<char> Bidi = System.Buffers.SearchValues.Create(BidiControls);

    /// <summary>Text from an input with each of <see cref="BidiControls"/> shown as U+FFFD, so it cannot reorder what surrounds it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, the same instance when it holds none.</returns>
    public static string WithoutBidiControls(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Bidi) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = Bidi.Contains(source[i]) ? '\uFFFD' : source[i];
            }
        });
    }

    /// <summary>
    /// Text from an input (a name, an id, a key) made safe to show: control characters become their visible pictures
    /// (ESC as ␛, a line break as ␊), so a name cannot clear a screen, retitle a terminal, hide a link or forge a line
    /// of a table; C1 controls and bidirectional overrides, which reorder what is shown, become U+FFFD.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, the same instance when it holds none.</returns>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Hidden))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                < ' ' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                _ when Hidden.Contains(c) => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Hidden = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + "\u007F"
        + string.Concat(Enumerable.Range(0x80, 0x20).Select(i => (char)i))
        + BidiControls);

    /// <summary>The number format of a language: a decimal comma and a dot between thousands in Vietnamese, the invariant format in English.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The format; read-only.</returns>
    public static NumberFormatInfo Numbers(Language language) => language == Language.En ? NumberFormatInfo.InvariantInfo : VietnameseNumbers;

    /// <summary>A number for a reader: up to 2 decimals, no trailing zeros (<c>8,5</c> / <c>8.5</c>).</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value, Language language) => value.ToString("0.##", Numbers(language));

    /// <summary>A number with exactly 2 decimals (<c>98,50</c> / <c>98.50</c>).</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string Fixed2(decimal value, Language language) => value.ToString("0.00", Numbers(language));

    /// <summary>A figure with thousands grouped (<c>1.234.567</c> / <c>1,234,567</c>).</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string Grouped(decimal value, Language language) => value.ToString("#,0.##", Numbers(language));

    /// <summary>A change with its sign always shown, thousands grouped (<c>+1,5</c>, <c>−2</c>, <c>±0</c>): a minus sign, not a hyphen.</summary>
    /// <param name="value">The change.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string WithSign(decimal value, Language language) => Sign(value) + Grouped(Math.Abs(value), language);

    /// <summary>A change of points with its sign and two decimals, as points are shown: <c>+15,60</c>, <c>−3,13</c>, <c>±0,00</c>.</summary>
    /// <param name="value">The change.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string PointsChange(decimal value, Language language) => Sign(value) + Math.Abs(value).ToString("#,0.00", Numbers(language));

    /// <summary>A change's sign as a reader sees it: +, a true minus (−), or ± for none.</summary>
    private static string Sign(decimal value) => value > 0 ? "+" : value < 0 ? "\u2212" : "\u00B1";

    /// <summary>Yes or no in a language (<c>có</c> / <c>không</c>).</summary>
    /// <param name="value">The fact.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The word.</returns>
    public static string YesNo(bool value, Language language) => Messages.Tell(value ? "common.yes" : "common.no", language);

    /// <summary>A status as a reader sees it: Vietnamese words, or the wire name in English.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text.</returns>
    public static string Status(CriterionStatus status, Language language) => language == Language.En
        ? WireNames.Statuses.Name(status)
        : status switch
        {
            CriterionStatus.Pass => "đạt",
            CriterionStatus.Fail => "không đạt",
            CriterionStatus.NotApplicable => "không áp dụng",
            CriterionStatus.MissingData => "thiếu số liệu",
            _ => "số liệu sai",
        };

    /// <summary>Why a figure cannot be used, as one sentence.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="key">The indicator it concerns.</param>
    /// <param name="other">For a part above its whole, the whole's indicator.</param>
    /// <param name="figures">The unit's figures, to show the values.</param>
    /// <param name="title">The indicator's Vietnamese title, for the Vietnamese sentence.</param>
    /// <param name="language">The sentence's language.</param>
    /// <returns>The sentence, or <see langword="null"/> when there is no problem.</returns>
    internal static string? FigureProblem(MeasureProblem problem, string key, string other, IReadOnlyDictionary<string, IndicatorValue> figures, Func<string, string> title, Language language)
    {
        string Shown(string k) => figures.TryGetValue(k, out var v) ? v.ToString() : "?";

        // A whole number that is still invalid is one past decimal's range: say so, not "must be a number".
        if (problem == MeasureProblem.NotANumber && figures.TryGetValue(key, out var figure) && figure.ToString().TrimStart('-') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit))
        {
            return Messages.Tell("common.figure-too-large", language, key, digits, title(key), decimal.MaxValue);
        }

        // The Vietnamese names an indicator by its title and its key, the English by its key: {2} and {5} are Vietnamese only.
        var message = problem switch
        {
            MeasureProblem.None => null,
            MeasureProblem.Absent => "common.figure-absent",
            MeasureProblem.ZeroDenominator => "common.figure-zero-denominator",
            MeasureProblem.NotANumber => "common.figure-not-a-number",
            MeasureProblem.NotABoolean => "common.figure-not-a-boolean",
            MeasureProblem.Negative => "common.figure-negative",
            MeasureProblem.NotWhole => "common.figure-not-whole",
            _ => "common.figure-part-above-whole",
        };
        // The whole's title is asked for only when the whole is named: other problems may pass no indicator there.
        var otherTitle = problem == MeasureProblem.PartAboveWhole ? title(other) : string.Empty;
        return message is null ? null : Messages.Tell(message, language, key, Shown(key), title(key), other, Shown(other), otherTitle);
    }
}
