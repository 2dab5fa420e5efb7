using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Rules;

/// <summary>
/// The rows of a workbook's sheet, read with the Open XML SDK's streaming reader, so every size is bounded by a
/// stated limit: a tiny hostile file cannot make the reader build millions of empty rows, 16,384 columns per row or
/// a string of a billion characters. Nothing a sheet holds is dropped in silence: a cell or row the reader cannot
/// use becomes an input problem.
/// </summary>
/// <remarks>
/// Limits, each far above a real office file (a province's few thousand communes, 60-odd columns) and below what a
/// hostile file needs: <see cref="MaxCharactersInPart"/> characters in any part of the package (a sheet, the shared
/// strings), <see cref="MaxRows"/> rows, <see cref="MaxColumns"/> columns, and a cell of at most
/// <see cref="MaxCellLength"/> characters (a spreadsheet's own limit).
/// </remarks>
internal static class Workbooks
{
    public const long MaxCharactersInPart = 100_000_000;

    public const int MaxRows = 200_000;

    public const int MaxColumns = 1_024;

    public const int MaxCellLength = 32_767;

    /// <summary>The highest row number a spreadsheet has.</summary>
    private const int LastRow = 1_048_576;

    /// <summary>A cell the reader could read but not use, and why; it reads as invalid data with that reason.</summary>
    public sealed record BadCell(string Raw, LocalizedText Problem)
    {
        public override string ToString() => Raw;
    }

    /// <summary>A workbook opened for reading: its sheets by name, in workbook order.</summary>
    public sealed class Book : IDisposable
    {
        private readonly SpreadsheetDocument _document;

        private Book(SpreadsheetDocument document, IReadOnlyList<(string Name, string? PartId)> sheets)
        {
            _document = document;
            Sheets = sheets;
        }

        public IReadOnlyList<(string Name, string? PartId)> Sheets { get; }

        /// <summary>Opens a workbook, or says in words why it cannot be read.</summary>
        public static Book Open(Stream stream)
        {
            var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            try
            {
                var workbook = document.WorkbookPart?.Workbook
                    ?? throw new InvalidDataException("the package holds no workbook (xl/workbook.xml).");
                var sheets = workbook.Sheets?.Elements<Sheet>().Select(s => (s.Name?.Value ?? string.Empty, s.Id?.Value)).ToList() ?? [];
                return new Book(document, sheets);
            }
            catch
            {
                document.Dispose();
                throw;
            }
        }

        /// <summary>The rows of a sheet, each with its row number and its cells by column (up to the last filled one).</summary>
        public IEnumerable<(int Line, object?[] Cells)> Rows(string partId, Action<int, int, LocalizedText> problem)
        {
            if (_document.WorkbookPart!.GetPartById(partId) is not WorksheetPart worksheet)
            {
                throw new InvalidDataException("the sheet is not a worksheet (a chart sheet, say).");
            }

            var strings = SharedStrings(_document.WorkbookPart.SharedStringTablePart);
            using var reader = OpenXmlReader.Create(worksheet);
            var previous = 0;
            var count = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                // The attribute's text, not the SDK's typed value, which throws on a number past 32 bits or on no number.
                var given = row.RowIndex?.InnerText;
                var number = given is null ? previous + 1L : long.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1L;
                if (number < 1 || number > LastRow || number <= previous)
                {
                    problem((int)Math.Clamp(number, 0, int.MaxValue), 0, Messages.Say("rules.the-row-numbered-is-outside-or", number, LastRow, previous));
                    continue;
                }

                if (++count > MaxRows)
                {
                    problem((int)number, 0, Messages.Say("rules.the-sheet-has-more-than-rows", MaxRows));
                    yield break;
                }

                previous = (int)number;
                yield return ((int)number, Cells(row, (int)number, strings, problem));
            }
        }

        public void Dispose() => _document.Dispose();
    }

    private static object?[] Cells(Row row, int line, List<string>? strings, Action<int, int, LocalizedText> problem)
    {
        var cells = new List<(int Column, object? Value)>();
        var previous = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference, line) : previous + 1;
            if (column <= previous)
            {
                // A column given twice, or out of order: a later cell must not overwrite an earlier one unseen.
                problem(line, column.Value, Messages.Say("rules.the-cell-does-not-follow-column", cell.CellReference?.Value, previous, line));
                continue;
            }

            if (column is null)
            {
                problem(line, 0, Messages.Say("rules.a-cell-has-the-reference-which", cell.CellReference!.Value, line));
                continue;
            }

            previous = column.Value;
            if (column > MaxColumns)
            {
                if (Value(cell, strings) is not null)
                {
                    problem(line, column.Value, Messages.Say("rules.a-cell-in-column-is-beyond", column, MaxColumns));
                }

                continue;
            }

            cells.Add((column.Value, Value(cell, strings)));
        }

        var values = new object?[cells.Count == 0 ? 0 : cells.Max(c => c.Column)];
        foreach (var (column, value) in cells)
        {
            values[column - 1] = value;
        }

        return values;
    }

    /// <summary>A cell's value as the CSV reader would see it: text, a number, a yes/no, null when empty, or a <see cref="BadCell"/>.</summary>
    private static object? Value(Cell cell, List<string>? strings)
    {
        // The attribute's text, not the SDK's enumeration, which throws on a type it does not know.
        var type = cell.DataType?.InnerText;
        var raw = cell.CellValue?.Text;
        if (type == "inlineStr")
        {
            return Text(cell.InlineString?.InnerText ?? string.Empty);
        }

        if (raw is null)
        {
            return cell.CellFormula is null ? null : new BadCell("=" + cell.CellFormula.Text, Messages.Say("rules.the-cell-has-a-formula-but"));
        }

        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && strings is not null && index < strings.Count
                ? Text(strings[index])
                : new BadCell("#" + raw, Messages.Say("rules.the-cell-refers-to-shared-string", raw, strings?.Count ?? 0));
        }

        if (type == "b")
        {
            return raw.Trim() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => new BadCell(raw, Messages.Say("rules.the-yes-no-cell-holds", raw)),
            };
        }

        if (type == "e")
        {
            return new BadCell(raw, Messages.Say("rules.the-cell-holds-the-spreadsheet-error", raw));
        }

        if (type is null or "n")
        {
            // A stored number: exact as decimal when it fits, as the spreadsheet wrote it.
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
                : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? new BadCell(raw, Messages.Say("rules.workbook-number-too-large", raw, decimal.MaxValue))
                    : new BadCell(raw, Messages.Say("rules.the-number-cell-holds", raw));
        }

        if (type is "str" or "d")
        {
            return Text(raw);
        }

        return new BadCell(raw, Messages.Say("rules.the-cell-has-the-type-which", type));
    }

    private static object Text(string text) => text.Length <= MaxCellLength
        ? text
        : new BadCell(text[..40] + "…", Messages.Say("rules.the-cell-is-characters-long-more", text.Length, MaxCellLength));

    /// <summary>The 1-based column of a reference such as <c>C5</c>, or null when it is not a cell of this row.</summary>
    private static int? ColumnOf(string reference, int line)
    {
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && letters < 4 && char.IsAsciiLetterUpper(reference[letters]))
        {
            column = (column * 26) + (reference[letters] - 'A' + 1);
            letters++;
        }

        return letters > 0 && letters < reference.Length
            && int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row == line
            ? column
            : null;
    }

    /// <summary>The workbook's shared strings, read one item at a time; null when it has none.</summary>
    private static List<string>? SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return null;
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }

        return strings;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
