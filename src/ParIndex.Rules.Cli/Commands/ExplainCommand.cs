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
            Description = Words.Tell("cli.unit-id-argument-or-every"),
        };
        var outputDir = CommandContext.OutputDirOption("cli.write-each-unit-s-explanation-to");
        var format = CommandContext.UnitFileFormatOption();
        var inputs = CommandContext.InputArgument();
        var command = new Command("explain", CommandContext.Describe("cli.show-for-one-unit-every-criterion",
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
                context.Output.WriteLine(Words.Tell("cli.wrote-explanation-files-to", written, folder));
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
