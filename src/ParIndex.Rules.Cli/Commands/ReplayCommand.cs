using System.CommandLine;
using System.Globalization;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Cli.Commands;

/// <summary>
/// <c>parindex replay [RUN]</c>: scores stored runs again from their stored inputs under their stored rule set and
/// proves every result equal (exit 4 on any difference); with <c>--rules</c>, what the same inputs give under another set.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CommandContext context)
    {
        var store = new StoreOptions();
        var run = new Argument<long?>("RUN") { Description = Words.Tell("cli.the-run-s-number-default-every"), Arity = ArgumentArity.ZeroOrOne };
        var rules = new Option<string?>("--rules")
        {
            Description = Words.Tell("cli.score-again-under-another-rule-set"),
            HelpName = "DIR|XLSX|ID",
        };
        var command = new Command("replay", CommandContext.Describe("cli.score-recorded-runs-again-from-the",
            "parindex replay", "parindex replay 3 --db tinh/parindex.db", "parindex replay 3 --rules tinh/commune-2026"))
        {
            run, store.Db, rules, context.Lang,
        };
        command.SetAction(parse =>
        {
            using var opened = store.OpenExisting(parse);
            var under = parse.GetValue(rules) is { } path ? Inputs.LoadRules(path, null, context.Error) : null;
            if (parse.GetValue(rules) is not null && under is null)
            {
                return ExitCodes.RuleProblems;
            }

            var runs = parse.GetValue(run) is { } one ? [opened.Run(one) ?? throw new UsageException(Words.Tell("cli.the-store-has-no-run", one))] : opened.Runs();
            var differs = false;
            foreach (var stored in runs)
            {
                ReplayReport report;
                try
                {
                    report = opened.Replay(stored.Run, under);
                }
                catch (StoreException e)
                {
                    context.Output.WriteLine(Words.Tell("cli.run-numbered", stored.Run) + e.MessageIn(Words.Language));
                    differs = true;
                    continue;
                }

                Write(context.Output, report, under is not null);
                differs |= !report.Equal && under is null;
            }

            return differs ? ExitCodes.ReplayDiffers : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, ReplayReport report, bool impact)
    {
        var run = report.Run;
        var set = $"{report.RuleSetId} {report.RuleSetVersion} ({report.RuleSetHash[..12]})";
        if (report.Equal)
        {
            output.WriteLine(Words.Tell("cli.run-units-scored-again-under-every", run.Run, run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), run.Units, set));
            return;
        }

        output.WriteLine(impact
            ? Words.Tell("cli.run-under-values-differ-from-the", run.Run, set, report.Differences.Count)
            : Words.Tell("cli.run-scored-again-under-values-do", run.Run, set, report.Differences.Count));
        foreach (var difference in report.Differences)
        {
            output.WriteLine(Words.Tell("cli.recorded-scored-again", Text.Visible(difference.UnitId), difference.Field, difference.Recorded, difference.Replayed));
        }
    }
}
