using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>How a table file writes numbers: as the caller says, or as the file's own figures show.</summary>
/// <param name="Given">The format the caller gave; <see cref="NumberFormat.Auto"/> to decide from the file.</param>
/// <param name="Decided">What the file shows when <paramref name="Given"/> is <see cref="NumberFormat.Auto"/>: one way only, or <see cref="NumberFormat.Auto"/> for no sign or both.</param>
/// <param name="ViExample">A figure of the file readable only the Vietnamese way, if any.</param>
/// <param name="EnExample">A figure of the file readable only the English way, if any.</param>
internal sealed record TableNumbers(NumberFormat Given, NumberFormat Decided, string? ViExample, string? EnExample)
{
    /// <summary>What the file's figures show: one way only decides; no sign, or both, leaves <see cref="NumberFormat.Auto"/>.</summary>
    /// <param name="given">The format the caller gave.</param>
    /// <param name="vi">A figure readable only the Vietnamese way, if the file has one.</param>
    /// <param name="en">A figure readable only the English way, if the file has one.</param>
    public static TableNumbers Decide(NumberFormat given, string? vi, string? en) =>
        given != NumberFormat.Auto ? new TableNumbers(given, given, null, null)
        : new TableNumbers(given, vi is not null && en is null ? NumberFormat.Vi : en is not null && vi is null ? NumberFormat.En : NumberFormat.Auto, vi, en);
}

// Reading one table cell into a value: the one place where text in a cell becomes a number or a yes/no.
public static partial class SnapshotReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex ScientificNotation();

    /// <summary>
    /// Turns one table cell into a value for an indicator: absent when empty; a typed spreadsheet number or yes/no
    /// as it is (1 and 0 in a yes/no column are yes and no); text by <see cref="ReadText"/>.
    /// </summary>
    /// <returns>The value (an invalid one when it cannot be read), and why, when the reason is more than "not a number".</returns>
    private static (IndicatorValue? Value, LocalizedText? Problem) ReadCell(object? cell, IndicatorType type, TableNumbers numbers) => cell switch
    {
        null => (null, null),
        string text when string.IsNullOrWhiteSpace(text) => (null, null),
        string text => ReadText(text.Trim(), type, numbers),
        bool flag => (IndicatorValue.FromBoolean(flag), null),
        Workbooks.BadCell bad => (IndicatorValue.Invalid(bad.Raw), bad.Problem),
        double or float or int or long or decimal when type == IndicatorType.Boolean && Convert.ToDecimal(cell, CultureInfo.InvariantCulture) is 0m or 1m =>
            (IndicatorValue.FromBoolean(Convert.ToDecimal(cell, CultureInfo.InvariantCulture) == 1m), null),
        double or float or int or long or decimal => (JsonValues.FromToken(new JValue(cell)), null),
        _ => (IndicatorValue.Invalid(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "?"), null),
    };

    /// <summary>
    /// Reads a figure written as text: yes/no words; digits alone; separators read as the file writes numbers
    /// (<see cref="TableNumbers"/>). A figure that could be read two ways, where nothing says which, is an invalid
    /// value with the reason, never a guess.
    /// </summary>
    private static (IndicatorValue? Value, LocalizedText? Problem) ReadText(string text, IndicatorType type, TableNumbers numbers)
    {
        if (Texts.ReadYesNo(text, marks: type == IndicatorType.Boolean) is { } yes)
        {
            return (IndicatorValue.FromBoolean(yes), null);
        }

        switch (NumberText.Classify(text))
        {
            case NumberStyle.Plain:
                return (Number(text, NumberFormat.En), null);
            case NumberStyle.Vi when numbers.Given == NumberFormat.En:
                return (Invalid(), Messages.Say("inputs.is-written-the-vietnamese-way-dots", text));
            case NumberStyle.Vi:
                return (Number(text, NumberFormat.Vi), null);
            case NumberStyle.En when numbers.Given == NumberFormat.Vi:
                return (Invalid(), Messages.Say("inputs.is-written-the-english-way-commas", text));
            case NumberStyle.En:
                return (Number(text, NumberFormat.En), null);
            case NumberStyle.Ambiguous when numbers.Decided != NumberFormat.Auto:
                return (Number(text, numbers.Decided), null);
            case NumberStyle.Ambiguous:
                if (NumberText.Parse(text, NumberFormat.Vi) is not { } asVi || NumberText.Parse(text, NumberFormat.En) is not { } asEn)
                {
                    // Digits past decimal's range one way: the figure is refused for its size, whichever way it is read.
                    return (Invalid(), null);
                }

                // Each language writes the two readings its own way (1.259 in Vietnamese is 1,259 in English).
                static LocalizedText Reading(decimal value) => new(value.ToString("#,0.###", Texts.Numbers(Language.Vi)), value.ToString("0.###", CultureInfo.InvariantCulture));
                var evidence = numbers.ViExample is not null
                    ? Messages.Say("inputs.file-writes-numbers-both-ways", numbers.ViExample, numbers.EnExample)
                    : Messages.Say("inputs.no-figure-shows-which-way");
                return (Invalid(), Messages.Say("inputs.figure-reads-two-ways", text, Reading(asVi), Reading(asEn), evidence));
            case var _ when ScientificNotation().IsMatch(text):
                // Excel writes a number this way in a CSV when it shortens one to fit a narrow column (123456789012
                // becomes 1.23457E+11): reading it would take a rounded amount for the real one.
                return (Invalid(), Messages.Say("inputs.is-written-in-scientific-notation-as", text));
            default:
                return (Invalid(), null);
        }

        IndicatorValue Invalid() => IndicatorValue.Invalid("\"" + text + "\"");

        // Digits past decimal's range are the one way a well-formed figure fails to parse; JSON says the same of them.
        IndicatorValue Number(string figure, NumberFormat format) =>
            NumberText.Parse(figure, format) is { } number ? IndicatorValue.FromNumber(number) : IndicatorValue.Invalid(figure.Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
