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
        if (ParIndex.Rules.Reports.UnitTexts.MakeUp(card, Text.Lang(english)) is { } makeUp)
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
                // Titles and the scale in words run long: wrapped at 100 under the part's prefix, as the hint is.
                var indent = new string(' ', prefix.Length);
                Wrapped(output, prefix, indent, ParIndex.Rules.Reports.UnitTexts.Figures(ruleSet, part, partResult, Text.Lang(english)));
                Wrapped(output, indent, indent, string.Create(CultureInfo.InvariantCulture,
                    $"{(english ? "requirement" : "yêu cầu")} {ParIndex.Rules.Reports.RuleTexts.Requirement(part, Text.Lang(english))}; {ParIndex.Rules.Reports.RuleTexts.Scale(part, Text.Lang(english))}{Band(part, partResult, english)}; {ScoreReport.StatusLabel(partResult.Status, english)} {Text.Number(partResult.Points, english)}/{Text.Number(partResult.MaxPoints, english)}"));
                if (ParIndex.Rules.Reports.UnitTexts.Recovery(partResult, Text.Lang(english)) is { } recovery)
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
                    $"   {(english ? "claimed" : "tự chấm")} {Text.Number(claim.Points, english)}, {(english ? "discrepancy" : "chênh lệch")} {Text.PointsChange(result.Discrepancy!.Value, english)}{(result.OverClaimed ? (english ? ", over-claimed" : ", tự chấm cao hơn") : string.Empty)}{(result.EvidenceMissing ? (english ? ", evidence missing" : ", thiếu tài liệu kiểm chứng") : string.Empty)}"));
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

    private static void Wrapped(TextWriter output, string first, string indent, string text)
    {
        var lines = Text.Wrap(text, 100 - indent.Length, string.Empty).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            output.WriteLine((i == 0 ? first : indent) + lines[i]);
        }
    }

    private static string Unit(PartDefinition part) => part.Value.Kind == ValueKind.Rate ? "%" : string.Empty;


    private static string Band(PartDefinition part, PartResult result, bool english)
    {
        if (part.Scale.Kind != ScaleKind.Step || result.Value is not { } value || result.Status is not (CriterionStatus.Pass or CriterionStatus.Fail))
        {
            return string.Empty;
        }

        var band = part.Scale.Bands.FirstOrDefault(b => value >= b.Min);
        return band is null
            ? english ? " (below every band)" : " (dưới mọi mức)"
            : english ? $" (the band from {Text.Number(band.Min, true)}{Unit(part)})" : $" (mức từ {Text.Number(band.Min, false)}{Unit(part)})";
    }
}
