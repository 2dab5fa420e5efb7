using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Sheets as tables, and cells as the JSON values of the rule files, each marked with where it was written.</summary>
internal sealed partial class RuleWorkbookReader
{
    /// <summary>What a cell is read as.</summary>
    private enum CellKind
    {
        /// <summary>Text; a number is taken as its text (an id or a version typed as a number).</summary>
        Text,

        /// <summary>A number, exactly as the workbook stores it; anything else goes on as it is, for the checks to refuse.</summary>
        Number,

        /// <summary>A day: <c>yyyy-MM-dd</c> as text, or a date cell.</summary>
        Date,

        /// <summary>A case's figure: a number, a yes/no, or text (an impossible figure the case checks).</summary>
        Figure,
    }

    /// <summary>A sheet's rows under its heading row; a heading the layout does not have, or one missing, is a problem.</summary>
    private List<SheetRow> Sheet(Workbooks.Book book, string name, IReadOnlyList<string> columns, bool required)
    {
        var sheet = book.Sheets.FirstOrDefault(s => s.Name.Folded() == name.Folded());
        if (sheet.PartId is null)
        {
            if (required)
            {
                Problem(name, 0, 0, Messages.Say("rules.the-workbook-has-no-sheet-add", name, string.Join(", ", columns)));
            }

            return [];
        }

        var rows = new List<SheetRow>();
        Dictionary<int, string>? headings = null;
        foreach (var (line, cells) in book.Rows(sheet.PartId, (l, c, problem) => Problem(name, l, c, problem)))
        {
            if (headings is null)
            {
                headings = Headings(name, line, cells, columns);
                continue;
            }

            var filled = new Dictionary<string, (object, int)>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is null || cells[i] is string { Length: 0 })
                {
                    continue;
                }

                if (!headings.TryGetValue(i + 1, out var heading))
                {
                    Problem(name, line, i + 1, Messages.Say("rules.the-cell-is-in-a-column"));
                }
                else if (cells[i] is Workbooks.BadCell bad)
                {
                    Problem(name, line, i + 1, bad.Problem);
                }
                else
                {
                    filled[heading] = (cells[i]!, i + 1);
                }
            }

            if (filled.Count > 0)
            {
                rows.Add(new SheetRow(name, line, filled));
            }
        }

        if (headings is null && required)
        {
            Problem(name, 1, 1, Messages.Say("rules.the-sheet-has-no-heading-row", string.Join(", ", columns)));
        }

        return rows;
    }

    private Dictionary<int, string> Headings(string sheet, int line, object?[] cells, IReadOnlyList<string> columns)
    {
        var headings = new Dictionary<int, string>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not string { Length: > 0 } written)
            {
                continue;
            }

            var heading = columns.FirstOrDefault(c => c.Folded() == written.Folded());
            if (heading is null)
            {
                Problem(sheet, line, i + 1, Messages.Say("rules.is-not-a-column-of-this", written, string.Join(", ", columns)));
            }
            else if (headings.ContainsValue(heading))
            {
                Problem(sheet, line, i + 1, Messages.Say("rules.the-column-is-given-twice-keep", heading));
            }
            else
            {
                headings[i + 1] = heading;
            }
        }

        return headings;
    }

    /// <summary>A JSON array of one item per row.</summary>
    private static JArray Rows(List<SheetRow> rows, Func<SheetRow, JObject> item) => new(rows.Select(item));

    /// <summary>An object of the properties given (a null value leaves its property out), marked with the row's first cell.</summary>
    private JObject Obj(SheetRow? row, params (string Name, JToken? Value)[] properties)
    {
        var result = new JObject();
        foreach (var (name, value) in properties.Where(p => p.Value is not null))
        {
            result[name] = value;
        }

        return row is null ? result : At(result, row);
    }

    private T At<T>(T token, SheetRow row)
        where T : JToken
    {
        token.AddAnnotation(new CellAt(new SourcePosition(Where(row.Sheet), row.Line, row.Cells.Values.Select(c => c.Column).DefaultIfEmpty(1).Min())));
        return token;
    }

    private JToken? Text(SheetRow row, string column) => Cell(row, column, CellKind.Text);

    /// <summary>A text with its English: <c>{ "vi": …, "en": … }</c>, the English left out when its cell is empty.</summary>
    private JObject Texts(SheetRow row, string vi, string en) => Obj(row, ("vi", Text(row, vi)), ("en", Text(row, en)));

    /// <summary>A list written one item a line in one cell.</summary>
    private JArray? List(SheetRow row, string column) => row.Cells.TryGetValue(column, out var cell)
        ? Mark(new JArray(Convert.ToString(cell.Value, CultureInfo.InvariantCulture)!.Split(RuleWorkbook.ListSeparator)
            .Select(s => s.Trim()).Where(s => s.Length > 0)), row, cell.Column)
        : null;

    /// <summary>A cell as a JSON value, or null when it is empty.</summary>
    private JToken? Cell(SheetRow row, string column, CellKind kind)
    {
        if (!row.Cells.TryGetValue(column, out var cell))
        {
            return null;
        }

        if (kind == CellKind.Text && cell.Value is bool or decimal && !(cell.Value is decimal whole && decimal.Truncate(whole) == whole))
        {
            // A spreadsheet keeps a number without its trailing zeros (3.10 as 3.1) and TRUE as no text at all: an id,
            // a version or a word read from such a cell may not be what was typed.
            Problem(row.Sheet, row.Line, cell.Column, Messages.Say("rules.cell-not-text",
                cell.Value is bool ? Messages.Say("rules.cell-holds-yes-no") : Messages.Say("rules.cell-holds-number", cell.Value)));
        }

        JToken value = (kind, cell.Value) switch
        {
            (CellKind.Figure, RuleWorkbook.AnObject) => new JObject(),
            (CellKind.Figure, RuleWorkbook.AnArray) => new JArray(),
            (CellKind.Number or CellKind.Figure, decimal number) => new JRaw(number.ToString("G29", CultureInfo.InvariantCulture)),
            (CellKind.Figure, bool yes) => new JValue(yes),
            (CellKind.Date, decimal serial) when serial is >= 1 and < 2958466 && decimal.Truncate(serial) == serial =>
                new JValue(DateOnly.FromDateTime(DateTime.FromOADate((double)serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (_, decimal number) => new JValue(number.ToString("G29", CultureInfo.InvariantCulture)),
            (_, bool yes) => new JValue(yes ? "true" : "false"),
            (_, var other) => new JValue(Convert.ToString(other, CultureInfo.InvariantCulture)),
        };
        return Mark(value, row, cell.Column);
    }

    private T Mark<T>(T token, SheetRow row, int column)
        where T : JToken
    {
        token.AddAnnotation(new CellAt(new SourcePosition(Where(row.Sheet), row.Line, column)));
        return token;
    }
}
