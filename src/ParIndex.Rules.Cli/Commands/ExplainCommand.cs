using System.CommandLine;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit, criterion by criterion.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommandContext context)
    {
        var unit = new Argument<string>("UNIT") { Description = Words.Say("Mã đơn vị, như dao-xa.", "The unit's id, such as dao-xa.") };
        var inputs = CommandContext.InputArgument();
        var command = new Command("explain", CommandContext.Describe(
            "Hiện, cho một đơn vị, từng tiêu chí: số liệu, tỷ lệ tính được, yêu cầu, mức đạt, điểm, điểm trừ và gợi ý.",
            "Show, for one unit, every criterion's values, the rate as computed, the requirement, the band reached, points, deduction and hint.",
            "parindex explain dao-xa", "parindex explain tan-duc district.csv --lang en"))
        {
            unit, inputs, context.Rules, context.Overlay, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var batch = context.ReadUnits(parse, parse.GetValue(inputs), ruleSet);
            var id = parse.GetValue(unit)!;
            var snapshot = batch.Snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw context.NoSuchUnit(id, batch.Snapshots.Select(s => s.Id), batch);
            var card = Scorer.Compile(ruleSet).Score(snapshot);
            ExplainReport.Write(ruleSet, card, context.Output, Words.English);

            // Only this unit's problems: the others were not asked about.
            return context.ReportProblems(new SnapshotBatch(batch.Period, batch.Snapshots, batch.Errors.Where(e => e.UnitId == id).ToList(), []));
        });
        return command;
    }
}
