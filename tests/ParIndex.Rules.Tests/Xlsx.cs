using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Rules.Tests;

/// <summary>
/// Workbooks for the tests, written and read with the Open XML SDK directly, not through the library's own writer:
/// strings as shared strings (as Excel saves them), numbers as numbers, booleans as booleans, null as no cell.
/// The CLI tests link this file.
/// </summary>
internal static class Xlsx
{
    /// <summary>Writes sheets of rows, in order; each row's cells from column A.</summary>
    public static void Write(Stream output, params (string Name, IEnumerable<IReadOnlyList<object?>> Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, rows) in sheets)
        {
            var data = new SheetData();
            var r = 0u;
            foreach (var row in rows)
            {
                r++;
                var line = new Row { RowIndex = r };
                for (var c = 0; c < row.Count; c++)
                {
                    var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                    Cell? cell = row[c] switch
                    {
                        null => null,
                        string s => new Cell(new CellValue(Shared(s))) { DataType = CellValues.SharedString },
                        bool b => new Cell(new CellValue(b ? "1" : "0")) { DataType = CellValues.Boolean },
                        IFormattable n => new Cell(new CellValue(n.ToString(null, CultureInfo.InvariantCulture))) { DataType = CellValues.Number },
                        var other => throw new ArgumentException($"no cell for {other.GetType()}"),
                    };
                    if (cell is not null)
                    {
                        cell.CellReference = reference;
                        line.Append(cell);
                    }
                }

                data.Append(line);
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            var list = workbook.Workbook.Sheets!;
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)list.ChildElements.Count + 1, Name = name });
        }

        workbook.Workbook.Save();

        int Shared(string text)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = index[text] = index.Count;
                strings.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return i;
        }
    }

    /// <summary>Writes sheets of rows to a file.</summary>
    public static void Write(string path, params (string Name, IEnumerable<IReadOnlyList<object?>> Rows)[] sheets)
    {
        using var file = File.Create(path);
        Write(file, sheets);
    }

    /// <summary>Rows as a table with a header: the keys of the first row, then each row's values in that order.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Table(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        string[]? keys = null;
        foreach (var row in rows)
        {
            if (keys is null)
            {
                keys = [.. row.Keys];
                yield return keys;
            }

            yield return [.. keys.Select(k => row.GetValueOrDefault(k))];
        }
    }

    /// <summary>Every sheet's name and rows as text (shared, inline or number), a missing cell as null, positions kept.</summary>
    public static List<(string Name, List<string?[]> Rows)> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = row.Elements<Cell>().ToList();
                var values = new List<string?>();
                for (var i = 0; i < cells.Count; i++)
                {
                    var position = cells[i].CellReference?.Value is { } reference ? ColumnIndex(reference) : i;
                    while (values.Count < position)
                    {
                        values.Add(null);
                    }

                    values.Add(cells[i].DataType?.Value == CellValues.InlineString ? cells[i].InlineString!.InnerText
                        : cells[i].DataType?.Value == CellValues.SharedString ? strings![int.Parse(cells[i].CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cells[i].CellValue?.Text);
                }

                return values.ToArray();
            }).ToList();
            return (sheet.Name!.Value!, rows);
        })];
    }

    /// <summary>Sets a cell as Excel would save it: text as a shared string, a number as a number.</summary>
    public static void SetCell(string path, string sheet, int row, int column, object value)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
        var line = part.Worksheet.Descendants<Row>().ElementAt(row - 1);
        var cells = line.Elements<Cell>().ToList();
        while (cells.Count < column)
        {
            cells.Add(line.AppendChild(new Cell()));
        }

        var cell = cells[column - 1];
        cell.RemoveAllChildren();
        if (value is string text)
        {
            cell.DataType = CellValues.InlineString;
            cell.AppendChild(new InlineString(new Text(text)));
        }
        else
        {
            cell.DataType = CellValues.Number;
            cell.AppendChild(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!));
        }

        part.Worksheet.Save();
    }

    private static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
