using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;

namespace ParIndex.Rules;

// Turning a table's rows (CSV or XLSX alike) into units: the header row found under title rows, each row's cells read by the column's role.
public static partial class SnapshotReader
{
    /// <summary>Reads units from a table's rows: the header row (the first with an id column, under at most 10 title rows), then one unit per row, every cell read by its column's role.</summary>
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
