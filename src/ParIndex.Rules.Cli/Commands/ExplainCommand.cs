using System.CommandLine;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit, criterion by criterion.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommandContext context)
    {
        var unit = new Argument<string>("UNIT")
        {
            Description = Words.Say("Mã đơn vị, như dao-xa; với --output-dir, '*' là mọi đơn vị.", "The unit's id, such as dao-xa; with --output-dir, '*' is every unit."),
        };
        var outputDir = CommandContext.OutputDirOption("Ghi phần giải trình của mỗi đơn vị thành một tệp riêng trong thư mục này.", "Write each unit's explanation to a file of its own in this folder.");
        var format = CommandContext.UnitFileFormatOption();
        var inputs = CommandContext.InputArgument();
        var command = new Command("explain", CommandContext.Describe(
            "Hiện, cho một đơn vị, từng tiêu chí: số liệu, tỷ lệ tính được, yêu cầu, mức đạt, điểm, điểm trừ và gợi ý.",
            "Show, for one unit, every criterion's values, the rate as computed, the requirement, the band reached, points, deduction and hint.",
            "parindex explain dao-xa", "parindex explain tan-duc district.csv --lang en"))
        {
            unit, inputs, context.Rules, context.Overlay, context.AsOf, context.Deadline, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge, outputDir, format, context.Lang,
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
            if (parse.GetValue(outputDir) is { } folder)
            {
                var scorer = Scorer.Compile(ruleSet);
                var chosen = id == "*" ? batch.Snapshots : [.. batch.Snapshots.Where(s => s.Id == id)];
                if (chosen.Count == 0)
                {
                    throw context.NoSuchUnit(id, batch.Snapshots.Select(s => s.Id), batch);
                }

                var written = UnitFiles.Write(folder, scorer.ScoreMany(chosen), parse.GetValue(format)!, (card, writer) => UnitFiles.Explain(ruleSet, card, parse.GetValue(format)!, writer, Words.English));
                context.Output.WriteLine(Words.Say(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Đã ghi {written} tệp giải trình vào {folder}."),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Wrote {written} explanation files to {folder}.")));
                return context.ReportProblems(batch);
            }

            var snapshot = batch.Snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw context.NoSuchUnit(id, batch.Snapshots.Select(s => s.Id), batch);
            var card = Scorer.Compile(ruleSet).Score(snapshot);
            ExplainReport.Write(ruleSet, card, context.Output, Words.English);

            // Only this unit's problems: the others were not asked about.
            return context.ReportProblems(batch.Errors.Where(e => e.UnitId == id), []);
        });
        return command;
    }
}
