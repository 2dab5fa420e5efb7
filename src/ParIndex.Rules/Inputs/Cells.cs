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
                return (Invalid(), new(
                    $"'{text}' được viết kiểu Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân), nhưng số được đọc kiểu tiếng Anh (--number-format en); hãy sửa số liệu hoặc định dạng.",
                    $"'{text}' is written the Vietnamese way (dots between thousands, a decimal comma), but the numbers are read the English way (--number-format en); correct the figure or the format."));
            case NumberStyle.Vi:
                return (Number(text, NumberFormat.Vi), null);
            case NumberStyle.En when numbers.Given == NumberFormat.Vi:
                return (Invalid(), new(
                    $"'{text}' được viết kiểu tiếng Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân), nhưng số được đọc kiểu Việt Nam (--number-format vi); hãy sửa số liệu hoặc định dạng.",
                    $"'{text}' is written the English way (commas between thousands, a decimal point), but the numbers are read the Vietnamese way (--number-format vi); correct the figure or the format."));
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

                var ways = string.Create(CultureInfo.InvariantCulture, $"'{text}' is {asVi:0.###} read the Vietnamese way and {asEn:0.###} read the English way");

                // In Vietnamese, the two readings are written the Vietnamese way themselves.
                var waysVi = $"'{text}' là {asVi.ToString("#,0.###", Texts.Numbers(Language.Vi))} nếu đọc kiểu Việt Nam và {asEn.ToString("#,0.###", Texts.Numbers(Language.Vi))} nếu đọc kiểu tiếng Anh";
                var both = numbers.ViExample is not null;
                return (Invalid(), new(
                    waysVi + (both ? $", và tệp viết số theo cả hai kiểu ('{numbers.ViExample}', '{numbers.EnExample}')" : ", và không số liệu nào khác trong tệp cho biết kiểu nào")
                        + "; hãy viết không có dấu phân cách, hoặc cho biết định dạng số của tệp (--number-format vi hoặc en).",
                    ways + (both ? $", and the file writes numbers both ways ('{numbers.ViExample}', '{numbers.EnExample}')" : ", and no other figure of the file shows which")
                        + "; write it without separators, or state the file's number format (--number-format vi or en)."));
            case var _ when ScientificNotation().IsMatch(text):
                // Excel writes a number this way in a CSV when it shortens one to fit a narrow column (123456789012
                // becomes 1.23457E+11): reading it would take a rounded amount for the real one.
                return (Invalid(), new(
                    $"'{text}' được viết dạng số mũ, như bảng tính viết một số đã bị rút gọn, nên có thể đã mất chữ số; bảng chỉ được đọc với đầy đủ chữ số. Hãy định dạng cột là số (không có phần thập phân) và xuất lại. (Tệp JSON có thể viết số theo cách này: đó là ký pháp riêng của JSON.)",
                    $"'{text}' is written in scientific notation, as a spreadsheet writes a number it has shortened, so digits may be lost; tables are read only in full digits. Format the column as a number (no decimals) and export again. (JSON files may write numbers this way: there it is JSON's own notation.)"));
            default:
                return (Invalid(), null);
        }

        IndicatorValue Invalid() => IndicatorValue.Invalid("\"" + text + "\"");

        // Digits past decimal's range are the one way a well-formed figure fails to parse; JSON says the same of them.
        IndicatorValue Number(string figure, NumberFormat format) =>
            NumberText.Parse(figure, format) is { } number ? IndicatorValue.FromNumber(number) : IndicatorValue.Invalid(figure.Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
