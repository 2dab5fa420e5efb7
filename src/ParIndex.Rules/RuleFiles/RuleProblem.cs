using System.Globalization;

namespace ParIndex.Rules;

/// <summary>One problem found in a rule set: where it is and how to fix it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleProblem
{
    /// <summary>A problem told in both languages by the message catalogue (<see cref="Messages"/>).</summary>
    internal RuleProblem(string file, int line, int column, string path, LocalizedText message)
        : this(file, line, column, path, message.In(Language.En), message.Vi)
    {
    }

    internal RuleProblem(string file, int line, int column, string path, string message, string vietnamese)
    {
        _vietnamese = vietnamese;
        File = file;
        Line = line;
        Column = column;
        Path = path;
        Message = message;
    }

    /// <summary>The file's path relative to the rule set, with forward slashes; for what an overlay wrote, the overlay's name.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when the problem concerns the whole file.</summary>
    public int Column { get; }

    /// <summary>The JSON path, such as <c>$.criteria[5].parts[0].scale.bands[1].points</c>.</summary>
    public string Path { get; }

    private readonly string _vietnamese;

    /// <summary>What is wrong and how to fix it, in English.</summary>
    public string Message { get; }

    /// <summary>What is wrong and how to fix it, in the language given.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) => language == Language.En ? Message : _vietnamese;

    /// <summary>The same problem at another place (an overlay's rewritten file traced back to where it was written).</summary>
    internal RuleProblem At(string file, int line, int column) => new(file, line, column, Path, Message, _vietnamese);

    /// <summary>The same problem with its file named from a folder above the rule set's (<c>commune-2026/criteria/area-3.json</c>, in a folder of dated sets).</summary>
    /// <param name="file">The file's name as the reader should see it.</param>
    /// <returns>The problem at the same line and column of that file.</returns>
    public RuleProblem WithFile(string file) => At(file, Line, Column);

    /// <summary>Formats the problem as <c>file(line,col): path: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => ToString(Language.En);

    /// <summary>Formats the problem as <c>file(line,col): path: message</c> with the message in a language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The formatted problem.</returns>
    public string ToString(Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {Path}: {MessageIn(language)}");
}

/// <summary>Thrown when a rule set has one or more problems; it lists them all.</summary>
/// <remarks>A rule set with any problem is never loaded, not even in part.</remarks>
#pragma warning disable CA1032 // Only the loader throws it, and always with the problems it found: an exception without them would say nothing.
public sealed class RuleSetLoadException : Exception
#pragma warning restore CA1032
{
    /// <summary>Creates the exception for a rule set and its problems.</summary>
    /// <param name="origin">The rule set's folder or name.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    internal RuleSetLoadException(string origin, IReadOnlyList<RuleProblem> problems)
        : base(FormatMessage(origin, problems))
    {
        Origin = origin;
        Problems = problems;
    }

    /// <summary>The rule set's folder or name.</summary>
    public string Origin { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    private static string FormatMessage(string origin, IReadOnlyList<RuleProblem> problems)
    {
        var noun = problems.Count == 1 ? "problem" : "problems";
        var lines = problems.Select(p => "  " + p);
        return string.Create(CultureInfo.InvariantCulture, $"Rule set '{origin}' has {problems.Count} {noun}:")
            + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}

/// <summary>One rule file given as text, for loading a rule set from streams or embedded resources.</summary>
/// <param name="Path">The file's path within the rule set: <c>ruleset.json</c>, <c>indicators.json</c> or <c>criteria/NAME.json</c>.</param>
/// <param name="Text">The file's content.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleFile(string Path, string Text)
{
    /// <summary>For a file an overlay rewrote: where each position of <see cref="Text"/> was written, in the base file or in the overlay.</summary>
    internal IReadOnlyDictionary<(int Line, int Column), SourcePosition>? Origins { get; init; }
}
