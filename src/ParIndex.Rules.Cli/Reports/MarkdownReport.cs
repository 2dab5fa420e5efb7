namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as Markdown, for pasting into a report or an issue.</summary>
internal static class MarkdownReport
{
    public static void Write(ScoreReport report, TextWriter output, bool english, bool byType = false, bool summary = false)
    {
        var rules = report.RuleSet;
        output.WriteLine($"# {rules.Title.In(Text.Lang(english))}");
        output.WriteLine();
        output.WriteLine($"`{rules.Id}` {rules.Version}, {(english ? "hash" : "mã băm")} `{rules.ContentHash[..12]}`");
        output.WriteLine();
        output.WriteLine(english
            ? "| Rank | Unit | Total | Class | SIPAS | Targets |" + (report.HasPrevious ? " Δ points | Δ rank |" : string.Empty)
            : "| Hạng | Đơn vị | Điểm | Xếp loại | SIPAS | Đạt mục tiêu |" + (report.HasPrevious ? " Δ điểm | Δ hạng |" : string.Empty));
        output.WriteLine("|---:|---|---:|---|---:|---|" + (report.HasPrevious ? "---:|---:|" : string.Empty));
        foreach (var row in report.Rows)
        {
            var card = row.Card;
            var line = $"| {row.Ranked.Rank} | {Text.MarkdownCell(card.UnitName)} | {Text.Fixed2(card.Total, english)} | {card.Classification} | {(card.Sipas is { } s ? Text.Fixed2(s, english) : "—")} | {TableReport.Yes(card.MeetsTargets, english)} |";
            if (report.HasPrevious)
            {
                line += row.DeltaPoints is { } dp ? $" {Text.PointsChange(dp, english)} | {(row.DeltaRank is { } dr ? Text.Signed(dr, english) : string.Empty)} |" : $" {(row.Predecessors is not null ? (english ? "merged" : "gộp") : english ? "new" : "mới")} | |";
            }

            output.WriteLine(line);
        }

        foreach (var group in byType ? ScoreReport.TypeGroups(report) : [])
        {
            output.WriteLine();
            output.WriteLine(english
                ? $"## Ranking among {Text.MarkdownCell(ScoreReport.TypeName(rules, group.Key, true))} ({group.Count()} units)"
                : $"## Xếp hạng trong loại {Text.MarkdownCell(ScoreReport.TypeName(rules, group.Key, false))} ({group.Count()} đơn vị)");
            output.WriteLine();
            output.WriteLine(english ? "| Rank in type | Unit | Total | Overall rank |" : "| Hạng trong loại | Đơn vị | Điểm | Hạng chung |");
            output.WriteLine("|---:|---|---:|---:|");
            foreach (var row in group)
            {
                output.WriteLine($"| {row.Ranked.RankInType} | {Text.MarkdownCell(row.Card.UnitName)} | {Text.Fixed2(row.Card.Total, english)} | {row.Ranked.Rank} |");
            }
        }

        if (report.Shown is { } shown)
        {
            output.WriteLine();
            output.WriteLine(english ? $"The top {shown} of {report.InputOrder.Count} units." : $"{shown} đơn vị đứng đầu trong {report.InputOrder.Count} đơn vị.");
        }

        foreach (var row in summary ? [] : report.Rows)
        {
            var card = row.Card;
            output.WriteLine();
            output.WriteLine($"## {row.Ranked.Rank}. {Text.MarkdownCell(card.UnitName)}: {Text.Number(card.Total, english)}/{Text.Number(card.MaxTotal, english)}");
            output.WriteLine();
            if (TableReport.MakeUp(card, english) is { } makeUp)
            {
                output.WriteLine(makeUp);
                output.WriteLine();
            }

            if (TableReport.Predecessors(row, english) is { } merged)
            {
                output.WriteLine(Text.MarkdownCell(merged));
                output.WriteLine();
            }

            var any = false;
            foreach (var criterion in row.Deductions)
            {
                any = true;
                output.WriteLine($"- **{criterion.Id}** {ScoreReport.StatusLabel(criterion.Status, english)}, −{Text.Number(criterion.Deduction, english)}: {criterion.Hint?.In(Text.Lang(english))}");
            }

            if (!any)
            {
                output.WriteLine(english ? "No deduction." : "Không bị trừ điểm.");
            }
        }
    }
}
