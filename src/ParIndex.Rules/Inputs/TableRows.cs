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
        using var enumerator = rows.GetEnumerator();
        var (found, next) = TableHeader.Find(enumerator, collector);
        if (found is not { } header)
        {
            yield break;
        }

        var rowReader = new TableRow(header, collector, ragged);
        var columns = header.Figures.Select(c => c.Index).Concat(header.Claims.Select(c => c.Index)).ToArray();

        // Rows stream out as they are read, except from the first figure that could be read two ways (950.000):
        // from there rows wait for the end of the file, whose figures decide how it writes numbers. A file with no
        // such figure is never held, however long.
        var given = collector.Options.NumberFormat;
        string? vi = null, en = null;
        var waiting = new List<(int Line, object?[] Cells)>();
        var asRead = new TableNumbers(given, given, null, null);
        var rowsBelow = 0;
        while (next is not null || enumerator.MoveNext())
        {
            var row = next ?? enumerator.Current;
            next = null;
            rowsBelow += row.Cells.Any(c => c is not null && (c is not string text || !string.IsNullOrWhiteSpace(text))) ? 1 : 0;
            var ambiguous = false;
            if (given == NumberFormat.Auto)
            {
                // Claims are figures too: their separators say how the file writes numbers, and wait like the others.
                foreach (var index in columns)
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
            else if (rowReader.Read(row.Line, row.Cells, asRead) is { } unit)
            {
                yield return unit;
            }
        }

        if (rowsBelow == 0 && !collector.CutShort)
        {
            // A template never filled in, or a sheet cut after its header: nothing to score is not a success.
            collector.Error(new InputProblem(collector.Source, header.Line, 1, null, null, Messages.Say("inputs.the-header-has-no-unit-rows")));
        }

        var decided = TableNumbers.Decide(given, vi, en);
        foreach (var (line, record) in waiting)
        {
            if (rowReader.Read(line, record, decided) is { } unit)
            {
                yield return unit;
            }
        }

        rowReader.Finish();
        collector.Tables.Add(header.Read(collector.Source, collector.Sheet, rowsBelow));
    }

    private static string? Cell(object?[] record, int index) =>
        index >= 0 && index < record.Length && Convert.ToString(record[index], CultureInfo.InvariantCulture) is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
