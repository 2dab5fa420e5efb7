using System.CommandLine;
using System.Globalization;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex validate</c>: every problem of a rule set, each with its place.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", CommandContext.Describe("cli.list-every-problem-of-a-rule",
            "parindex validate", "parindex validate --rules rules/commune-2025", "parindex validate --overlay thai-nguyen.json"))
        {
            context.Rules, context.Overlay, context.Lang,
        };
        command.SetAction(parse =>
        {
            var rules = parse.GetValue(context.Rules)!;
            var problems = Inputs.Validate(rules, parse.GetValue(context.Overlay));
            foreach (var problem in problems)
            {
                context.Output.WriteLine(Text.Visible(problem.ToString(Words.Language)));
            }

            context.Output.WriteLine(problems.Count == 0
                ? Words.Tell("cli.no-problems", rules)
                : string.Create(CultureInfo.InvariantCulture, $"{rules}: {problems.Count} {Words.Tell("cli.problem-s")}."));
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.RuleProblems;
        });
        return command;
    }
}
