using System.Globalization;
using System.Text;

namespace ParIndex.Rules;

/// <summary>A problem with one unit of an input file: where it is, which unit and field, and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InputProblem
{
    /// <summary>A problem told in both languages by the message catalogue (<see cref="Messages"/>).</summary>
    internal InputProblem(string source, int line, int column, string? unitId, string? field, LocalizedText message)
        : this(source, line, column, unitId, field, message.In(Language.En), message.Vi)
    {
    }

    internal InputProblem(string source, int line, int column, string? unitId, string? field, string message, string vietnamese)
    {
        _vietnamese = vietnamese;
        Source = source;
        Line = line;
        Column = column;
        UnitId = unitId;
        Field = field;
        Message = message;
    }

    /// <summary>The file's path or name.</summary>
    public string Source { get; }

    /// <summary>The workbook sheet the problem is on, for an XLSX input; <see langword="null"/> for other files.</summary>
    public string? Sheet { get; internal init; }

    /// <summary>The 1-based line (for CSV, the row's line; for a workbook, the row's number), or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The unit's id, when known.</summary>
    public string? UnitId { get; }

    /// <summary>The field (indicator key or column), when the problem concerns one.</summary>
    public string? Field { get; }

    private readonly string _vietnamese;

    /// <summary>What is wrong and how to fix it, in English.</summary>
    public string Message { get; }

    /// <summary>What is wrong and how to fix it, in the language given.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) => language == Language.En ? Message : _vietnamese;

    /// <summary>Formats the problem as <c>source(line,col): unit 'id', field 'key': message</c>; for a workbook, <c>source[sheet](row,col)</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => ToString(Language.En);

    /// <summary>Formats the problem in a language: <c>source(line,col): đơn vị 'id', trường 'key': message</c> in Vietnamese.</summary>
    /// <param name="language">The language of the words and the message.</param>
    /// <returns>The formatted problem.</returns>
    public string ToString(Language language)
    {
        var builder = new StringBuilder();
        builder.Append(Source);
        if (Sheet is not null)
        {
            builder.Append('[').Append(Sheet).Append(']');
        }

        builder.Append(CultureInfo.InvariantCulture, $"({Line},{Column}): ");
        if (UnitId is not null)
        {
            builder.Append(Messages.Tell("inputs.problem-unit", language, UnitId));
            builder.Append(Field is null ? ": " : ", ");
        }

        if (Field is not null)
        {
            builder.Append(Messages.Tell("inputs.problem-field", language, Field)).Append(": ");
        }

        return builder.Append(MessageIn(language)).ToString();
    }
}

/// <summary>The units read from one or more input files, with the problems found on the way.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SnapshotBatch
{
    internal SnapshotBatch(string? period, IReadOnlyList<IndicatorSnapshot> snapshots, IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings)
    {
        Period = period;
        Snapshots = snapshots;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The period the files give, when they give one.</summary>
    public string? Period { get; }

    /// <summary>The inputs' name: the file or files read, or the name the reader was given.</summary>
    public string Source { get; internal init; } = string.Empty;

    /// <summary>The rule set whose catalogue the units were read and checked against, or <see langword="null"/> when unknown.</summary>
    /// <remarks><see cref="Scorer.ScoreBatch"/> refuses a batch read under another rule set: its stamp would name rules that did not read it.</remarks>
    public RuleSet? ReadWith { get; internal init; }

    /// <summary>The units that can be scored, in input order.</summary>
    public IReadOnlyList<IndicatorSnapshot> Snapshots { get; }

    /// <summary>Problems that make a unit wrong: a unit that could not be read at all, a duplicate id, an impossible value (the unit is still scored; the criteria using the value get <c>invalid_data</c>).</summary>
    public IReadOnlyList<InputProblem> Errors { get; }

    /// <summary>Things worth a look that change no score, such as an unknown column.</summary>
    public IReadOnlyList<InputProblem> Warnings { get; }

    /// <summary>
    /// How each table was read, in reading order: a CSV file's or a workbook sheet's header row and what each column
    /// was read as, then any claims or appraisal table laid over the batch (<see cref="AssessmentFile.Apply"/>). Empty
    /// for JSON inputs, and for a table whose header row was not found (that is an error of its own).
    /// </summary>
    public IReadOnlyList<TableRead> Tables { get; internal init; } = [];

    /// <summary>
    /// The same batch (period, source, problems, the rule set it was read under) with its units replaced: a unit's
    /// figures or appraisal changed by an application, to be scored again as the batch it belongs to.
    /// </summary>
    /// <param name="snapshots">The units, in input order.</param>
    /// <returns>The new batch.</returns>
    public SnapshotBatch WithSnapshots(IReadOnlyList<IndicatorSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return new SnapshotBatch(Period, snapshots, Errors, Warnings) { Source = Source, ReadWith = ReadWith, Tables = Tables };
    }
}

/// <summary>
/// Problems kept up to a limit and counted past it: a file of millions of bad rows must not hold millions of
/// messages (2 million took 937 MB), and the first ones already say what to fix. The count past the limit is told
/// as one last problem, so nothing is dropped in silence.
/// </summary>
internal sealed class ProblemList(string source)
{
    /// <summary>How many problems of one kind are kept.</summary>
    public const int MaxKept = 10_000;

    private readonly List<InputProblem> _kept = [];
    private long _more;

    public void Add(InputProblem problem)
    {
        if (_kept.Count < MaxKept)
        {
            _kept.Add(problem);
        }
        else
        {
            _more++;
        }
    }

    /// <summary>The problems kept, then one saying how many more were found.</summary>
    public List<InputProblem> ToList() => _more == 0 ? [.. _kept] :
    [
        .. _kept,
        new InputProblem(source, 0, 0, null, null,
            Messages.Say("inputs.more-problems-not-listed", MessageCatalogue.GroupedInBoth(_more))),
    ];
}
