using System.CommandLine;
using System.Globalization;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex whatif</c>: change some of a unit's figures and see its new points, total, classification and rank, everyone else unchanged.</summary>
internal static class WhatIfCommand
{
    public static Command Create(CommandContext context)
    {
        var unit = new Argument<string>("UNIT") { Description = Words.Tell("cli.unit-id-argument") };
        var inputs = CommandContext.InputArgument();
        var set = new Option<string[]>("--set")
        {
            Description = Words.Tell("cli.a-changed-figure-as-key-value"),
            HelpName = "KEY=VALUE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var command = new Command("whatif", CommandContext.Describe("cli.what-if-a-unit-s-figures",
            "parindex whatif dao-xa --set dossiersResolvedOnTime=1259", "parindex whatif tan-duc district.csv --set trainingCompleted=41 --set publicAssetInspectionDone=có"))
        {
            unit, inputs, set, context.Rules, context.Overlay, context.AsOf, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var changes = Changes(parse.GetValue(set) ?? [], ruleSet);
            var batch = context.ReadUnits(parse, parse.GetValue(inputs), ruleSet);
            var id = parse.GetValue(unit)!;
            var snapshot = batch.Snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw context.NoSuchUnit(id, batch.Snapshots.Select(s => s.Id), batch);
            var scorer = Scorer.Compile(ruleSet);
            var result = Recovery.WhatIf(scorer, scorer.ScoreMany(batch.Snapshots), snapshot, changes);
            Write(result, snapshot, changes, batch.Snapshots.Count, context.Output, Words.English);
            return context.ReportProblems(batch.Errors.Where(e => e.UnitId == id), []);
        });
        return command;
    }

    /// <summary>Reads key=value pairs: a key of the catalogue (did-you-mean otherwise), a number written with a decimal point, or a yes/no.</summary>
    private static Dictionary<string, IndicatorValue> Changes(string[] pairs, RuleSet ruleSet)
    {
        var changes = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        var keys = ruleSet.Indicators.Select(i => i.Key).ToList();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair[..equals].Trim() : pair.Trim();
            var text = equals > 0 ? pair[(equals + 1)..].Trim() : string.Empty;
            if (equals <= 0)
            {
                throw new UsageException(Words.Tell("cli.set-needs-the-form-key-value", pair));
            }

            if (changes.ContainsKey(key))
            {
                // The last of two values used to win without a word: which figure the analyst meant is theirs to say.
                throw new UsageException(Words.Tell("cli.set-is-given-twice-keep-one", key));
            }

            if (!ruleSet.IndicatorsByKey.TryGetValue(key, out var indicator))
            {
                throw new UsageException(Words.Tell("cli.is-not-an-indicator-of", key, ruleSet.Id, Words.DidYouMean(key, keys)));
            }

            IndicatorValue? value = indicator.Type == IndicatorType.Boolean
                ? Texts.ReadYesNo(text, marks: true) is { } yes ? yes : null
                : NumberText.ReadAlone(text) is ({ } number, _) && number >= 0m && (indicator.Type != IndicatorType.Count || number == decimal.Truncate(number)) ? number : null;
            if (value is null && indicator.Type != IndicatorType.Boolean && NumberText.Classify(text) == NumberStyle.Ambiguous)
            {
                // The inputs' own rule: 1.259 is 1259 written the Vietnamese way and 1.259 the English way; never guessed.
                throw new UsageException(Words.Tell("cli.set-reads-two-ways-thousands-or", key, text));
            }

            changes[key] = value ?? throw new UsageException(Words.Tell(
                indicator.Type == IndicatorType.Boolean ? "cli.set-is-not-yes-or-no" : indicator.Type == IndicatorType.Count ? "cli.set-is-not-a-whole-number" : "cli.set-is-not-a-number", key, text));
        }

        return changes;
    }

    private static void Write(WhatIfResult result, IndicatorSnapshot snapshot, Dictionary<string, IndicatorValue> changes, int units, TextWriter output, bool english)
    {
        string N(decimal v) => Text.Number(v, english);
        string Value(IndicatorValue? v) => v is { Kind: IndicatorValueKind.Boolean } b ? Texts.YesNo(b.Number == 1m, Text.Lang(english)) : v is { } n ? Texts.Grouped(n.Number, Text.Lang(english)) : Messages.Tell("cli.absent", Text.Lang(english));
        var (before, after) = (result.Before, result.After);
        output.WriteLine($"{Text.Visible(before.UnitName)} ({Text.Visible(before.UnitId)}), {Messages.Tell("cli.if", Text.Lang(english))} " + string.Join(", ", changes.Select(c =>
            $"{c.Key} = {Value(c.Value)} ({Messages.Tell("cli.was", Text.Lang(english))} {Value(snapshot.Indicators.TryGetValue(c.Key, out var old) ? old : null)})")) + ":");
        var changed = before.Criteria.Zip(after.Criteria).Where(p => p.First.Points != p.Second.Points || p.First.Status != p.Second.Status).ToList();
        if (changed.Count == 0)
        {
            output.WriteLine(Messages.Tell("cli.no-criterion-changes", Text.Lang(english)));
        }

        foreach (var (was, now) in changed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {was.Id,-7} {ScoreReport.StatusLabel(was.Status, english)} {N(was.Points)} → {ScoreReport.StatusLabel(now.Status, english)} {N(now.Points)} ({Text.PointsChange(now.Points - was.Points, english)})"));
        }

        output.WriteLine(Messages.Tell("cli.whatif-totals", Text.Lang(english), N(before.Total), N(after.Total), before.Classification, after.Classification, result.RankBefore, result.RankAfter, units,
            Texts.YesNo(before.MeetsTargets, Text.Lang(english)), Texts.YesNo(after.MeetsTargets, Text.Lang(english))));
    }
}
