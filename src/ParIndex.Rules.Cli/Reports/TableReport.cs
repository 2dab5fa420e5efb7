using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The ranking and each unit's deductions as text for a terminal 100 columns wide.</summary>
internal static class TableReport
{
    private const int Width = 100;

    public static void Write(ScoreReport report, TextWriter output, bool english, bool byType = false, bool summary = false)
    {
        var rules = report.RuleSet;
        output.WriteLine(rules.Title.In(Text.Lang(english)));
        output.WriteLine(english
            ? $"{rules.Id} {rules.Version}, hash {rules.ContentHash[..12]}: {report.InputOrder.Count} units"
            : $"{rules.Id} {rules.Version}, mã băm {rules.ContentHash[..12]}: {report.InputOrder.Count} đơn vị");
        output.WriteLine();

        var delta = report.HasPrevious;
        var header = english
            ? $"{"Rank",4}  {Text.Fit("Unit", 18)} {"Total",6}  {Text.Fit("Class", 10)} {"SIPAS",6}  {Text.Fit("Targets", 7)}"
            : $"{"Hạng",4}  {Text.Fit("Đơn vị", 18)} {"Điểm",6}  {Text.Fit("Xếp loại", 10)} {"SIPAS",6}  {Text.Fit("Đạt MT", 7)}";
        if (delta)
        {
            header += english ? $"{"ΔPts",6} {"ΔRank",5} " : $"{"ΔĐiểm",6} {"ΔHạng",5} ";
        }

        header += english ? "Biggest deductions" : "Trừ điểm nhiều nhất";
        output.WriteLine(header);
        foreach (var row in report.Rows)
        {
            var card = row.Card;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{row.Ranked.Rank,4}  {Text.Fit(Text.Visible(card.UnitName), 18)} {Text.Fixed2(card.Total, english),6}  {Text.Fit(card.Classification, 10)} {(card.Sipas is { } s ? Text.Fixed2(s, english) : "—"),6}  {Text.Fit(Yes(card.MeetsTargets, english), 7)}");
            if (delta)
            {
                line += row.DeltaPoints is { } dp
                    ? string.Create(CultureInfo.InvariantCulture, $"{Text.PointsChange(dp, english),7} {(row.DeltaRank is { } dr ? Text.Signed(dr, english) : string.Empty),5} ")
                    : string.Create(CultureInfo.InvariantCulture, $"{(row.Predecessors is not null ? (english ? "merged" : "gộp") : english ? "new" : "mới"),6} {string.Empty,5} ");
            }

            var top = string.Join(" · ", row.Deductions.Take(3).Select(c => $"{c.Id} −{Text.Number(c.Deduction, english)}"));
            output.WriteLine(Text.Fit(line + top, Width).TrimEnd());
        }

        if (byType)
        {
            // Each peer group apart, with its own ranking.
            foreach (var group in ScoreReport.TypeGroups(report))
            {
                output.WriteLine();
                output.WriteLine(english
                    ? string.Create(CultureInfo.InvariantCulture, $"Ranking among {ScoreReport.TypeName(report.RuleSet, group.Key, true)} ({group.Count()} units)")
                    : string.Create(CultureInfo.InvariantCulture, $"Xếp hạng trong loại {ScoreReport.TypeName(report.RuleSet, group.Key, false)} ({group.Count()} đơn vị)"));
                foreach (var row in group)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{row.Ranked.RankInType,4}  {Text.Fit(Text.Visible(row.Card.UnitName), 18)} {Text.Fixed2(row.Card.Total, english),6}  {(english ? "overall" : "chung")} {row.Ranked.Rank}").TrimEnd());
                }
            }
        }
        else if (report.Rows.Any(r => r.Card.UnitType is not null))
        {
            output.WriteLine();
            output.WriteLine(english ? "Rankings within each unit type: add --by-type." : "Xếp hạng trong từng loại đơn vị: thêm --by-type.");
        }

        if (report.Shown is { } shown)
        {
            output.WriteLine();
            output.WriteLine(english ? $"The top {shown} of {report.InputOrder.Count} units." : $"{shown} đơn vị đứng đầu trong {report.InputOrder.Count} đơn vị.");
        }

        if (summary)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(english ? "Deductions of each unit" : "Điểm trừ của từng đơn vị");
        foreach (var row in report.Rows)
        {
            output.WriteLine();
            WriteDeductions(report.RuleSet, row, output, english);
        }
    }

    public static void WriteDeductions(RuleSet ruleSet, UnitRow row, TextWriter output, bool english)
    {
        var card = row.Card;
        var typeRank = card.UnitType is { } type
            ? (english ? $", {row.Ranked.RankInType} among {ScoreReport.TypeTitle(ruleSet, type, true)}" : $", hạng {row.Ranked.RankInType} trong loại {ScoreReport.TypeTitle(ruleSet, type, false)}")
            : string.Empty;
        var heading = english
            ? $"{row.Ranked.Rank}. {Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): {Text.Number(card.Total, true)}/{Text.Number(card.MaxTotal, true)}, {card.Classification}{typeRank}, {Text.Number(card.Deduction, true)} points deducted"
            : $"{row.Ranked.Rank}. {Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): {Text.Number(card.Total, false)}/{Text.Number(card.MaxTotal, false)} điểm, {card.Classification}{typeRank}, bị trừ {Text.Number(card.Deduction, false)} điểm";
        foreach (var line in Text.Wrap(heading, Width, "   ").Select((l, i) => i == 0 ? l.TrimStart() : l))
        {
            output.WriteLine(line);
        }

        if (row.Previous?.AreaPoints is { } was)
        {
            // Year-on-year by area: where the points moved.
            var moves = card.Areas.Where(a => was.TryGetValue(a.Id, out var before) && before != a.Points)
                .Select(a => $"{a.Id} {Text.PointsChange(a.Points - was[a.Id], english)}").ToList();
            var line = (english ? "against last year, by area: " : "so với năm trước theo lĩnh vực: ") + (moves.Count == 0 ? (english ? "no change" : "không đổi") : string.Join(" · ", moves));
            foreach (var wrapped in Text.Wrap(line, Width, "   "))
            {
                output.WriteLine(wrapped);
            }
        }

        if (Predecessors(row, english) is { } merged)
        {
            foreach (var line in Text.Wrap(merged, Width, "   "))
            {
                output.WriteLine(line);
            }
        }

        if (row.Card.ClaimedTotal is { } claimed)
        {
            var over = card.Criteria.Count(c => c.OverClaimed);
            output.WriteLine(english
                ? $"   self-assessed {Text.Number(claimed, true)} points on {card.Criteria.Count(c => c.Claim is not null)} criteria; {over} over-claimed"
                : $"   tự chấm {Text.Number(claimed, false)} điểm ở {card.Criteria.Count(c => c.Claim is not null)} tiêu chí; {over} tiêu chí tự chấm cao hơn");
        }
        if (MakeUp(card, english) is { } makeUp)
        {
            output.WriteLine("   " + makeUp);
        }

        var any = false;
        foreach (var criterion in row.Deductions)
        {
            any = true;
            WriteCriterion(criterion, output, english);
        }

        if (!any)
        {
            output.WriteLine(english ? "   no deduction" : "   không bị trừ điểm");
        }
    }

    /// <summary>
    /// How the total is made when it is more than the plain sum of the criteria: the base rescaled after exclusions, a
    /// bonus, a penalty. Null for a unit with none of these, so the 2025 set's output reads as before.
    /// </summary>
    public static string? MakeUp(Scorecard card, bool english) => ParIndex.Rules.Reports.UnitTexts.MakeUp(card, Text.Lang(english));

    /// <summary>A merged unit's predecessors, with last year's total and rank where given: a merged unit has no delta of its own.</summary>
    public static string? Predecessors(UnitRow row, bool english) => ParIndex.Rules.Reports.UnitTexts.Predecessors(row.Ranked, Text.Lang(english));

    /// <summary>Where the points came from, when not from the figures alone: claimed and appraised beside the final points.</summary>
    private static string Sources(CriterionResult criterion, bool english)
    {
        var notes = new List<string>();
        if (criterion.Claim is { } claim)
        {
            notes.Add((english ? "claimed " : "tự chấm ") + Text.Number(claim.Points, english) + (criterion.OverClaimed ? (english ? ", over-claimed" : ", tự chấm cao hơn") : string.Empty));
        }

        if (criterion.AppraisedPoints is { } appraised)
        {
            notes.Add((english ? "appraised " : "thẩm định ") + Text.Number(appraised, english));
        }

        if (criterion.Provisional)
        {
            notes.Add(english ? "provisional" : "tạm tính");
        }

        return notes.Count == 0 ? string.Empty : "  (" + string.Join(", ", notes) + ")";
    }

    public static void WriteCriterion(CriterionResult criterion, TextWriter output, bool english)
    {
        // A penalty criterion's points are what it deducted: shown as such, not as points earned out of a maximum.
        var points = criterion.Deducts
            ? $"{Text.Fit(english ? "deducted" : "bị trừ", 8)} {Text.Number(criterion.Points, english),3}"
            : $"{Text.Number(criterion.Points, english),5}/{Text.Number(criterion.MaxPoints, english),-4} {(criterion.Deduction > 0 ? "−" + Text.Number(criterion.Deduction, english) : string.Empty)}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {criterion.Id,-6} {Text.Fit(ScoreReport.StatusLabel(criterion.Status, english), 14)} {points}{Sources(criterion, english)}"));
        if (criterion.Hint is { } hint)
        {
            foreach (var line in Text.Wrap(hint.In(Text.Lang(english)), Width, "          "))
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>One unit's full card: every criterion, not only those that lost points.</summary>
    public static void WriteCard(UnitRow row, RuleSet ruleSet, TextWriter output, bool english)
    {
        var card = row.Card;
        output.WriteLine(english
            ? $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): {Text.Number(card.Total, true)}/{Text.Number(card.MaxTotal, true)}, {card.Classification}, rank {row.Ranked.Rank}{(card.UnitType is { } t ? $" ({row.Ranked.RankInType} among {Text.Visible(ruleSet.TypeTitle(t, Language.En))})" : string.Empty)}, SIPAS {(card.Sipas is { } s ? Text.Fixed2(s, true) + "%" : "missing")}, targets {Yes(card.MeetsTargets, true)}"
            : $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): {Text.Number(card.Total, false)}/{Text.Number(card.MaxTotal, false)} điểm, {card.Classification}, hạng {row.Ranked.Rank}{(card.UnitType is { } t2 ? $" (hạng {row.Ranked.RankInType} trong loại {Text.Visible(ruleSet.TypeTitle(t2, Language.Vi))})" : string.Empty)}, SIPAS {(card.Sipas is { } s2 ? Text.Fixed2(s2, false) + "%" : "thiếu")}, đạt mục tiêu: {Yes(card.MeetsTargets, false)}");
        foreach (var area in card.Areas)
        {
            output.WriteLine();
            output.WriteLine($"{area.Id}. {area.Title.In(Text.Lang(english))}: {Text.Number(area.Points, english)}/{Text.Number(area.MaxPoints, english)}");
            foreach (var criterion in card.Criteria.Where(c => c.Area == area.Id))
            {
                WriteCriterion(criterion, output, english);
            }
        }
    }

    public static string Yes(bool value, bool english) => Texts.YesNo(value, Text.Lang(english));
}
