using System.CommandLine;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex doc</c>: the rule set as the appendix table a decision prints, to check line by line against the decision.</summary>
internal static class DocCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = Words.Say("Ghi trang HTML vào tệp này thay vì màn hình; tệp .xlsx thì ghi sổ tính bộ quy tắc (như parindex rules export).",
                "Write the HTML page to this file instead of the console; a .xlsx file gets the rule set's workbook (as parindex rules export writes it)."),
            HelpName = "FILE",
        };
        var heading = new Option<string?>("--heading")
        {
            Description = Words.Say("Dòng đầu trang, trên tiêu đề, như \"Phụ lục kèm theo Quyết định số …/QĐ-UBND\".", "A line above the title, such as \"Phụ lục kèm theo Quyết định số …/QĐ-UBND\"."),
            HelpName = "TEXT",
        };
        var command = new Command("doc", CommandContext.Describe(
            "Ghi bộ quy tắc thành bảng phụ lục như quyết định in ra (HTML, in khổ A4 ngang): từng lĩnh vực, tiêu chí, yêu cầu, điểm, cách cho điểm bằng lời, chủ trì, phối hợp, thời hạn; để đối chiếu với quyết định của tỉnh.",
            "Write the rule set as the appendix table a decision prints (HTML, A4 landscape): each area and criterion, requirement, points, how points are given in words, lead, support, deadline; to check against the province's decision.",
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
