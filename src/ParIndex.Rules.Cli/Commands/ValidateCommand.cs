using System.CommandLine;
using System.Globalization;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex validate</c>: every problem of a rule set, each with its place.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", CommandContext.Describe(
            "Liệt kê mọi lỗi của một bộ quy tắc dạng tệp(dòng,cột): đường dẫn: thông báo.",
            "List every problem of a rule set as file(line,col): path: message.",
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
                ? Words.Say($"{rules}: không có lỗi.", $"{rules}: no problems.")
                : string.Create(CultureInfo.InvariantCulture, $"{rules}: {problems.Count} {Words.Say("lỗi", "problem(s)")}."));
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.RuleProblems;
        });
        return command;
    }
}
