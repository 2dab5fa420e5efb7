namespace ParIndex.Rules;

/// <summary>One sheet of a <see cref="TableWorkbook"/>: its name, its headings and its rows.</summary>
/// <remarks>A plain class: its rows are a sequence, read once, with no equality worth the name.</remarks>
public sealed class TableSheet
{
    /// <summary>Creates the sheet.</summary>
    /// <param name="name">The sheet's name (at most 31 characters, as spreadsheets allow).</param>
    /// <param name="headings">The heading row.</param>
    /// <param name="rows">The rows: each cell text, a number (<see cref="decimal"/>, <see cref="int"/> or <see cref="long"/>), or null for an empty cell.</param>
    public TableSheet(string name, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        (Name, Headings, Rows) = (name, headings, rows);
    }

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>The heading row.</summary>
    public IReadOnlyList<string> Headings { get; }

    /// <summary>The rows.</summary>
    public IEnumerable<IReadOnlyList<object?>> Rows { get; }
}

/// <summary>
/// A workbook of plain tables, written as the results workbook is (the Open XML SDK, the heading row bold and frozen,
/// numbers as numbers): for a tool's or an application's own sheets, such as a unit's history from the store.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TableWorkbook
{
    /// <summary>Writes the sheets.</summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="sheets">The sheets, in order.</param>
    /// <returns>The cells whose text was changed to fit a workbook (characters a cell cannot hold, or too long), each at its sheet, row and column.</returns>
    /// <exception cref="ArgumentException">A cell holds something other than text, a number or nothing.</exception>
    public static IReadOnlyList<InputProblem> Write(Stream output, IEnumerable<TableSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        return WorkbookWriter.Write(output, book =>
        {
            foreach (var sheet in sheets)
            {
                book.Add(sheet.Name, [sheet.Headings], [.. sheet.Headings.Select(h => Math.Clamp(h.Length + 4d, 10d, 48d))], rows =>
                {
                    foreach (var row in sheet.Rows)
                    {
                        rows.Row(cells =>
                        {
                            foreach (var value in row)
                            {
                                switch (value)
                                {
                                    case null or string:
                                        cells.Text((string?)value);
                                        break;
                                    case decimal number:
                                        cells.Number(number, WorkbookWriter.StyleDecimal2);
                                        break;
                                    case int whole:
                                        cells.Number(whole, WorkbookWriter.StyleWhole);
                                        break;
                                    case long whole:
                                        cells.Number(whole, WorkbookWriter.StyleWhole);
                                        break;
                                    default:
                                        throw new ArgumentException($"A table cell holds text, a number or nothing, not a {value.GetType().Name}.", nameof(sheets));
                                }
                            }
                        });
                    }
                });
            }
        });
    }
}
