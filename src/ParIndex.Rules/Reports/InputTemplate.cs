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
        string Say(string key) => Messages.Tell(key, language);
        var types = string.Join(", ", ruleSet.UnitTypes.Select(t => t.Id));
        TemplateColumn[] type = ruleSet.UnitTypes.Count == 0 ? [] : [new("type", Say("reports.unit-type"), types)];
        return
        [
            new("id", Say("reports.unit-id"), Say("reports.text-unique")),
            new("name", Say("reports.unit-name"), Say("reports.text")),
            .. type,
            .. ruleSet.Indicators.Select(i => new TemplateColumn(i.Key, i.Title.In(language), i.Type switch
            {
                IndicatorType.Count => Say("reports.count-whole-number"),
                IndicatorType.Amount => Say("reports.amount-in-vnd"),
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
        string Say(string key) => Messages.Tell(key, language);
        string[] guide =
        [
            Say("reports.one-row-per-unit-below-the"),
            Say("reports.an-empty-cell-is-a-figure"),
            Say("reports.numbers-as-numbers-1234567-or-written"),
        ];
        WorkbookWriter.Write(output, sheets =>
        {
            sheets.Add(Say("reports.data"), [[.. columns.Select(c => c.Title)], [.. columns.Select(c => c.Key)]], [.. columns.Select(c => c.Key.Length > 4 ? 18.0 : 14.0)], _ => { });
            sheets.Add(Say("reports.instructions"), [], [22, 60, 40], rows =>
            {
                rows.Row(cells => cells.Text(Say("reports.how-to-fill-in"), WorkbookWriter.StyleHeader));
                foreach (var line in guide)
                {
                    rows.Row(cells => cells.Text(line));
                }

                rows.Row(_ => { });
                rows.Row(cells =>
                {
                    cells.Text(Say("reports.key"), WorkbookWriter.StyleHeader);
                    cells.Text(Say("reports.column"), WorkbookWriter.StyleHeader);
                    cells.Text(Say("reports.value"), WorkbookWriter.StyleHeader);
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
