using System.CommandLine;
using System.CommandLine.Parsing;

namespace ParIndex.Rules.Cli;

/// <summary>
/// What could not be parsed, said in the run's language from the parse itself (which tokens were not matched, which
/// option got too many or too few values, which value is not among those allowed), never by rewriting the
/// command-line library's English text. The tool's own value parsers (<c>--top</c>, <c>--deadline</c>) already speak
/// the run's language, and their messages pass as they are.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The options whose values the tool parses itself, so their errors are already in the run's language.</summary>
    private static readonly HashSet<string> OwnParsers = ["--top", "--deadline", "--as-of"];

    public static List<string> Describe(ParseResult parsed)
    {
        var said = new List<string>();
        var command = parsed.CommandResult.Command;
        if (command == parsed.RootCommandResult.Command && command.Subcommands.Count > 0 && parsed.UnmatchedTokens.Count == 0)
        {
            said.Add(Words.Tell("cli.no-command-was-given", string.Join(", ", command.Subcommands.Select(c => c.Name))));
        }

        said.AddRange(parsed.UnmatchedTokens.Select(t => Words.Tell("cli.is-not-a-command-or-an", Text.Visible(t))));
        foreach (var option in command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)))
        {
            if (parsed.GetResult(option) is { Implicit: false } result && Option(option, result) is { } problem)
            {
                said.Add(problem);
            }
        }

        foreach (var argument in command.Arguments)
        {
            if ((parsed.GetResult(argument)?.Tokens.Count ?? 0) < argument.Arity.MinimumNumberOfValues)
            {
                said.Add(Words.Tell("cli.needs-the-argument", command.Name, argument.Name));
            }
        }

        // The tool's own parsers' words, on the value of an option they read.
        said.AddRange(parsed.Errors.Where(e => e.SymbolResult is ArgumentResult { Parent: OptionResult { Option: var option } } && OwnParsers.Contains(option.Name))
            .Select(e => e.Message).Distinct());

        // Whatever the parse refused that none of the above names: the library's words, rather than silence.
        return said.Count > 0 ? said : [.. parsed.Errors.Select(e => e.Message)];
    }

    private static string? Option(Option option, OptionResult result)
    {
        var values = result.Tokens.Select(t => t.Value).ToList();
        if (values.Count > option.Arity.MaximumNumberOfValues && option.Arity.MaximumNumberOfValues <= 1)
        {
            return Words.Tell("cli.the-option-takes-one-value-but", option.Name, values.Count);
        }

        if (values.Count < option.Arity.MinimumNumberOfValues)
        {
            return Words.Tell("cli.the-option-needs-a-value", option.Name);
        }

        var allowed = HelpWriter.Allowed(option);
        var bad = option.ValueType == typeof(bool) || allowed.Count == 0 ? null : values.FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal));
        return bad is null ? null : Words.Tell("cli.is-not-a-value-of-it", Text.Visible(bad), option.Name, string.Join(", ", allowed));
    }
}
