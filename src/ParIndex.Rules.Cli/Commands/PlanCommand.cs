using System.CommandLine;
using System.Globalization;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex plan</c>: each unit's remediation plan, by lead unit, biggest recovery first.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = CommandContext.InputArgument();
        var unit = new Option<string?>("--unit") { Description = Words.Say("Chỉ kế hoạch của đơn vị này.", "Only this unit's plan."), HelpName = "ID" };
        var outputDir = CommandContext.OutputDirOption("Ghi kế hoạch của mỗi đơn vị thành một tệp riêng trong thư mục này, đặt tên theo mã đơn vị.", "Write each unit's plan to a file of its own in this folder, named by the unit's id.");
        var format = CommandContext.UnitFileFormatOption();
        var target = new Option<string?>("--target")
        {
            Description = Words.Say(
                "Tổng điểm cần đạt: liệt kê ít tiêu chí nhất cần khắc phục đủ để đạt, kèm tổng điểm cộng dồn. Mặc định: mục tiêu của bộ quy tắc.",
                "The total to reach: lists the fewest criteria whose full recovery reaches it, with the running total. Default: the rule set's target."),
            HelpName = "POINTS",
        };
        var command = new Command("plan", CommandContext.Describe(
            "Chuyển điểm trừ thành kế hoạch khắc phục của từng đơn vị, nhóm theo cơ quan chủ trì, việc lấy lại nhiều điểm nhất trước.",
            "Turn deductions into each unit's remediation plan, grouped by lead unit, biggest recovery first.",
            "parindex plan", "parindex plan district.csv --as-of 2025-10-01 --unit dao-xa"))
        {
            inputs, context.Rules, context.Overlay, context.Deadline, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge, context.AsOf, unit, target, outputDir, format, context.Lang,
        };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(context.AsOf);

            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var batch = context.ReadUnits(parse, parse.GetValue(inputs), ruleSet);
            var scorer = Scorer.Compile(ruleSet);
            var cards = scorer.ScoreMany(batch.Snapshots);
            var unranked = Ranking.Unranked(cards, batch.Source);
            if (parse.GetValue(unit) is { } id)
            {
                var all = cards;
                cards = cards.Where(c => c.UnitId == id).ToList();
                if (cards.Count == 0)
                {
                    throw context.NoSuchUnit(id, all.Select(c => c.UnitId), batch);
                }
            }

            var goal = Target(parse.GetValue(target));
            GoalSeekResult? Seek(Scorecard card) => card.HasTotal ? Recovery.GoalSeek(scorer, card, goal) : null;
            if (parse.GetValue(outputDir) is { } folder)
            {
                var written = UnitFiles.Write(folder, [.. cards.Where(c => c.HasTotal)], parse.GetValue(format)!, (card, writer) => ParIndex.Rules.Reports.RemediationPlan.Write(writer, card, Seek(card), date, PlanFormatOf(parse.GetValue(format)!), Words.Language));
                context.Output.WriteLine(Words.Say(
                    string.Create(CultureInfo.InvariantCulture, $"Đã ghi {written} tệp kế hoạch vào {folder}."),
                    string.Create(CultureInfo.InvariantCulture, $"Wrote {written} plan files to {folder}.")));
            }
            else
            {
                PlanReport.Write(cards, date, context.Output, Words.English, Seek);
            }
            return context.ReportProblems(batch.Errors.Concat(unranked), batch.Warnings);
        });
        return command;
    }

    private static ParIndex.Rules.Reports.PlanFormat PlanFormatOf(string format) => format switch
    {
        "html" => ParIndex.Rules.Reports.PlanFormat.Html,
        "json" => ParIndex.Rules.Reports.PlanFormat.Json,
        _ => ParIndex.Rules.Reports.PlanFormat.Markdown,
    };

    /// <summary>
    /// The --target total, read by the inputs' number rule (a figure standing alone: 80,5 is eighty and a half, 1.259 or
    /// 1,000 could be read two ways and are refused), from 0: System.CommandLine's own reading took 80,5 for 805.
    /// </summary>
    private static decimal? Target(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return NumberText.ReadAlone(text.Trim()) is ({ } value, _) && value >= 0m
            ? value
            : throw new UsageException(Words.Say(
                $"--target '{text}' không phải tổng điểm: hãy viết một số từ 0, như 80 hoặc 80,5 (không dùng dấu phân cách hàng nghìn).",
                $"--target '{text}' is not a total: write a number from 0, such as 80 or 80.5 (no thousands separator)."));
    }
}
