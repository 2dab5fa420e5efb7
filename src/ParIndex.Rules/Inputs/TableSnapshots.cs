using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;

namespace ParIndex.Rules;

// Reading CSV files and XLSX workbooks: a header row of id, name and indicator keys, one row per unit.
public static partial class SnapshotReader
{
    private static IEnumerable<IndicatorSnapshot> StreamCsv(TextReader reader, Collector collector)
    {
        var (replay, delimiter) = HeaderFirst(reader, cells => cells.Any(c => collector.ColumnRole(c) == "id"));
        using (replay)
        {
            using var csv = new CsvParser(replay, CsvSettings(detect: delimiter is null, delimiter), leaveOpen: true);
            foreach (var unit in StreamTable(CsvRows(csv, firstLine: 1, columns: 0), collector))
            {
                yield return unit;
            }
        }
    }

    private static readonly string[] Delimiters = [",", ";", "\t"];

    /// <summary>
    /// The separator is the one that makes the header row (the first line <paramref name="isHeader"/> takes, under
    /// title rows) hold its columns: a title row above it, or a header title with a comma in it, must not decide it.
    /// The lines looked at are given back, before the rest, by the reader returned; the caller's reader is its own to close.
    /// </summary>
    /// <returns>The text to parse from its start, and the separator, or null when no line is a header (CsvHelper's detection then decides).</returns>
    internal static (TextReader Text, string? Delimiter) HeaderFirst(TextReader reader, Func<string[], bool> isHeader)
    {
        var start = new System.Text.StringBuilder();
        var lines = 0;
        while (lines <= TitleRowsAllowed + 1 && reader.ReadLine() is { } line)
        {
            start.Append(line).Append('\n');
            lines += string.IsNullOrWhiteSpace(line) ? 0 : 1;
        }

        var taken = start.ToString();
        return (new ReplayReader(taken, reader), HeaderDelimiter(taken, isHeader));
    }

    /// <summary>The separator under which the first line that is a header reads as one, the widest such reading when several do; null when no line does.</summary>
    private static string? HeaderDelimiter(string start, Func<string[], bool> isHeader)
    {
        foreach (var line in start.Split('\n'))
        {
            var readings = Delimiters
                .Select(d => (Delimiter: d, Cells: line.Split(d).Select(c => c.Trim().Trim('"').Trim().TrimStart('\uFEFF')).ToArray()))
                .Where(r => isHeader(r.Cells))
                .OrderByDescending(r => r.Cells.Length)
                .ToList();
            if (readings.Count > 0)
            {
                return readings[0].Delimiter;
            }
        }

        return null;
    }

    /// <summary>Reads the lines already taken from a reader, then the rest of it.</summary>
    private sealed class ReplayReader(string taken, TextReader rest) : TextReader
    {
        private readonly StringReader _taken = new(taken);
        private bool _takenDone;

        public override int Read(char[] buffer, int index, int count)
        {
            if (!_takenDone)
            {
                var read = _taken.Read(buffer, index, count);
                if (read > 0)
                {
                    return read;
                }

                _takenDone = true;
            }

            return rest.Read(buffer, index, count);
        }

        public override int Read()
        {
            if (!_takenDone)
            {
                var c = _taken.Read();
                if (c >= 0)
                {
                    return c;
                }

                _takenDone = true;
            }

            return rest.Read();
        }

        public override int Peek() => !_takenDone && _taken.Peek() >= 0 ? _taken.Peek() : rest.Peek();

        protected override void Dispose(bool disposing)
        {
            // The rest is the caller's to close.
            if (disposing)
            {
                _taken.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private static CsvConfiguration CsvSettings(bool detect, string? delimiter = null) => new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = detect,
        DetectDelimiterValues = Delimiters,
        Delimiter = delimiter ?? ",",
        BadDataFound = null,
        MissingFieldFound = null,
        TrimOptions = TrimOptions.Trim,
    };

    private static IEnumerable<IndicatorSnapshot> StreamXlsx(Stream stream, Collector collector)
    {
        Workbooks.Book book;
        try
        {
            book = Workbooks.Book.Open(stream);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            collector.Error(Unreadable(collector.Source, e));
            yield break;
        }

        using (book)
        {
            var sheets = book.Sheets.Select(s => s.Name).ToList();
            var listed = string.Join(", ", sheets.Select(n => $"'{n}'"));
            var wanted = collector.Options.Sheet;

            // Excel itself takes sheet names regardless of case.
            var sheet = wanted is null ? DataSheet(book, collector) : book.Sheets.FirstOrDefault(n => string.Equals(n.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (sheet.Name is null)
            {
                collector.Error(wanted is null
                    ? new InputProblem(collector.Source, 0, 0, null, null, Messages.Say("inputs.workbook-has-no-sheet"))
                    : new InputProblem(collector.Source, 0, 0, null, null, Messages.Say("inputs.workbook-has-no-such-sheet", wanted, DidYouMean.Said(wanted, sheets), listed)));
                yield break;
            }

            collector.Sheet = sheet.Name;
            // Only when no sheet was named: one named and read is the one meant, and its own header is what is missing.
            collector.OtherSheets = sheets.Count > 1 && wanted is null
                ? Messages.Say("inputs.the-workbook-s-sheets-are-give", listed)
                : null;

            // The rows are read as the units are: a sheet of a province's communes streams, whatever its size.
            var rows = Guarded(book.Rows(sheet.PartId ?? string.Empty, (line, column, problem) =>
                collector.Error(new InputProblem(collector.Source, line, column, null, null, problem.In(Language.En), problem.Vi))), collector);
            foreach (var unit in StreamTable(rows, collector, ragged: true))
            {
                yield return unit;
            }
        }
    }

    /// <summary>
    /// The sheet to read when none is named: the first, unless it has no header row and exactly one other sheet has
    /// one (a workbook whose first sheet is instructions or a cover). Several candidates are never chosen between:
    /// the first sheet is read and its missing header names the others.
    /// </summary>
    private static (string Name, string? PartId) DataSheet(Workbooks.Book book, Collector collector)
    {
        if (book.Sheets.Count <= 1 || HasHeader(book, book.Sheets[0], collector))
        {
            return book.Sheets.Count > 0 ? book.Sheets[0] : default;
        }

        var withHeader = book.Sheets.Skip(1).Where(s => HasHeader(book, s, collector)).Take(2).ToList();
        return withHeader.Count == 1 ? withHeader[0] : book.Sheets[0];
    }

    /// <summary>Whether a sheet has a header row (an id column) among its first rows, looked at without a word.</summary>
    private static bool HasHeader(Workbooks.Book book, (string Name, string? PartId) sheet, Collector collector)
    {
        try
        {
            return sheet.PartId is { } part && book.Rows(part, (_, _, _) => { })
                .Take(TitleRowsAllowed + 1)
                .Any(row => row.Cells.Any(c => c is string text && collector.ColumnRole(text.Trim()) == "id"));
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return false;
        }
    }

    /// <summary>The rows of a sheet, ending with one problem when the package turns out broken part-way (the rows read so far stand).</summary>
    private static IEnumerable<(int Line, object?[] Cells)> Guarded(IEnumerable<(int Line, object?[] Cells)> rows, Collector collector)
    {
        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                collector.Error(Unreadable(collector.Source, e));
                collector.CutShort = true;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or FormatException or System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException or NotSupportedException or IOException or ArgumentException or KeyNotFoundException;

    private static InputProblem Unreadable(string source, Exception e)
    {
        var why = e switch
        {
            System.Xml.XmlException x when x.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) => Messages.Say("inputs.xlsx-part-too-large",
                MessageCatalogue.GroupedInBoth(Workbooks.MaxCharactersInPart)),
            System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => Messages.Say("inputs.a-part-of-it-declares-a"),
            _ => new LocalizedText(e.Message, e.Message),
        };
        return new InputProblem(source, 0, 0, null, null, Messages.Say("inputs.xlsx-unreadable", why));
    }

    /// <summary>Said after a figure's problem: what became of the unit.</summary>
    private static readonly LocalizedText StillScored = Messages.Say("inputs.the-unit-was-scored-the-criteria");

    /// <summary>How many non-empty rows of titles may sit above a table's header row.</summary>
    private const int TitleRowsAllowed = 10;

    /// <summary>Marks a row whose quote is never closed: the row alone is lost, with its line and its first line's text.</summary>
    private static readonly object UnclosedQuote = new();

    /// <summary>
    /// The rows of a CSV file with the line each starts on. A quote opened in a cell and never closed makes the parser
    /// read every later line into that cell; such a record (fewer cells than the header, a line break inside a cell)
    /// is reported alone, and the lines after its first are read again as rows of their own.
    /// </summary>
    private static IEnumerable<(int Line, object?[] Cells)> CsvRows(CsvParser csv, int firstLine, int columns)
    {
        while (csv.Read())
        {
            var record = csv.Record ?? [];
            var raw = csv.RawRecord;
            var breaks = raw.Count(c => c == '\n') - (raw.EndsWith('\n') ? 1 : 0);
            var line = firstLine + csv.Row - 1;
            if (breaks > 0 && record.Length < columns && record.Any(c => c.Contains('\n', StringComparison.Ordinal)))
            {
                var cut = raw.IndexOf('\n', StringComparison.Ordinal);
                yield return (line, [UnclosedQuote, raw[..cut].TrimEnd('\r'), csv.Delimiter]);
                using var rest = new CsvParser(new StringReader(raw[(cut + 1)..]), CsvSettings(detect: false, csv.Delimiter));
                foreach (var row in CsvRows(rest, line + 1, columns))
                {
                    yield return row;
                }

                firstLine += breaks;
                continue;
            }

            // The widest row so far stands for the header's width: title rows above the header are narrower.
            columns = Math.Max(columns, record.Length);
            firstLine += breaks;
            yield return (line, record);
        }
    }
}
