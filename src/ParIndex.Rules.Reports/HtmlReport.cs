using System.Globalization;
using System.Net;
using ScottPlot;

namespace ParIndex.Rules.Reports;

/// <summary>
/// The district report: one self-contained HTML file that opens offline in any browser and prints a page per unit.
/// A summary (units per classification and type, mean and median, targets met, improved in both points and rank),
/// the ranking with its changes, charts drawn by ScottPlot as inline SVG (the distribution of totals, each area's
/// percentage for the district, the criteria that cost the most points, rank movement against last year), then a
/// page per unit with its scorecard, its to-do list and its areas against the district's mean.
/// </summary>
/// <remarks>
/// Nothing is fetched when the file is opened: no script, no font, no image from elsewhere. Numbers are written the
/// way the language writes them (a decimal comma in Vietnamese). Each chart carries <c>data-chart</c> and each
/// figure shown in the summary <c>data-value</c>, so a test can hold them to the JSON output. Per-unit charts are
/// drawn for up to <see cref="UnitChartLimit"/> units; beyond that each unit page gives the same comparison as a
/// table, so a province's thousands of units still make a file a browser opens without strain. Stateless and thread-safe.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Above this many units, unit pages compare areas in a table instead of a chart each.</summary>
    public const int UnitChartLimit = 200;

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write the HTML.</param>
    /// <param name="batch">The scored batch (<see cref="Scorer.ScoreBatch"/>): its units by rank, compared with last period when it was.</param>
    /// <param name="language">The language of the report.</param>
    public static void Write(TextWriter output, ScoredBatch batch, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var (ruleSet, ranked, compared) = (batch.RuleSet, batch.Ranking, batch.HasPrevious);
        var en = language == Language.En;
        var culture = Texts.Numbers(language);
        string Say(string vi, string english) => en ? english : vi;
        string N(decimal value) => value.ToString("#,0.##", culture);
        string N2(decimal value) => value.ToString("#,0.00", culture);
        // Bidirectional controls in a name would reorder its line (a rank, a total beside it): shown as U+FFFD.
        string E(string? text) => WebUtility.HtmlEncode(Texts.WithoutBidiControls(text ?? string.Empty));

        var cards = ranked.Select(r => r.Card).ToList();
        var totals = cards.Select(c => c.Total).Order().ToList();
        var mean = totals.Count == 0 ? 0m : Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
        var median = totals.Count == 0 ? 0m : totals.Count % 2 == 1 ? totals[totals.Count / 2] : Math.Round((totals[(totals.Count / 2) - 1] + totals[totals.Count / 2]) / 2m, 2, MidpointRounding.AwayFromZero);
        var areas = cards.Count == 0 ? [] : cards[0].Areas.Select(a => (a.Id, Title: a.Title.In(language))).ToList();
        var areaMeans = areas.Select((_, i) => cards.Select(c => c.Areas[i].Percent).OfType<decimal>().DefaultIfEmpty().Average()).ToList();
        var improved = compared ? ranked.Count(r => r.ImprovedBoth == true) : (int?)null;

        output.WriteLine($"<!DOCTYPE html><html lang=\"{(en ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        output.WriteLine($"<title>{E(ruleSet.Title.In(language))}</title>");
        output.WriteLine("<style>body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}"
            + ".pass{background:#c6efce}.fail{background:#ffc7ce}.nodata{background:#ffeb9c}.na{background:#ddebf7}.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600}"
            + ".unit{page-break-before:always;break-before:page;content-visibility:auto;contain-intrinsic-size:auto 60rem}@media print{body{margin:1cm}.unit{content-visibility:visible}.charts svg{max-width:100%;height:auto}}</style></head><body>");
        output.WriteLine($"<h1>{E(ruleSet.Title.In(language))}</h1><p>{E($"{ruleSet.Id} {ruleSet.Version}")}, {Say("mã băm", "hash")} <code>{E(ruleSet.ContentHash[..12])}</code></p>");

        // The summary.
        output.WriteLine($"<h2>{Say("Tóm tắt", "Summary")}</h2><table><tbody>");
        void Fact(string label, string shown, string value) => output.WriteLine($"<tr><th>{E(label)}</th><td class=\"n\" data-value=\"{E(value)}\">{E(shown)}</td></tr>");
        Fact(Say("Số đơn vị", "Units"), N(cards.Count), cards.Count.ToString(CultureInfo.InvariantCulture));
        Fact(Say("Điểm trung bình", "Mean total"), N2(mean), mean.ToString(CultureInfo.InvariantCulture));
        Fact(Say("Trung vị", "Median total"), N2(median), median.ToString(CultureInfo.InvariantCulture));
        var meeting = cards.Count(c => c.MeetsTargets);
        Fact(Say("Đạt mục tiêu", "Meet the targets"), N(meeting), meeting.ToString(CultureInfo.InvariantCulture));
        if (improved is { } both)
        {
            Fact(Say("Tăng cả điểm và hạng", "Improved in points and rank"), N(both), both.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var band in cards.GroupBy(c => c.Classification).OrderByDescending(g => g.Max(c => c.Total)))
        {
            Fact(Say("Xếp loại ", "Class ") + band.Key, N(band.Count()), band.Count().ToString(CultureInfo.InvariantCulture));
        }

        foreach (var type in cards.Where(c => c.UnitType is not null).GroupBy(c => c.UnitType!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Fact(Say("Loại ", "Type ") + type.Key, N(type.Count()), type.Count().ToString(CultureInfo.InvariantCulture));
        }

        output.WriteLine("</tbody></table>");

        // The charts.
        output.WriteLine($"<h2>{Say("Biểu đồ", "Charts")}</h2><div class=\"charts\">");
        Chart(output, "totals", Say("Phân bố tổng điểm", "Distribution of totals"), Histogram(totals, culture, Say("Tổng điểm", "Total"), Say("Số đơn vị", "Units")));
        Chart(output, "areas", Say("Tỷ lệ điểm của từng lĩnh vực (trung bình toàn địa bàn, %)", "Each area's percentage (district mean, %)"),
            Bars([.. areas.Select(a => a.Id)], [.. areaMeans], null, culture, "%"));
        var costly = cards.Count == 0 ? [] : cards[0].Criteria
            .Select((c, i) => (c.Id, Lost: cards.Sum(card => card.Criteria[i].Deduction)))
            .Where(c => c.Lost > 0).OrderByDescending(c => c.Lost).Take(10).ToList();
        Chart(output, "criteria", Say("Tiêu chí mất nhiều điểm nhất (tổng điểm bị trừ của mọi đơn vị)", "Criteria that cost the most points (all units' deductions)"),
            Bars([.. costly.Select(c => c.Id)], [.. costly.Select(c => c.Lost)], null, culture, string.Empty));
        if (compared)
        {
            // The largest movements, up or down: a province's thousands would make a chart no one reads. A merged unit
            // has no movement of its own (RankedScorecard.Predecessors).
            var moved = ranked.Where(r => r.DeltaRank is not null)
                .Select(r => (UnitName: Texts.WithoutBidiControls(r.Card.UnitName), Delta: (decimal)r.DeltaRank!.Value))
                .OrderByDescending(m => Math.Abs(m.Delta)).Take(MovementShown).OrderBy(m => m.Delta).ToList();
            Chart(output, "movement", Say("Thay đổi thứ hạng so với năm trước (+ là tăng hạng)", "Rank movement against last year (+ is up)"),
                Sideways([.. moved.Select(m => m.UnitName)], [.. moved.Select(m => m.Delta)], culture), 560, 60 + (18 * moved.Count));
        }

        output.WriteLine("</div>");

        // The ranking.
        output.WriteLine($"<h2>{Say("Xếp hạng", "Ranking")}</h2><table><thead><tr><th>{Say("Hạng", "Rank")}</th><th>{Say("Đơn vị", "Unit")}</th><th>{Say("Điểm", "Total")}</th><th>{Say("Xếp loại", "Class")}</th><th>SIPAS</th>"
            + (!compared ? string.Empty : $"<th>{Say("Δ điểm", "Δ points")}</th><th>{Say("Δ hạng", "Δ rank")}</th>") + "</tr></thead><tbody>");
        foreach (var row in ranked)
        {
            var card = row.Card;
            output.WriteLine($"<tr data-unit=\"{E(card.UnitId)}\"><td class=\"n\">{row.Rank}</td><td><a href=\"#u-{E(card.UnitId)}\">{E(card.UnitName)}</a></td><td class=\"n\" data-total=\"{card.Total.ToString(CultureInfo.InvariantCulture)}\">{N2(card.Total)}</td><td>{E(card.Classification)}</td><td class=\"n\">{(card.Sipas is { } s ? N2(s) : "—")}</td>"
                + (!compared ? string.Empty
                    : row.Predecessors is not null ? $"<td>{Say("gộp", "merged")}</td><td></td>"
                    : row.DeltaPoints is { } dp ? $"<td class=\"n\">{Signed(dp, N)}</td><td class=\"n\">{Signed(row.DeltaRank!.Value, v => N(v))}</td>"
                    : "<td></td><td></td>") + "</tr>");
        }

        output.WriteLine("</tbody></table>");

        // A province's thousands of units: each page lists only the criteria short of full points, by id, and the
        // titles are given once here, so the file stays one a browser opens without strain.
        var compact = ranked.Count > UnitChartLimit;
        if (compact && cards.Count > 0)
        {
            output.WriteLine($"<h2>{Say("Tiêu chí", "Criteria")}</h2><table><tbody>");
            foreach (var criterion in cards[0].Criteria)
            {
                output.WriteLine($"<tr><td>{E(criterion.Id)}</td><td>{E(criterion.Title.In(language))}</td><td class=\"n\">{N(criterion.MaxPoints)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        // A page per unit.
        foreach (var row in ranked)
        {
            var card = row.Card;
            output.WriteLine($"<section class=\"unit\" id=\"u-{E(card.UnitId)}\"><h2>{row.Rank}. {E(card.UnitName)} ({E(card.UnitId)})</h2>");
            output.WriteLine($"<p>{N2(card.Total)}/{N(card.MaxTotal)} {Say("điểm", "points")}, {E(card.Classification)}; {Say("bị trừ", "deducted")} {N2(card.Deduction)}.</p>");
            var percents = card.Areas.Select(a => a.Percent ?? 0m).ToList();
            if (ranked.Count <= UnitChartLimit)
            {
                Chart(output, "unit-areas", Say("Tỷ lệ điểm từng lĩnh vực: đơn vị và trung bình toàn địa bàn (%)", "Areas: the unit and the district mean (%)"),
                    Bars([.. areas.Select(a => a.Id)], percents, [.. areaMeans], culture, "%"));
            }
            else
            {
                output.WriteLine($"<table><tr><th>{Say("Lĩnh vực", "Area")}</th>{string.Concat(areas.Select(a => $"<th>{E(a.Id)}</th>"))}</tr><tr><th>{Say("Đơn vị", "Unit")} %</th>{string.Concat(percents.Select(p => $"<td class=\"n\">{N2(p)}</td>"))}</tr><tr><th>{Say("Trung bình", "Mean")} %</th>{string.Concat(areaMeans.Select(p => $"<td class=\"n\">{N2(p)}</td>"))}</tr></table>");
            }

            output.WriteLine($"<table><thead><tr><th>{Say("Tiêu chí", "Criterion")}</th>{(compact ? string.Empty : $"<th>{Say("Tên", "Title")}</th>")}<th>{Say("Trạng thái", "Status")}</th><th>{Say("Điểm", "Points")}</th><th>{Say("Bị trừ", "Deducted")}</th></tr></thead><tbody>");
            var full = 0;
            foreach (var criterion in card.Criteria)
            {
                if (compact && criterion.Deduction == 0m && criterion.Status is CriterionStatus.Pass or CriterionStatus.NotApplicable)
                {
                    full++;
                    continue;
                }

                var css = criterion.Status switch { CriterionStatus.Pass => "pass", CriterionStatus.Fail => "fail", CriterionStatus.NotApplicable => "na", _ => "nodata" };
                output.WriteLine($"<tr class=\"{css}\"><td>{E(criterion.Id)}</td>{(compact ? string.Empty : $"<td>{E(criterion.Title.In(language))}</td>")}<td>{E(criterion.Status.ToText(language))}</td><td class=\"n\">{N(criterion.Points)}/{N(criterion.MaxPoints)}</td><td class=\"n\">{N(criterion.Deduction)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
            if (full > 0)
            {
                output.WriteLine($"<p>{full} {Say("tiêu chí khác đạt đủ điểm.", "other criteria at full points.")}</p>");
            }
            var todo = card.Criteria.Where(c => c.Deduction > 0 && c.Hint is not null).OrderByDescending(c => c.Deduction).ToList();
            if (todo.Count > 0)
            {
                output.WriteLine($"<h3>{Say("Việc cần làm", "To do")}</h3><ol>");
                foreach (var criterion in todo)
                {
                    output.WriteLine($"<li><strong>{E(criterion.Id)}</strong> (+{N(criterion.Deduction)}): {E(criterion.Hint!.In(language))}</li>");
                }

                output.WriteLine("</ol>");
            }

            output.WriteLine("</section>");
        }

        output.WriteLine("</body></html>");
    }

    private static string Signed(decimal value, Func<decimal, string> format) => (value > 0 ? "+" : value < 0 ? "−" : "±") + format(Math.Abs(value));

    /// <summary>The most units the rank movement chart shows: those that moved the most.</summary>
    private const int MovementShown = 30;

    private static void Chart(TextWriter output, string name, string caption, Plot plot, int width = 560, int height = 320)
    {
        output.WriteLine($"<figure data-chart=\"{name}\"><figcaption>{WebUtility.HtmlEncode(caption)}</figcaption>");
        output.WriteLine(plot.GetSvgXml(width, height));
        output.WriteLine("</figure>");
    }

    /// <summary>Horizontal bars, one a label, so long names stay readable.</summary>
    private static Plot Sideways(IReadOnlyList<string> labels, IReadOnlyList<decimal> values, NumberFormatInfo culture)
    {
        var plot = new Plot();
        var bars = plot.Add.Bars(labels.Select((_, i) => (double)i).ToArray(), values.Select(v => (double)v).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(labels.Select((_, i) => (double)i).ToArray(), [.. labels]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("+0;−0;0", culture) };
        return plot;
    }

    /// <summary>How many totals fall in each band of 10 points.</summary>
    private static Plot Histogram(IReadOnlyList<decimal> totals, NumberFormatInfo culture, string x, string y)
    {
        var plot = new Plot();
        var counts = Enumerable.Range(0, 10).Select(b => (double)totals.Count(t => t >= b * 10 && (t < (b + 1) * 10 || (b == 9 && t <= 100)))).ToArray();
        var bars = plot.Add.Bars(Enumerable.Range(0, 10).Select(b => (b * 10) + 5.0).ToArray(), counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = 9;
        }

        plot.XLabel(x);
        plot.YLabel(y);
        Numbers(plot, culture, string.Empty);
        return plot;
    }

    /// <summary>Bars by label, with a second series beside them when given (a unit against the district's mean).</summary>
    private static Plot Bars(IReadOnlyList<string> labels, IReadOnlyList<decimal> values, IReadOnlyList<decimal>? beside, NumberFormatInfo culture, string unit)
    {
        var plot = new Plot();
        var width = beside is null ? 0.8 : 0.4;
        var first = plot.Add.Bars(labels.Select((_, i) => (double)i - (beside is null ? 0 : 0.2)).ToArray(), values.Select(v => (double)v).ToArray());
        foreach (var bar in first.Bars)
        {
            bar.Size = width;
        }

        if (beside is not null)
        {
            var second = plot.Add.Bars(labels.Select((_, i) => i + 0.2).ToArray(), beside.Select(v => (double)v).ToArray());
            foreach (var bar in second.Bars)
            {
                bar.Size = width;
                bar.FillColor = Colors.Gray;
            }
        }

        plot.Axes.Bottom.SetTicks(labels.Select((_, i) => (double)i).ToArray(), [.. labels]);
        Numbers(plot, culture, unit);
        return plot;
    }

    /// <summary>The value axis in the report's language: a decimal comma in Vietnamese.</summary>
    private static void Numbers(Plot plot, NumberFormatInfo culture, string unit)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.##", culture) + unit };
        plot.Axes.Margins(bottom: 0);
    }
}
