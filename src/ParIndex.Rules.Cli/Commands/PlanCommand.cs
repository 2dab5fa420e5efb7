using System.CommandLine;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex plan</c>: each unit's remediation plan, by lead unit, biggest recovery first.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = CommandContext.InputArgument();
        var unit = new Option<string?>("--unit") { Description = Words.Tell("cli.only-this-unit-s-plan"), HelpName = "ID" };
        var outputDir = CommandContext.OutputDirOption("cli.write-each-unit-s-plan-to");
        var format = CommandContext.UnitFileFormatOption();
        var target = new Option<string?>("--target")
        {
            Description = Words.Tell("cli.the-total-to-reach-lists-the"),
            HelpName = "POINTS",
        };
        var command = new Command("plan", CommandContext.Describe("cli.turn-deductions-into-each-unit-s",
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
                context.Output.WriteLine(Words.Tell("cli.wrote-plan-files-to", written, folder));
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
            : throw new UsageException(Words.Tell("cli.target-is-not-a-total-write", text));
    }
}
