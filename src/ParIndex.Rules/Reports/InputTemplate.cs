using System.Globalization;
using CsvHelper;

namespace ParIndex.Rules;

/// <summary>
/// A blank input file for a rule set, laid out as <see cref="SnapshotReader"/> reads it: a row of column titles in
/// the reader's language above the row of keys, so an office sees what each column asks for while the keys stay the
/// header the readers look for; a filled template reads back with no column unknown.
/// </summary>
/// <remarks>Stateless and thread-safe. The workbook is written with the Open XML SDK, like <see cref="WorkbookReport"/>.</remarks>
public static class InputTemplate
{
    /// <summary>The template's columns: id, name, the unit type when the rule set lists types, then the indicators in the catalogue's order.</summary>
    /// <param name="ruleSet">The rule set whose indicators the template asks for.</param>
    /// <param name="language">The language of the titles and of the kinds of value.</param>
    public static IReadOnlyList<TemplateColumn> Columns(RuleSet ruleSet, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        string Say(string vi, string en) => language == Language.En ? en : vi;
        var types = string.Join(", ", ruleSet.UnitTypes.Select(t => t.Id));
        TemplateColumn[] type = ruleSet.UnitTypes.Count == 0 ? [] : [new("type", Say("Loại đơn vị", "Unit type"), types)];
        return
        [
            new("id", Say("Mã đơn vị", "Unit id"), Say("chữ, không trùng", "text, unique")),
            new("name", Say("Tên đơn vị", "Unit name"), Say("chữ", "text")),
            .. type,
            .. ruleSet.Indicators.Select(i => new TemplateColumn(i.Key, i.Title.In(language), i.Type switch
            {
                IndicatorType.Count => Say("số lượng (số nguyên)", "count (whole number)"),
                IndicatorType.Amount => Say("số tiền (đồng)", "amount in VND"),
                _ => $"{Texts.YesNo(true, language)}/{Texts.YesNo(false, language)} ({YesNoWritten(language)})",
            })),
        ];
    }

    /// <summary>How a yes/no may be written, in the readers' own words and marks (<see cref="Texts.ReadYesNo"/>): "có, không, 1, 0, x".</summary>
    private static string YesNoWritten(Language language) =>
        string.Join(", ", [Texts.YesNo(true, language), Texts.YesNo(false, language), .. Texts.YesMarks.Take(1), .. Texts.NoMarks, .. Texts.YesMarks.Skip(1)]);

    /// <summary>Writes the template as CSV: a byte-order mark (Excel opens a CSV as Vietnamese only with one; the readers skip it), the titles, the keys.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="ruleSet">The rule set whose indicators the template asks for.</param>
    /// <param name="language">The language of the titles.</param>
    public static void WriteCsv(TextWriter writer, RuleSet ruleSet, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var columns = Columns(ruleSet, language);
        writer.Write('\uFEFF');
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var row in new[] { columns.Select(c => c.Title), columns.Select(c => c.Key) })
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    /// <summary>
    /// Writes the template as a workbook: the data sheet first (so it reads back without naming a sheet) with the
    /// titles and keys frozen at the top, then a sheet of instructions listing each column's key, title and kind of value.
    /// </summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="ruleSet">The rule set whose indicators the template asks for.</param>
    /// <param name="language">The language of the titles and instructions.</param>
    public static void WriteXlsx(Stream output, RuleSet ruleSet, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        var columns = Columns(ruleSet, language);
        string Say(string vi, string en) => language == Language.En ? en : vi;
        string[] guide =
        [
            Say("Mỗi đơn vị một dòng, dưới dòng mã (dòng 2); giữ nguyên hai dòng đầu.", "One row per unit, below the row of keys (row 2); leave the first two rows as they are."),
            Say("Ô để trống là chưa báo cáo, không phải số 0 hay \"không\".", "An empty cell is a figure not reported, never zero or no."),
            Say("Số nhập dạng số (1234567), hoặc viết 1.234.567 với dấu phẩy thập phân (98,5).", "Numbers as numbers (1234567), or written 1.234.567 with a decimal comma (98,5)."),
        ];
        WorkbookWriter.Write(output, sheets =>
        {
            sheets.Add(Say("Số liệu", "Data"), [[.. columns.Select(c => c.Title)], [.. columns.Select(c => c.Key)]], [.. columns.Select(c => c.Key.Length > 4 ? 18.0 : 14.0)], _ => { });
            sheets.Add(Say("Hướng dẫn", "Instructions"), [], [22, 60, 40], rows =>
            {
                rows.Row(cells => cells.Text(Say("Cách điền", "How to fill in"), WorkbookWriter.StyleHeader));
                foreach (var line in guide)
                {
                    rows.Row(cells => cells.Text(line));
                }

                rows.Row(_ => { });
                rows.Row(cells =>
                {
                    cells.Text(Say("Mã", "Key"), WorkbookWriter.StyleHeader);
                    cells.Text(Say("Chỉ tiêu", "Column"), WorkbookWriter.StyleHeader);
                    cells.Text(Say("Giá trị", "Value"), WorkbookWriter.StyleHeader);
                });
                foreach (var column in columns)
                {
                    rows.Row(cells =>
                    {
                        cells.Text(column.Key);
                        cells.Text(column.Title);
                        cells.Text(column.Kind);
                    });
                }
            });
        });
    }
}

/// <summary>A column of <see cref="InputTemplate"/>.</summary>
/// <param name="Key">The key the readers take as the header: <c>id</c>, <c>name</c>, <c>type</c> or an indicator's key.</param>
/// <param name="Title">The column's title in the template's language.</param>
/// <param name="Kind">The kind of value it takes, in words ("count (whole number)", "yes/no (yes, no, 1, 0, x)").</param>
public sealed record TemplateColumn(string Key, string Title, string Kind);
