using System.CommandLine;
using System.Reflection;
using ParIndex.Rules.Cli.Commands;

namespace ParIndex.Rules.Cli;

/// <summary>The <c>parindex</c> command tree. Every command writes to the writers it is given, so tests run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal = false)
    {
        // Read before the command tree is built, so help and every message are in the run's language.
        Words.English = EnglishAsked(args);
        var context = new CommandContext(output, error, isTerminal);
        var root = new RootCommand(Words.Tell("cli.parindex-and-its-exit-codes"))
        {
            ScoreCommand.Create(context),
            ValidateCommand.Create(context),
            TestCommand.Create(context),
            ExplainCommand.Create(context),
            PlanCommand.Create(context),
            CheckCommand.Create(context),
            WhatIfCommand.Create(context),
            DiffCommand.Create(context),
            SealCommand.Create(context),
            RulesCommand.Create(context),
            HistoryCommand.Create(context),
            ReplayCommand.Create(context),
            ServeCommand.Create(context),
            DocCommand.Create(context),
            TemplateCommand.Create(context),
        };
        HelpWriter.Install(root, output);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWriter)
        {
            return ParseErrors(root, parsed, args, error);
        }

        // An option the command does not have would otherwise be taken for an input file (score --fromat csv).
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var unknown = parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(a => a.Tokens)
            .FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1]));
        if (unknown is not null)
        {
            var name = parsed.CommandResult.Command.Name;
            error.WriteLine(Words.Tell("cli.unknown-option", unknown.Value, name, Words.DidYouMean(unknown.Value, options)));
            error.WriteLine(Words.Tell("cli.run-parindex-help-for-its-options", name));
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            // A usage message can quote what was typed or read (an id, a path): shown, never obeyed.
            error.WriteLine(Text.VisibleLines(e.Message));
            return ExitCodes.Usage;
        }
    }

    /// <summary>Says what could not be parsed, in the run's language, with the command meant and a pointer to help.</summary>
    private static int ParseErrors(RootCommand root, ParseResult parsed, string[] args, TextWriter error)
    {
        foreach (var problem in UsageErrors.Describe(parsed))
        {
            error.WriteLine(problem);
        }

        if (args.Count(a => a == "--sheet" || a.StartsWith("--sheet=", StringComparison.Ordinal)) > 1)
        {
            // Two workbooks with differently named sheets: each input names its own.
            error.WriteLine(Words.Tell("cli.each-input-can-name-its-own"));
        }

        // A mistyped command: say the one that was meant.
        if (args is [var first, ..] && !first.StartsWith('-') && !root.Subcommands.Any(c => c.Name == first)
            && DidYouMean.Closest(first, root.Subcommands.Select(c => c.Name)) is { } command)
        {
            error.WriteLine(Words.Tell("cli.did-you-mean-parindex", command));
        }

        error.WriteLine(Words.Tell("cli.run-parindex-help-or-parindex-command"));
        return ExitCodes.Usage;
    }

    /// <summary>Whether <c>--lang en</c> (or <c>--lang=en</c>, <c>--lang:en</c>) is among the arguments.</summary>
    private static bool EnglishAsked(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if ((args[i] == "--lang" && i + 1 < args.Length && args[i + 1] == "en") || args[i] is "--lang=en" or "--lang:en")
            {
                return true;
            }
        }

        return false;
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
