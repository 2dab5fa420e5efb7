using System.CommandLine;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex check</c>: the commune office's check before appraisal: over-claims, claims without evidence, judged criteria not yet appraised.</summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = CommandContext.InputArgument();
        var unit = new Option<string?>("--unit") { Description = Words.Tell("cli.only-this-unit"), HelpName = "ID" };
        var format = CommandContext.TableOrJson();
        var command = new Command("check", CommandContext.Describe("cli.the-check-before-appraisal-criteria-claimed",
            "parindex check", "parindex check district.json --unit dao-xa"))
        {
            inputs, context.Rules, context.Overlay, context.AsOf, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge, unit, format, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var batch = context.ReadUnits(parse, parse.GetValue(inputs), ruleSet);
            IReadOnlyList<Scorecard> cards = Scorer.Compile(ruleSet).ScoreMany(batch.Snapshots);
            if (parse.GetValue(unit) is { } id)
            {
                var all = cards;
                cards = [.. cards.Where(c => c.UnitId == id)];
                if (cards.Count == 0)
                {
                    throw context.NoSuchUnit(id, all.Select(c => c.UnitId), batch);
                }
            }

            if (parse.GetValue(format) == "json")
            {
                CheckReport.WriteJson(cards, context.Output);
            }
            else
            {
                CheckReport.Write(cards, context.Output, Words.English);
            }

            return context.ReportProblems(batch);
        });
        return command;
    }
}
