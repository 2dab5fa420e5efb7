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
        // The separator is the one that makes the header row (the first with an id column) hold an id cell: a title
        // row above it, or a header title with a comma in it, must not decide it. The lines looked at are read
        // again by the parser. The reader is the caller's to close.
        var start = new System.Text.StringBuilder();
        var lines = 0;
        while (lines <= TitleRowsAllowed + 1 && reader.ReadLine() is { } line)
        {
            start.Append(line).Append('\n');
            lines += string.IsNullOrWhiteSpace(line) ? 0 : 1;
        }

        var taken = start.ToString();
        var delimiter = HeaderDelimiter(taken, collector);
        using var replay = new ReplayReader(taken, reader);
        using var csv = new CsvParser(replay, CsvSettings(detect: delimiter is null, delimiter), leaveOpen: true);
        foreach (var unit in StreamTable(CsvRows(csv, firstLine: 1, columns: 0), collector))
        {
            yield return unit;
        }
    }

    private static readonly string[] Delimiters = [",", ";", "\t"];

    /// <summary>The separator under which the first line holding an id column has one, the widest such reading when several do; null when no line does (CsvHelper's detection then decides).</summary>
    private static string? HeaderDelimiter(string start, Collector collector)
    {
        foreach (var line in start.Split('\n'))
        {
            var readings = Delimiters
                .Select(d => (Delimiter: d, Cells: line.Split(d).Select(c => c.Trim().Trim('"').Trim()).ToArray()))
                .Where(r => r.Cells.Any(c => collector.ColumnRole(c.TrimStart('\uFEFF')) == "id"))
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
            var sheet = wanted is null ? (book.Sheets.Count > 0 ? book.Sheets[0] : default) : book.Sheets.FirstOrDefault(n => string.Equals(n.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (sheet.Name is null)
            {
                collector.Error(wanted is null
                    ? new InputProblem(collector.Source, 0, 0, null, null,
                        "the workbook has no sheet; save the data on a sheet with a header row (id, name and the indicator keys).",
                        "sổ tính không có trang nào; hãy lưu số liệu trên một trang có dòng tiêu đề (id, name và mã các chỉ tiêu).")
                    : new InputProblem(collector.Source, 0, 0, null, null,
                        $"the workbook has no sheet '{wanted}'" + DidYouMean.Suffix(wanted, sheets) + $" Its sheets are {listed}; give one of them to --sheet.",
                        $"sổ tính không có trang '{wanted}'" + DidYouMean.SuffixVi(wanted, sheets) + $" Các trang của sổ tính: {listed}; hãy chọn một trang bằng --sheet."));
                yield break;
            }

            collector.Sheet = sheet.Name;
            collector.OtherSheets = sheets.Count > 1
                ? new LocalizedText($" Các trang của sổ tính: {listed}; hãy chọn trang chứa số liệu bằng --sheet.", $" The workbook's sheets are {listed}; give the one holding the data to --sheet.")
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
            System.Xml.XmlException x when x.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) => new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"một phần của tệp chứa hơn {Texts.Grouped(Workbooks.MaxCharactersInPart, Language.Vi)} ký tự, nhiều hơn hẳn mức một trang số liệu cần."),
                string.Create(CultureInfo.InvariantCulture, $"a part of it holds more than {Workbooks.MaxCharactersInPart:N0} characters, far more than a sheet of units needs.")),
            System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => new LocalizedText(
                "một phần của tệp khai báo DTD (thực thể), thứ sổ tính không bao giờ cần và bị từ chối để an toàn.",
                "a part of it declares a DTD (entities), which a workbook never needs and which is refused for safety."),
            _ => new LocalizedText(e.Message, e.Message),
        };
        return new InputProblem(source, 0, 0, null, null,
            $"not a readable XLSX workbook: {why.En} Save it again as .xlsx, or export the sheet as CSV.",
            $"không đọc được tệp XLSX: {why.Vi} Hãy lưu lại dưới dạng .xlsx, hoặc xuất trang số liệu ra CSV.");
    }

    /// <summary>Said after a figure's problem: what became of the unit.</summary>
    private static readonly LocalizedText StillScored = new(
        " Đơn vị vẫn được chấm; các tiêu chí dùng số liệu này nhận invalid_data.",
        " The unit was scored; the criteria using this figure get invalid_data.");

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

    /// <param name="rows">The rows, each with its line (a workbook's row number).</param>
    /// <param name="collector">Where units and problems go.</param>
    /// <param name="ragged">Whether a row lists cells up to its last filled one only (a workbook), rather than one per separator (a CSV).</param>
    private static IEnumerable<IndicatorSnapshot> StreamTable(IEnumerable<(int Line, object?[] Cells)> rows, Collector collector, bool ragged = false)
    {
        var source = collector.Source;
        var ruleSet = collector.RuleSet;
        using var enumerator = rows.GetEnumerator();

        // The header is the first row with an 'id' column: rows of titles above it (a report's heading, a
        // row of Vietnamese column titles) are skipped, but only a few, so a file without a header is not
        // searched to its end.
        string[]? header = null;
        var headerLine = 0;
        var looked = 0;
        while (looked <= TitleRowsAllowed && enumerator.MoveNext())
        {
            var cells = enumerator.Current.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray();
            if (cells.Length > 0)
            {
                // A byte-order mark survives when the caller's reader did not strip it (a StringReader, say).
                cells[0] = cells[0].TrimStart('\uFEFF');
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            looked++;
            if (cells.Any(c => collector.ColumnRole(c) == "id"))
            {
                (header, headerLine) = (cells, enumerator.Current.Line);
                break;
            }
        }

        if (header is null && collector.CutShort)
        {
            // The package broke before any row: that problem is told already.
            yield break;
        }

        if (header is null)
        {
            collector.Error(looked == 0
                ? new InputProblem(source, 1, 1, null, null,
                    "the file is empty; the first row must name the columns: id, name and the indicator keys.",
                    "tệp trống; dòng đầu phải ghi tên các cột: id, name và mã các chỉ tiêu.")
                : new InputProblem(source, 1, 1, null, "id",
                    string.Create(CultureInfo.InvariantCulture, $"no header row: none of the first {looked} rows has an 'id' column. The header row names the columns: id, name and the indicator keys (up to {TitleRowsAllowed} rows of titles above it are skipped).") + collector.OtherSheets?.En,
                    string.Create(CultureInfo.InvariantCulture, $"không có dòng tiêu đề: không dòng nào trong {looked} dòng đầu có cột 'id'. Dòng tiêu đề ghi tên các cột: id, name và mã các chỉ tiêu (tối đa {TitleRowsAllowed} dòng tiêu đề phụ phía trên được bỏ qua).") + collector.OtherSheets?.Vi));
            yield break;
        }

        var idColumn = Array.FindIndex(header, h => collector.ColumnRole(h) == "id");
        var nameColumn = Array.FindIndex(header, h => collector.ColumnRole(h) == "name");
        var typeColumn = Array.FindIndex(header, h => collector.ColumnRole(h) == "type");
        var columns = new List<(int Index, string Key, IndicatorType Type)>();
        var claimColumns = new List<(int Index, CriterionDefinition Criterion)>();
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0 || i == idColumn || i == nameColumn || i == typeColumn)
            {
                continue;
            }

            // "claim:3.2.1" (or "tự chấm:3.2.1") holds the unit's own points for criterion 3.2.1.
            if (collector.ClaimColumn(header[i], headerLine, i + 1) is { } claim)
            {
                if (claim.Criterion is not null && claimColumns.FindIndex(c => c.Criterion == claim.Criterion) is var earlier and >= 0)
                {
                    // Two claims for one criterion: which one is meant cannot be guessed, so only the first is read.
                    Twice(i, claimColumns[earlier].Index);
                }
                else if (claim.Criterion is not null)
                {
                    claimColumns.Add((i, claim.Criterion));
                }

                continue;
            }

            // A header names an indicator by its key in any case, by its Vietnamese title, or as the column map says.
            if (collector.HeaderKey(header[i], headerLine, i + 1) is not { } key)
            {
                continue;
            }

            if (key is "id" or "name" or "type")
            {
                // A second id, name or type column: which one is meant cannot be guessed; the first is read.
                Twice(i, key switch { "id" => idColumn, "name" => nameColumn, _ => typeColumn });
                continue;
            }

            if (!firstColumn.TryAdd(key, i))
            {
                // Two columns for one figure: which one is meant cannot be guessed, so it is an error, and only the first is read.
                Twice(i, firstColumn[key]);
                continue;
            }

            columns.Add((i, key, ruleSet.IndicatorsByKey[key].Type));
        }

        void Twice(int column, int first) => collector.Error(new InputProblem(source, headerLine, column + 1, null, header[column],
            string.Create(CultureInfo.InvariantCulture, $"the column '{header[column]}' appears twice, as columns {first + 1} and {column + 1}; only column {first + 1} was read. Keep one."),
            string.Create(CultureInfo.InvariantCulture, $"cột '{header[column]}' xuất hiện hai lần, ở cột {first + 1} và {column + 1}; chỉ cột {first + 1} được đọc. Hãy giữ một cột.")));

        void NoName(int line, int column, string? unitId) => collector.Warning(new InputProblem(source, line, column + 1, unitId, null,
            string.Create(CultureInfo.InvariantCulture, $"column {column + 1} has no name in the header, so its figures were ignored; write the indicator key at the top of the column."),
            string.Create(CultureInfo.InvariantCulture, $"cột {column + 1} không có tên ở dòng tiêu đề, nên số liệu của cột bị bỏ qua; hãy ghi mã chỉ tiêu ở đầu cột.")));

        // A column without a name is told about once, at the first figure found in it: trailing empty columns
        // that spreadsheets leave behind say nothing, figures under a lost header are not dropped unseen.
        var unnamed = Enumerable.Range(0, header.Length).Where(i => header[i].Length == 0).ToList();
        var beyondWarned = false;

        // Rows stream out as they are read, except from the first figure that could be read two ways (950.000):
        // from there rows wait for the end of the file, whose figures decide how it writes numbers. A file with no
        // such figure is never held, however long.
        var given = collector.Options.NumberFormat;
        string? vi = null, en = null;
        var waiting = new List<(int Line, object?[] Cells)>();
        var asRead = new TableNumbers(given, given, null, null);
        var rowsBelow = false;
        while (enumerator.MoveNext())
        {
            var row = enumerator.Current;
            rowsBelow |= row.Cells.Any(c => c is not null && (c is not string text || !string.IsNullOrWhiteSpace(text)));
            var ambiguous = false;
            if (given == NumberFormat.Auto)
            {
                // Claims are figures too: their separators say how the file writes numbers, and wait like the others.
                foreach (var index in columns.Select(c => c.Index).Concat(claimColumns.Select(c => c.Index)))
                {
                    if (index < row.Cells.Length && row.Cells[index] is string figure)
                    {
                        var style = NumberText.Classify(figure);
                        vi ??= style == NumberStyle.Vi ? figure.Trim() : null;
                        en ??= style == NumberStyle.En ? figure.Trim() : null;
                        ambiguous |= style == NumberStyle.Ambiguous;
                    }
                }
            }

            if (ambiguous || waiting.Count > 0)
            {
                waiting.Add(row);
            }
            else if (Unit(row.Line, row.Cells, asRead) is { } unit)
            {
                yield return unit;
            }
        }

        if (!rowsBelow && !collector.CutShort)
        {
            // A template never filled in, or a sheet cut after its header: nothing to score is not a success.
            collector.Error(new InputProblem(source, headerLine, 1, null, null,
                "the header has no unit rows below it, so no unit was read; fill in one row per unit under the header.",
                "dưới dòng tiêu đề không có dòng đơn vị nào, nên không đọc được đơn vị nào; hãy điền mỗi đơn vị một dòng dưới dòng tiêu đề."));
        }

        var decided = TableNumbers.Decide(given, vi, en);
        foreach (var (line, record) in waiting)
        {
            if (Unit(line, record, decided) is { } unit)
            {
                yield return unit;
            }
        }

        IndicatorSnapshot? Unit(int line, object?[] record, TableNumbers numbers)
        {
            if (record.All(c => c is null || (c is string text && string.IsNullOrWhiteSpace(text))))
            {
                return null;
            }

            if (record is [var marker, string firstLine, string delimiter] && ReferenceEquals(marker, UnclosedQuote))
            {
                var cells = firstLine.Split(delimiter);
                collector.Error(new InputProblem(source, line, 1, idColumn < cells.Length ? cells[idColumn].Trim().Trim('"') : null, null,
                    "a quote opened in this row is never closed, so the row cannot be read and the unit was not scored; the rows after it were read on their own. Close the quote (a quote inside a cell is written twice: \"\").",
                    "dấu ngoặc kép mở ở dòng này không được đóng, nên không đọc được dòng và đơn vị không được chấm; các dòng sau được đọc riêng. Hãy đóng dấu ngoặc kép (dấu ngoặc kép trong ô được viết hai lần: \"\")."));
                return null;
            }

            var unitId = Cell(record, idColumn);
            if (ragged && record.Length != header.Length)
            {
                // A workbook row ends at its last filled cell; one filled beyond the header is a figure without a column name.
                if (record.Length > header.Length && Array.FindIndex(record, header.Length, c => c is not null && (c is not string t || t.Length > 0)) is var beyond and >= 0 && !beyondWarned)
                {
                    beyondWarned = true;
                    NoName(line, beyond, unitId);
                }

                Array.Resize(ref record, header.Length);
            }

            for (var u = unnamed.Count - 1; u >= 0; u--)
            {
                if (Cell(record, unnamed[u]) is { Length: > 0 })
                {
                    NoName(line, unnamed[u], unitId);
                    unnamed.RemoveAt(u);
                }
            }

            if (record.Length != header.Length)
            {
                collector.Error(new InputProblem(source, line, 1, unitId, null,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {record.Length} cells but the header has {header.Length}; check the separators of this row."),
                    string.Create(CultureInfo.InvariantCulture, $"dòng có {record.Length} ô nhưng dòng tiêu đề có {header.Length} ô; hãy kiểm tra dấu phân cách của dòng này.")));
                return null;
            }

            // Sized once: growing it row by row was 4% of a 10,000-unit CLI run.
            var values = new Dictionary<string, IndicatorValue>(columns.Count, StringComparer.Ordinal);
            HashSet<string>? explained = null;
            foreach (var (index, key, type) in columns)
            {
                var (value, problem) = ReadCell(record[index], type, numbers);
                if (value is { } read)
                {
                    values[key] = read;
                }

                if (problem is not null && !string.IsNullOrWhiteSpace(unitId))
                {
                    collector.Error(new InputProblem(source, line, index + 1, unitId, key, problem.In(Language.En) + StillScored.En, problem.Vi + StillScored.Vi));
                    (explained ??= new(StringComparer.Ordinal)).Add(key);
                }
            }

            Dictionary<string, Claim>? claims = null;
            foreach (var (index, criterion) in claimColumns)
            {
                var (value, problem) = ReadCell(record[index], IndicatorType.Amount, numbers);
                if (value is null)
                {
                    continue;
                }

                var points = value is { Kind: IndicatorValueKind.Number } number ? number.Number : (decimal?)null;
                if (GivenPoints.IsValid(criterion, points))
                {
                    (claims ??= new(StringComparer.Ordinal))[criterion.Id] = new Claim(points!.Value, []);
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(unitId))
                {
                    var why = problem ?? GivenPoints.Problem(appraised: false, criterion, value.ToString()!);
                    collector.Error(new InputProblem(source, line, index + 1, unitId, $"selfAssessment.{criterion.Id}.points",
                        why.In(Language.En).TrimEnd('.') + ". The claim was not applied.", why.Vi.TrimEnd('.') + ". Điểm tự chấm không được áp dụng."));
                }
            }

            var unit = collector.AddUnit(unitId, nameColumn >= 0 ? Cell(record, nameColumn) : null, values, null, line, 1, firstColumn, explained,
                typeColumn >= 0 ? (Cell(record, typeColumn), line, typeColumn + 1) : null);
            if (unit is null || claims is null)
            {
                return unit;
            }

            // The type is known once the unit is made: a claim of a criterion that does not apply to it is told and dropped.
            foreach (var (index, criterion) in claimColumns)
            {
                if (claims.ContainsKey(criterion.Id) && !collector.Applies(criterion, unit.Type, unit.Id, line, index + 1, $"selfAssessment.{criterion.Id}", appraisal: false))
                {
                    claims.Remove(criterion.Id);
                }
            }

            return unit with { SelfAssessment = claims };
        }
    }

    private static string? Cell(object?[] record, int index) =>
        index >= 0 && index < record.Length && Convert.ToString(record[index], CultureInfo.InvariantCulture) is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
