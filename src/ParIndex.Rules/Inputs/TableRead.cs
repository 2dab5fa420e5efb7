namespace ParIndex.Rules;

/// <summary>
/// How one table was read: the file and sheet, the header row found, what each of its columns was read as and how many
/// rows under it held anything. What an analyst checks first when a figure is missing: a column whose heading matched
/// nothing was ignored (and warned of), and one matched to the wrong figure shows here by name.
/// </summary>
/// <remarks>
/// One per CSV file or workbook sheet of figures (<see cref="SnapshotBatch.Tables"/>) and per claims or appraisal table
/// (<see cref="AssessmentFile.Table"/>); a JSON input has no table. Immutable and thread-safe.
/// </remarks>
public sealed class TableRead
{
    internal TableRead(string source, string? sheet, int headerLine, IReadOnlyList<ColumnRead> columns, int rows) =>
        (Source, Sheet, HeaderLine, Columns, Rows) = (source, sheet, headerLine, columns, rows);

    /// <summary>The file's path or name.</summary>
    public string Source { get; }

    /// <summary>The workbook sheet read, or <see langword="null"/> for a CSV file.</summary>
    public string? Sheet { get; }

    /// <summary>The header row's 1-based line (a workbook's row number); the rows above it were titles, skipped.</summary>
    public int HeaderLine { get; }

    /// <summary>Every column with a heading, in the file's order.</summary>
    public IReadOnlyList<ColumnRead> Columns { get; }

    /// <summary>The rows under the header that held anything, read or refused (a refused row is an input problem at its line).</summary>
    public int Rows { get; }

    /// <summary>The columns whose heading matched nothing and which were ignored.</summary>
    public IEnumerable<ColumnRead> Ignored => Columns.Where(c => c.ReadAs is null);

    /// <summary>Formats the table as <c>source[sheet] row N: 'heading' → field, …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Source}{(Sheet is null ? string.Empty : $"[{Sheet}]")} row {HeaderLine}: {string.Join(", ", Columns)}";
}

/// <summary>One column of a table as it was read: its position, its heading as written and the field it was read as.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ColumnRead
{
    internal ColumnRead(int column, string heading, string? readAs) => (Column, Heading, ReadAs) = (column, heading, readAs);

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The heading as written in the file (<c>Số TTHC tiếp nhận</c>, <c>tthc_received</c>).</summary>
    public string Heading { get; }

    /// <summary>
    /// The field the column was read as, in the JSON contract's words: <c>id</c>, <c>name</c>, <c>type</c>, an indicator's
    /// key, or <c>claim:</c> and a criterion's id; in a claims or appraisal table, <c>id</c>, <c>criterion</c>,
    /// <c>points</c>, <c>appraised</c>, <c>round</c>, <c>reason</c>, <c>appraiser</c>, <c>evidence</c>, <c>date</c> or
    /// <c>explanation</c>. <see langword="null"/> when the column was ignored: its heading matched nothing, or it repeats
    /// a column read before it.
    /// </summary>
    public string? ReadAs { get; }

    /// <summary>Formats the column as <c>'heading' → field</c>, or <c>'heading' (ignored)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ReadAs is null ? $"'{Heading}' (ignored)" : $"'{Heading}' → {ReadAs}";
}
