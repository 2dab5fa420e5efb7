using System.Globalization;

namespace ParIndex.Rules;

// One row of a table into one unit: the row's shape checked, then its figures and claims read by the header's columns.
public static partial class SnapshotReader
{
    /// <summary>Reads rows under one header into units, remembering what was told once per table.</summary>
    private sealed class TableRow(TableHeader header, Collector collector, bool ragged)
    {
        // A column without a name is told about once, at the first figure found in it: trailing empty columns
        // that spreadsheets leave behind say nothing, figures under a lost header are not dropped unseen.
        private readonly List<int> unnamed = Enumerable.Range(0, header.Cells.Length).Where(i => header.Cells[i].Length == 0).ToList();
        private bool beyondWarned;

        /// <summary>Reads one row into a unit.</summary>
        /// <returns>The unit, or null for an empty row or one that cannot be read (its problem told).</returns>
        public IndicatorSnapshot? Read(int line, object?[] record, TableNumbers numbers)
        {
            if (record.All(c => c is null || (c is string text && string.IsNullOrWhiteSpace(text))))
            {
                return null;
            }

            if (record is [var marker, string firstLine, string delimiter] && ReferenceEquals(marker, UnclosedQuote))
            {
                var cells = firstLine.Split(delimiter);
                collector.Error(new InputProblem(collector.Source, line, 1, header.IdColumn < cells.Length ? cells[header.IdColumn].Trim().Trim('"') : null, null, Messages.Say("inputs.a-quote-opened-in-this-row")));
                return null;
            }

            if (NotAUnit(line, record))
            {
                return null;
            }

            var unitId = Cell(record, header.IdColumn);
            Codes(line, record, unitId);
            if (Shaped(line, ref record, unitId) is false)
            {
                return null;
            }

            var (values, explained) = Figures(line, record, numbers, unitId);
            var claims = Claims(line, record, numbers, unitId);
            var unit = collector.AddUnit(unitId, header.NameColumn >= 0 ? Cell(record, header.NameColumn) : null, values, null, line, 1, header.FirstColumn, explained,
                header.TypeColumn >= 0 ? (Cell(record, header.TypeColumn), line, header.TypeColumn + 1) : null);
            if (unit is null || claims is null)
            {
                return unit;
            }

            // The type is known once the unit is made: a claim of a criterion that does not apply to it is told and dropped.
            foreach (var (index, criterion) in header.Claims)
            {
                if (claims.ContainsKey(criterion.Id) && !collector.Applies(criterion, unit.Type, unit.Id, line, index + 1, $"selfAssessment.{criterion.Id}", appraisal: false))
                {
                    claims.Remove(criterion.Id);
                }
            }

            return unit with { SelfAssessment = claims };
        }

        /// <summary>
        /// A row Vietnamese forms carry that is not a unit: the row of column numbers under the header ((1), (2), … or
        /// 1, 2, 3, … across the columns), or a totals row (<c>Tổng cộng</c>, <c>Cộng</c>, <c>Tổng</c>, <c>Tổng số</c>,
        /// <c>Total</c> in a cell up to the id and name columns). Skipped and told: read, the first became a unit with
        /// id "(2)" ranked among the communes, the second a unit summing them all.
        /// </summary>
        private bool NotAUnit(int line, object?[] record)
        {
            if (IsColumnNumbers(record))
            {
                collector.Warning(new InputProblem(collector.Source, line, 1, null, null, Messages.Say("inputs.the-row-holds-the-form-s")));
                return true;
            }

            var last = Math.Min(Math.Max(header.IdColumn, header.NameColumn), record.Length - 1);
            for (var i = 0; i <= last; i++)
            {
                if (record[i] is string word && IsTotalsWord(word))
                {
                    collector.Warning(new InputProblem(collector.Source, line, i + 1, null, null, Messages.Say("inputs.the-row-is-a-totals-row", word.Trim())));
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether every filled cell, at least three, is a column's number: all "(n)", or all n, n+1, n+2… A unit's row
        /// stops being one at its first text cell (its name), so an ordinary row costs a cell or two, never a copy.
        /// </summary>
        private static bool IsColumnNumbers(object?[] record)
        {
            var (filled, bracketed, plain, consecutive, previous) = (0, true, true, true, 0);
            foreach (var cell in record)
            {
                var text = (cell as string ?? Convert.ToString(cell, CultureInfo.InvariantCulture))?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                var inBrackets = text is ['(', .., ')'];
                if (!int.TryParse(inBrackets ? text[1..^1] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    return false;
                }

                (bracketed, plain) = (bracketed && inBrackets, plain && !inBrackets);
                consecutive &= filled == 0 || number == previous + 1;
                if (!bracketed && !(plain && consecutive))
                {
                    return false;
                }

                (previous, filled) = (number, filled + 1);
            }

            return filled >= 3;
        }

        /// <summary>Whether a cell is a totals row's word; looked at closely only when it starts as one does (a T or a C), since composing and lowering every id and name cost a third of reading a 10,000-unit file.</summary>
        private static bool IsTotalsWord(string text)
        {
            var trimmed = text.AsSpan().TrimStart();
            return trimmed.Length is > 0 and <= 16 && char.ToUpperInvariant(trimmed[0]) is 'T' or 'C' && TotalsWords.Contains(HeaderNames.Normalise(text));
        }

        private static readonly HashSet<string> TotalsWords = new(["tổng cộng", "cộng", "tổng", "tổng số", "total"], StringComparer.Ordinal);

        // Codes a workbook stored as numbers, and the first code written as text with a leading zero.
        private readonly List<(int Line, string Code)> numericCodes = [];
        private string? zeroPadded;

        /// <summary>Notes a workbook's id cell stored as a number, and a code written with a leading zero, for <see cref="Finish"/>.</summary>
        private void Codes(int line, object?[] record, string? unitId)
        {
            if (unitId is null || header.IdColumn >= record.Length)
            {
                return;
            }

            if (record[header.IdColumn] is not string)
            {
                numericCodes.Add((line, unitId));
            }
            else if (zeroPadded is null && unitId.Length > 1 && unitId[0] == '0' && unitId.All(char.IsAsciiDigit))
            {
                zeroPadded = unitId;
            }
        }

        /// <summary>
        /// Once every row is read: a code stored as a number in a column whose other codes keep leading zeros has lost
        /// its own (107 for 00107) and no longer matches last year's or the map's. An error at each such cell; the unit
        /// is still scored under the code as stored.
        /// </summary>
        public void Finish()
        {
            if (zeroPadded is null)
            {
                return;
            }

            foreach (var (line, code) in numericCodes)
            {
                collector.Error(new InputProblem(collector.Source, line, header.IdColumn + 1, code, "id", Messages.Say("inputs.the-code-is-stored-as-a", code, zeroPadded)));
            }
        }

        /// <summary>Brings a workbook's ragged row to the header's width and tells figures without a column name.</summary>
        /// <returns>Whether the row has the header's width.</returns>
        private bool Shaped(int line, ref object?[] record, string? unitId)
        {
            var width = header.Cells.Length;
            if (ragged && record.Length != width)
            {
                // A workbook row ends at its last filled cell; one filled beyond the header is a figure without a column name.
                if (record.Length > width && Array.FindIndex(record, width, c => c is not null && (c is not string t || t.Length > 0)) is var beyond and >= 0 && !beyondWarned)
                {
                    beyondWarned = true;
                    NoName(line, beyond, unitId);
                }

                Array.Resize(ref record, width);
            }

            for (var u = unnamed.Count - 1; u >= 0; u--)
            {
                if (Cell(record, unnamed[u]) is { Length: > 0 })
                {
                    NoName(line, unnamed[u], unitId);
                    unnamed.RemoveAt(u);
                }
            }

            if (record.Length == width)
            {
                return true;
            }

            collector.Error(new InputProblem(collector.Source, line, 1, unitId, null, Messages.Say("inputs.the-row-has-cells-but-the", record.Length, width)));
            return false;
        }

        private (Dictionary<string, IndicatorValue> Values, HashSet<string>? Explained) Figures(int line, object?[] record, TableNumbers numbers, string? unitId)
        {
            // Sized once: growing it row by row was 4% of a 10,000-unit CLI run.
            var values = new Dictionary<string, IndicatorValue>(header.Figures.Count, StringComparer.Ordinal);
            HashSet<string>? explained = null;
            foreach (var (index, key, type) in header.Figures)
            {
                var (value, problem) = ReadCell(record[index], type, numbers);
                if (value is { } read)
                {
                    values[key] = read;
                }

                if (problem is not null && !string.IsNullOrWhiteSpace(unitId))
                {
                    collector.Error(new InputProblem(collector.Source, line, index + 1, unitId, key, problem.In(Language.En) + StillScored.En, problem.Vi + StillScored.Vi));
                    (explained ??= new(StringComparer.Ordinal)).Add(key);
                }
            }

            return (values, explained);
        }

        private Dictionary<string, Claim>? Claims(int line, object?[] record, TableNumbers numbers, string? unitId)
        {
            Dictionary<string, Claim>? claims = null;
            foreach (var (index, criterion) in header.Claims)
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
                }
                else if (!string.IsNullOrWhiteSpace(unitId))
                {
                    var why = problem ?? GivenPoints.Problem(appraised: false, criterion, value.ToString()!);
                    collector.Error(new InputProblem(collector.Source, line, index + 1, unitId, $"selfAssessment.{criterion.Id}.points",
                        Messages.Say("inputs.the-claim-was-not-applied", new LocalizedText(why.Vi.TrimEnd('.'), why.In(Language.En).TrimEnd('.')))));
                }
            }

            return claims;
        }

        private void NoName(int line, int column, string? unitId) => collector.Warning(new InputProblem(collector.Source, line, column + 1, unitId, null, Messages.Say("inputs.column-has-no-name-in-the", column + 1)));
    }
}
