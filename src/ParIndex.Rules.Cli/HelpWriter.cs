using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ParIndex.Rules.Cli;

/// <summary>
/// The help of a command, written from the command tree in the run's language. The command-line library's own help
/// is English, and its writer is not public to change: rather than rewrite its text afterwards, the tool writes its
/// own from the same tree (description, usage, arguments, options with their values and defaults, commands).
/// </summary>
internal sealed class HelpWriter(TextWriter output) : SynchronousCommandLineAction
{
    /// <summary>Where a line's second column starts at most; a longer first column moves the text to its own lines.</summary>
    private const int FirstColumn = 34;

    private const int Width = 110;

    /// <summary>Puts the writer in place of the library's help on every command.</summary>
    public static void Install(RootCommand root, TextWriter output)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWriter(output);
            help.Description = Words.Tell("cli.show-help-and-usage");
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = Words.Tell("cli.show-the-version");
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        // The command's whole path, so a subcommand reads 'parindex rules export'.
        var names = new List<string>();
        for (var at = parseResult.CommandResult; at is not null && at.Command != parseResult.RootCommandResult.Command; at = at.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, at.Command.Name);
        }

        var path = string.Join(' ', names.Prepend("parindex"));
        output.WriteLine(Words.Tell("cli.description"));
        foreach (var line in (command.Description ?? string.Empty).Split('\n'))
        {
            output.WriteLine("  " + line.TrimEnd('\r'));
        }

        output.WriteLine();
        output.WriteLine(Words.Tell("cli.usage"));
        output.WriteLine("  " + path + string.Concat(command.Arguments.Select(a => " " + Usage(a)))
            + (command.Subcommands.Count > 0 ? Words.Tell("cli.command") : string.Empty) + Words.Tell("cli.options-placeholder"));
        Section(Words.Tell("cli.arguments"), command.Arguments.Where(a => !a.Hidden).Select(a => (Usage(a).Trim('[', ']', '.'), a.Description ?? string.Empty)));
        var options = command.Options.Concat(parseResult.RootCommandResult.Command.Options.Where(o => o.Recursive && !command.Options.Contains(o)));
        Section(Words.Tell("cli.options-heading"), options.Where(o => !o.Hidden).Select(o => (Label(o), Describe(o))));
        Section(Words.Tell("cli.commands"), command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (c.Name + string.Concat(c.Arguments.Select(a => " " + Usage(a))), (c.Description ?? string.Empty).Split('\n')[0].TrimEnd('\r'))));
        return 0;
    }

    private void Section(string heading, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        var column = Math.Min(FirstColumn, list.Max(r => r.Label.Length) + 4);
        foreach (var (label, text) in list)
        {
            var lines = Text.Wrap(text, Width - column, string.Empty).DefaultIfEmpty(string.Empty).ToList();
            var first = "  " + label;
            if (first.Length + 2 > column)
            {
                output.WriteLine(first);
                first = string.Empty;
            }

            output.WriteLine(first.PadRight(column) + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', column) + line);
            }
        }
    }

    private static string Usage(Argument argument)
    {
        var name = $"<{argument.HelpName ?? argument.Name}>";
        return argument.Arity.MaximumNumberOfValues > 1
            ? argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}...]" : $"{name}..."
            : argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    /// <summary>An option's names, short ones first, and what its value looks like: its name, or the values it takes.</summary>
    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length > 2 ? 1 : 0).ThenBy(n => n, StringComparer.Ordinal));
        if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0)
        {
            return names;
        }

        return names + " <" + (option.HelpName ?? string.Join('|', Allowed(option))) + ">";
    }

    private static string Describe(Option option)
    {
        var text = option.Description ?? string.Empty;
        return option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value && value.ToString() is { Length: > 0 } shown
            ? text + Words.Tell("cli.default", shown)
            : text;
    }

    /// <summary>The values an option accepts when it names them, as its completions do.</summary>
    public static IReadOnlyList<string> Allowed(Option option) =>
        [.. option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).Order(StringComparer.Ordinal)];
}
