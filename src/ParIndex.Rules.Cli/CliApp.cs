using System.CommandLine;
using System.Reflection;
using ParIndex.Rules.Cli.Commands;

namespace ParIndex.Rules.Cli;

/// <summary>The <c>parindex</c> command tree. Every command writes to the writers it is given, so tests run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal = false)
    {
        var context = new CommandContext(output, error, isTerminal);
        var root = new RootCommand("""
            parindex: score communes on the PAR Index and SIPAS from declarative rule files; validate and test rule sets.
            Exit codes: 0 success; 1 rule-set problems or failing cases; 2 a usage error (a bad argument, a missing input,
            an output that cannot be written); 3 input problems (the good units are still scored and written).
            """)
        {
            ScoreCommand.Create(context),
            ValidateCommand.Create(context),
            TestCommand.Create(context),
            ExplainCommand.Create(context),
            PlanCommand.Create(context),
            TemplateCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            // A mistyped command: say the one that was meant.
            if (args is [var first, ..] && !first.StartsWith('-') && !root.Subcommands.Any(c => c.Name == first)
                && DidYouMean.Closest(first, root.Subcommands.Select(c => c.Name)) is { } command)
            {
                error.WriteLine($"Did you mean 'parindex {command}'?");
            }

            error.WriteLine("Run 'parindex --help' or 'parindex COMMAND --help' for usage.");
            return ExitCodes.Usage;
        }

        // An option the command does not have would otherwise be taken for an input file (score --fromat csv).
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var unknown = parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(a => a.Tokens)
            .FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1]));
        if (unknown is not null)
        {
            error.WriteLine($"Unknown option '{unknown.Value}' for 'parindex {parsed.CommandResult.Command.Name}'" + DidYouMean.Suffix(unknown.Value, options));
            error.WriteLine($"Run 'parindex {parsed.CommandResult.Command.Name} --help' for its options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
