using System.CommandLine;
using System.Globalization;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex whatif</c>: change some of a unit's figures and see its new points, total, classification and rank, everyone else unchanged.</summary>
internal static class WhatIfCommand
{
    public static Command Create(CommandContext context)
    {
        var unit = new Argument<string>("UNIT") { Description = Words.Say("Mã đơn vị, như dao-xa.", "The unit's id, such as dao-xa.") };
        var inputs = CommandContext.InputArgument();
        var set = new Option<string[]>("--set")
        {
            Description = Words.Say(
                "Số liệu thay đổi, dạng chỉ_tiêu=giá_trị (số viết kiểu nào cũng được như trong tệp số liệu, hoặc có/không); có thể lặp lại.",
                "A changed figure, as key=value (a number written either way, as the inputs are, or yes/no); may be repeated."),
            HelpName = "KEY=VALUE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var command = new Command("whatif", CommandContext.Describe(
            "Nếu một đơn vị có số liệu khác thì sao: điểm mới của các tiêu chí thay đổi, tổng điểm, xếp loại và thứ hạng trong đợt chấm, các đơn vị khác giữ nguyên.",
            "What if a unit's figures were different: the changed criteria's new points, the total, classification and rank in the batch, everyone else unchanged.",
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
                throw new UsageException(Words.Say($"--set '{pair}' cần dạng chỉ_tiêu=giá_trị, như dossiersResolvedOnTime=1259.", $"--set '{pair}' needs the form key=value, such as dossiersResolvedOnTime=1259."));
            }

            if (changes.ContainsKey(key))
            {
                // The last of two values used to win without a word: which figure the analyst meant is theirs to say.
                throw new UsageException(Words.Say(
                    $"--set {key} được cho hai lần; hãy giữ một giá trị.",
                    $"--set {key} is given twice; keep one value."));
            }

            if (!ruleSet.IndicatorsByKey.TryGetValue(key, out var indicator))
            {
                throw new UsageException(Words.Say(
                    $"'{key}' không phải chỉ tiêu của '{ruleSet.Id}'" + DidYouMean.SuffixVi(key, keys),
                    $"'{key}' is not an indicator of '{ruleSet.Id}'" + DidYouMean.Suffix(key, keys)));
            }

            IndicatorValue? value = indicator.Type == IndicatorType.Boolean
                ? Texts.ReadYesNo(text, marks: true) is { } yes ? yes : null
                : NumberText.ReadAlone(text) is ({ } number, _) && number >= 0m && (indicator.Type != IndicatorType.Count || number == decimal.Truncate(number)) ? number : null;
            if (value is null && indicator.Type != IndicatorType.Boolean && NumberText.Classify(text) == NumberStyle.Ambiguous)
            {
                // The inputs' own rule: 1.259 is 1259 written the Vietnamese way and 1.259 the English way; never guessed.
                throw new UsageException(Words.Say(
                    $"--set {key}: '{text}' đọc được hai cách (hàng nghìn hoặc thập phân); hãy viết không có dấu phân cách hàng nghìn, như 1259 hoặc 1259,5.",
                    $"--set {key}: '{text}' reads two ways (thousands or decimals); write it without a thousands separator, such as 1259 or 1259.5."));
            }

            changes[key] = value ?? throw new UsageException(Words.Say(
                indicator.Type == IndicatorType.Boolean ? $"--set {key}: '{text}' không phải có/không." : $"--set {key}: '{text}' không phải một số không âm.",
                indicator.Type == IndicatorType.Boolean ? $"--set {key}: '{text}' is not yes or no." : $"--set {key}: '{text}' is not {(indicator.Type == IndicatorType.Count ? "a whole number" : "a number")} of 0 or more."));
        }

        return changes;
    }

    private static void Write(WhatIfResult result, IndicatorSnapshot snapshot, Dictionary<string, IndicatorValue> changes, int units, TextWriter output, bool english)
    {
        string N(decimal v) => Text.Number(v, english);
        string Value(IndicatorValue? v) => v is { Kind: IndicatorValueKind.Boolean } b ? Texts.YesNo(b.Number == 1m, Text.Lang(english)) : v is { } n ? Texts.Grouped(n.Number, Text.Lang(english)) : english ? "(absent)" : "(không có)";
        var (before, after) = (result.Before, result.After);
        output.WriteLine($"{Text.Visible(before.UnitName)} ({Text.Visible(before.UnitId)}), {(english ? "if" : "nếu")} " + string.Join(", ", changes.Select(c =>
            $"{c.Key} = {Value(c.Value)} ({(english ? "was" : "trước")} {Value(snapshot.Indicators.TryGetValue(c.Key, out var old) ? old : null)})")) + ":");
        var changed = before.Criteria.Zip(after.Criteria).Where(p => p.First.Points != p.Second.Points || p.First.Status != p.Second.Status).ToList();
        if (changed.Count == 0)
        {
            output.WriteLine(english ? "   no criterion changes" : "   không tiêu chí nào thay đổi");
        }

        foreach (var (was, now) in changed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {was.Id,-7} {ScoreReport.StatusLabel(was.Status, english)} {N(was.Points)} → {ScoreReport.StatusLabel(now.Status, english)} {N(now.Points)} ({Text.PointsChange(now.Points - was.Points, english)})"));
        }

        output.WriteLine(english
            ? $"   total {N(before.Total)} → {N(after.Total)}; {before.Classification} → {after.Classification}; rank {result.RankBefore} → {result.RankAfter} of {units}; targets {Texts.YesNo(before.MeetsTargets, Language.En)} → {Texts.YesNo(after.MeetsTargets, Language.En)}"
            : $"   tổng điểm {N(before.Total)} → {N(after.Total)}; xếp loại {before.Classification} → {after.Classification}; hạng {result.RankBefore} → {result.RankAfter}/{units}; đạt mục tiêu: {Texts.YesNo(before.MeetsTargets, Language.Vi)} → {Texts.YesNo(after.MeetsTargets, Language.Vi)}");
    }
}
