using System.Globalization;

namespace ParIndex.Rules;

// A table's header: found under title rows, then each column given its role (id, name, type, a figure, a claim).
public static partial class SnapshotReader
{
    /// <summary>The header row of a table and what each of its columns holds.</summary>
    private sealed class TableHeader
    {
        private readonly Collector collector;

        private TableHeader(string[] cells, int line, Collector collector)
        {
            (Cells, Line, this.collector) = (cells, line, collector);
            IdColumn = Array.FindIndex(cells, h => collector.ColumnRole(h) == "id");
            NameColumn = Array.FindIndex(cells, h => collector.ColumnRole(h) == "name");
            TypeColumn = Array.FindIndex(cells, h => collector.ColumnRole(h) == "type");
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length > 0 && i != IdColumn && i != NameColumn && i != TypeColumn)
                {
                    Resolve(i);
                }
            }
        }

        /// <summary>The header's cells, trimmed.</summary>
        public string[] Cells { get; }

        /// <summary>The header's line (a workbook's row number).</summary>
        public int Line { get; }

        /// <summary>The id column's index.</summary>
        public int IdColumn { get; }

        /// <summary>The name column's index, or -1.</summary>
        public int NameColumn { get; }

        /// <summary>The unit type column's index, or -1.</summary>
        public int TypeColumn { get; }

        /// <summary>The figure columns read, by their indicator.</summary>
        public List<(int Index, string Key, IndicatorType Type)> Figures { get; } = [];

        /// <summary>The claim columns read, by their criterion.</summary>
        public List<(int Index, CriterionDefinition Criterion)> Claims { get; } = [];

        /// <summary>The column each indicator key was first found in.</summary>
        public Dictionary<string, int> FirstColumn { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Finds the header: the first row with an 'id' column. Rows of titles above it (a report's heading, a row of
        /// Vietnamese column titles) are skipped, but only a few, so a file without a header is not searched to its end.
        /// </summary>
        /// <remarks>
        /// A row of titles that itself names an id column (<c>Mã đơn vị</c>) with the row of keys right under it, as the
        /// template writes them, has the lower row for its header: the keys say exactly what each column is.
        /// </remarks>
        /// <returns>The header, or null once the reason is told; and the first row under it when that row was read to look.</returns>
        public static (TableHeader? Header, (int Line, object?[] Cells)? Next) Find(IEnumerator<(int Line, object?[] Cells)> rows, Collector collector)
        {
            var looked = 0;
            (string[] Cells, int Line)? found = null;
            while (looked <= TitleRowsAllowed && rows.MoveNext())
            {
                var cells = rows.Current.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray();
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
                    found = (cells, rows.Current.Line);
                }
                else if (found is { } header)
                {
                    return (new TableHeader(header.Cells, header.Line, collector), rows.Current);
                }
            }

            if (found is { } last)
            {
                return (new TableHeader(last.Cells, last.Line, collector), null);
            }

            if (!collector.CutShort)
            {
                // When the package broke before any row, that problem is told already.
                collector.Error(NoHeader(collector, looked));
            }

            return (null, null);
        }

        private static InputProblem NoHeader(Collector collector, int looked) => looked == 0
            ? new InputProblem(collector.Source, 1, 1, null, null, Messages.Say("inputs.the-file-is-empty-the-first"))
            : new InputProblem(collector.Source, 1, 1, null, "id", Messages.Say("inputs.no-header-row-none-of-the", looked, TitleRowsAllowed, collector.OtherSheets));

        private void Resolve(int i)
        {
            // "claim:3.2.1" (or "tự chấm:3.2.1") holds the unit's own points for criterion 3.2.1.
            if (collector.ClaimColumn(Cells[i], Line, i + 1) is { } claim)
            {
                if (claim.Criterion is not null && Claims.FindIndex(c => c.Criterion == claim.Criterion) is var earlier and >= 0)
                {
                    // Two claims for one criterion: which one is meant cannot be guessed, so only the first is read.
                    Twice(i, Claims[earlier].Index);
                }
                else if (claim.Criterion is not null)
                {
                    Claims.Add((i, claim.Criterion));
                }

                return;
            }

            // A header names an indicator by its key in any case, by its Vietnamese title, or as the column map says.
            if (collector.HeaderKey(Cells[i], Line, i + 1) is not { } key)
            {
                return;
            }

            if (key is "id" or "name" or "type")
            {
                // A second id, name or type column: which one is meant cannot be guessed; the first is read.
                Twice(i, key switch { "id" => IdColumn, "name" => NameColumn, _ => TypeColumn });
            }
            else if (!FirstColumn.TryAdd(key, i))
            {
                // Two columns for one figure: which one is meant cannot be guessed, so it is an error, and only the first is read.
                Twice(i, FirstColumn[key]);
            }
            else
            {
                Figures.Add((i, key, collector.RuleSet.IndicatorsByKey[key].Type));
            }
        }

        /// <summary>What the header read each column as, once the rows under it are read.</summary>
        public TableRead Read(string source, string? sheet, int rows)
        {
            var figures = Figures.ToDictionary(f => f.Index, f => f.Key);
            var claims = Claims.ToDictionary(c => c.Index, c => "claim:" + c.Criterion.Id);
            var columns = Cells
                .Select((heading, i) => (heading, i))
                .Where(c => c.heading.Length > 0)
                .Select(c => new ColumnRead(c.i + 1, c.heading, c.i == IdColumn ? "id" : c.i == NameColumn ? "name" : c.i == TypeColumn ? "type"
                    : figures.TryGetValue(c.i, out var key) ? key : claims.GetValueOrDefault(c.i)))
                .ToList();
            return new TableRead(source, sheet, Line, columns, rows);
        }

        private void Twice(int column, int first) => collector.Error(new InputProblem(collector.Source, Line, column + 1, null, Cells[column], Messages.Say("inputs.the-column-appears-twice-as-columns", Cells[column], first + 1, column + 1)));
    }
}
