using System.Globalization;

namespace ParIndex.Rules;

/// <summary>One problem found in a rule set: where it is and how to fix it.</summary>
/// <param name="File">The file's path relative to the rule set, with forward slashes.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column, or 0 when the problem concerns the whole file.</param>
/// <param name="Path">The JSON path, such as <c>$.criteria[5].parts[0].scale.bands[1].points</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleProblem(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>Formats the problem as <c>file(line,col): path: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {Path}: {Message}");
}

/// <summary>Thrown when a rule set has one or more problems; it lists them all.</summary>
/// <remarks>A rule set with any problem is never loaded, not even in part.</remarks>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception for a rule set and its problems.</summary>
    /// <param name="origin">The rule set's folder or name.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public RuleSetLoadException(string origin, IReadOnlyList<RuleProblem> problems)
        : base(FormatMessage(origin, problems))
    {
        Origin = origin;
        Problems = problems;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public RuleSetLoadException()
        : this("(unknown)", [])
    {
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public RuleSetLoadException(string message)
        : base(message)
    {
        Origin = "(unknown)";
        Problems = [];
    }

    /// <summary>Creates the exception with a message of its own and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Origin = "(unknown)";
        Problems = [];
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
public sealed record RuleFile(string Path, string Text);
