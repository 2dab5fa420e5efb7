using System.CommandLine;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex doc</c>: the rule set as the appendix table a decision prints, to check line by line against the decision.</summary>
internal static class DocCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = Words.Tell("cli.write-the-html-page-to-this"),
            HelpName = "FILE",
        };
        var heading = new Option<string?>("--heading")
        {
            Description = Words.Tell("cli.a-line-above-the-title-such"),
            HelpName = "TEXT",
        };
        var command = new Command("doc", CommandContext.Describe("cli.write-the-rule-set-as-the",
            "parindex doc --output bo-tieu-chi.html", "parindex doc --rules tinh/commune-2026 --heading \"Phụ lục kèm theo Quyết định số …/QĐ-UBND\" -o phu-luc.html"))
        {
            context.Rules, context.Overlay, output, heading, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            using var target = parse.GetValue(output) is { } path ? OutputFile.Open(path) : null;
            if (target is not null && parse.GetValue(output)!.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                // The rule book as a workbook is the rule set's own workbook: one layout to check against the decision and to edit.
                var refusals = Authoring.RuleSetWorkbook.Write(target.Stream, ruleSet);
                foreach (var refusal in refusals)
                {
                    context.Error.WriteLine(Text.Visible(refusal.ToString(Words.Language)));
                }

                if (refusals.Count > 0)
                {
                    return ExitCodes.RuleProblems;
                }
            }
            else
            {
                ParIndex.Rules.Reports.RuleBook.Write(target?.Writer ?? context.Output, ruleSet, Words.Language, parse.GetValue(heading));
            }

            target?.Commit();
            return ExitCodes.Success;
        });
        return command;
    }
}
