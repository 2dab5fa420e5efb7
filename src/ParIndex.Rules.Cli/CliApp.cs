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
        var root = new RootCommand("parindex: score communes on the PAR Index and SIPAS from declarative rule files; validate and test rule sets.")
        {
            ScoreCommand.Create(context),
            ValidateCommand.Create(context),
            TestCommand.Create(context),
            ExplainCommand.Create(context),
            PlanCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'parindex --help' or 'parindex COMMAND --help' for usage.");
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
