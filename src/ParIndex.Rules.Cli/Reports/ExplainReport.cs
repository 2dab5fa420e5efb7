using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>One unit's scoring laid open: for every criterion, the values, the rate, the requirement, the band, the points and the hint.</summary>
internal static class ExplainReport
{
    public static void Write(RuleSet ruleSet, Scorecard card, TextWriter output, bool english)
    {
        output.WriteLine(english
            ? $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}) under {ruleSet.Id} {ruleSet.Version}: {Text.Number(card.Total, true)}/{Text.Number(card.MaxTotal, true)}, {card.Classification}, SIPAS {(card.Sipas is { } s ? Text.Fixed2(s, true) + "%" : "missing")}"
            : $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}) theo {ruleSet.Id} {ruleSet.Version}: {Text.Number(card.Total, false)}/{Text.Number(card.MaxTotal, false)} điểm, {card.Classification}, SIPAS {(card.Sipas is { } s2 ? Text.Fixed2(s2, false) + "%" : "thiếu")}");
        if (TableReport.MakeUp(card, english) is { } makeUp)
        {
            output.WriteLine(makeUp);
        }
        foreach (var (criterion, result) in ruleSet.Criteria.Zip(card.Criteria))
        {
            output.WriteLine();
            output.WriteLine($"{criterion.Id} {criterion.Title.In(Text.Lang(english))}");
            // An excluded criterion is 0 of 0; a penalty criterion's points are what it deducted, up to its maximum.
            output.WriteLine(result.Excluded
                ? $"   {ScoreReport.StatusLabel(result.Status, english)}: 0/0"
                : result.Deducts
                    ? $"   {ScoreReport.StatusLabel(result.Status, english)}: {(english ? "deducted" : "bị trừ")} {Text.Number(result.Points, english)} ({(english ? "at most" : "tối đa")} {Text.Number(result.MaxPoints, english)})"
                    : $"   {ScoreReport.StatusLabel(result.Status, english)}: {Text.Number(result.Points, english)}/{Text.Number(result.MaxPoints, english)}, {(english ? "deduction" : "bị trừ")} {Text.Number(result.Deduction, english)}");
            for (var p = 0; p < criterion.Parts.Count; p++)
            {
                var part = criterion.Parts[p];
                var partResult = result.Parts[p];
                var prefix = criterion.Parts.Count > 1 ? $"   ({part.Id}) " : "   ";
                output.WriteLine(prefix + Value(part, partResult, english));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{new string(' ', prefix.Length)}{(english ? "requirement" : "yêu cầu")} {part.Requirement.Symbol} {Text.Number(part.Requirement.Threshold, english)}{Unit(part)}; {Scale(part, english)}{Band(part, partResult, english)}; {ScoreReport.StatusLabel(partResult.Status, english)} {Text.Number(partResult.Points, english)}/{Text.Number(partResult.MaxPoints, english)}"));
                if (Recovery(partResult, english) is { } recovery)
                {
                    output.WriteLine($"{new string(' ', prefix.Length)}{recovery}");
                }

                // The problem is in English; in Vietnamese the hint says it, in the unit's own words.
                if (partResult.Problem is { } problem && (english || result.Hint is null && !result.Excluded))
                {
                    output.WriteLine($"{new string(' ', prefix.Length)}{problem}");
                }
            }

            foreach (var round in result.Appraisal.OrderBy(r => r.Round))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {(english ? "appraisal round" : "thẩm định vòng")} {round.Round}: {Text.Number(round.Points, english)} {(english ? "points" : "điểm")}, {Text.Visible(round.Reason)}{(round.By is { } by ? $" ({Text.Visible(by)})" : string.Empty)}"));
            }

            if (result.Excluded)
            {
                output.WriteLine(english
                    ? "   excluded for this unit: left out of the applicable maximum; the base is rescaled"
                    : "   loại trừ với đơn vị này: không tính vào điểm tối đa áp dụng; điểm cơ bản được quy đổi");
            }

            if (result.Provisional)
            {
                output.WriteLine(english ? "   judged criterion: the points are the unit's claim, provisional until appraised" : "   tiêu chí thẩm định: điểm tạm tính theo điểm tự chấm, chờ thẩm định");
            }

            if ((result.Appraisal.Count > 0 || result.Excluded) && result.ComputedStatus is { } computedStatus)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {(english ? "the figures alone give" : "riêng số liệu cho")} {ScoreReport.StatusLabel(computedStatus, english)} {Text.Number(result.ComputedPoints!.Value, english)}"));
            }

            if (result.Claim is { } claim)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {(english ? "claimed" : "tự chấm")} {Text.Number(claim.Points, english)}, {(english ? "discrepancy" : "chênh lệch")} {Text.Signed(result.Discrepancy!.Value, english)}{(result.OverClaimed ? (english ? ", over-claimed" : ", tự chấm cao hơn") : string.Empty)}{(result.EvidenceMissing ? (english ? ", evidence missing" : ", thiếu tài liệu kiểm chứng") : string.Empty)}"));
            }

            if (result.Hint is { } hint)
            {
                foreach (var line in Text.Wrap((english ? "Hint: " : "Gợi ý: ") + hint.In(Text.Lang(english)), 100, "   "))
                {
                    output.WriteLine(line);
                }
            }
        }
    }

    /// <summary>What it takes for a part short of full points: the events that meet the requirement and earn full points.</summary>
    public static string? Recovery(PartResult part, bool english)
    {
        if (part.Needed is not { } needed || part.NeededFull is not { } full || full == 0m)
        {
            return null;
        }

        string N(decimal v) => Text.Number(v, english);
        return english
            ? needed == full ? $"{N(needed)} more events would meet the requirement and earn full points" : $"{N(needed)} more events would meet the requirement, {N(full)} would earn full points"
            : needed == full ? $"cần thêm {N(needed)} để đạt yêu cầu và đạt điểm tối đa" : $"cần thêm {N(needed)} để đạt yêu cầu, {N(full)} để đạt điểm tối đa";
    }

    private static string Unit(PartDefinition part) => part.Value.Kind == ValueKind.Rate ? "%" : string.Empty;

    private static string Value(PartDefinition part, PartResult result, bool english)
    {
        string Input(int i) => $"{part.Value.Inputs[i]} = {(result.Inputs[i].Value is { } v ? v.ToString() : english ? "(absent)" : "(không có)")}";
        var computed = result.Value is { } value
            ? (part.Value.Kind == ValueKind.Rate ? Text.Fixed2(value, english) + "%" : Text.Number(value, english))
            : "—";
        return part.Value.Kind switch
        {
            ValueKind.Rate => $"{(english ? "rate" : "tỷ lệ")} {Input(0)} / {Input(1)} → {computed}",
            ValueKind.Difference => $"{(english ? "difference" : "hiệu")} {Input(0)} − {Input(1)} → {computed}",
            _ => $"{Input(0)} → {computed}",
        };
    }

    private static string Scale(PartDefinition part, bool english)
    {
        var scale = part.Scale;
        return scale.Kind switch
        {
            ScaleKind.Binary => scale.Threshold is { } t ? $"binary {Text.Number(t, english)}" : "binary (yes)",
            ScaleKind.Step => "step " + string.Join(", ", scale.Bands.Select(b => $"{Text.Number(b.Min, english)}→{Text.Number(b.Points, english)}")),
            ScaleKind.Proportional => $"proportional {Text.Number(scale.Threshold!.Value, english)}" + (scale.ZeroBelow is { } z ? $", 0 below {Text.Number(z, english)}" : string.Empty),
            ScaleKind.PerEvent => $"perEvent {Text.Number(scale.PointsPerEvent!.Value, english)} {(english ? "per event" : "mỗi lần")}, {(english ? "at most" : "tối đa")} {Text.Number(part.MaxPoints, english)}",
            _ => $"penalty {Text.Number(scale.PointsPerEvent!.Value, english)} {(english ? "per event" : "mỗi lần")}",
        };
    }

    private static string Band(PartDefinition part, PartResult result, bool english)
    {
        if (part.Scale.Kind != ScaleKind.Step || result.Value is not { } value || result.Status is not (CriterionStatus.Pass or CriterionStatus.Fail))
        {
            return string.Empty;
        }

        var band = part.Scale.Bands.FirstOrDefault(b => value >= b.Min);
        return band is null
            ? english ? " (below every band)" : " (dưới mọi mức)"
            : english ? $" (band ≥ {Text.Number(band.Min, true)})" : $" (mức ≥ {Text.Number(band.Min, false)})";
    }
}
