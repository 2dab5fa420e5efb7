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
public static partial class HtmlReport
{
    /// <summary>Above this many units, unit pages compare areas in a table instead of a chart each.</summary>
    public const int UnitChartLimit = 200;

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write the HTML.</param>
    /// <param name="batch">The scored batch (<see cref="Scorer.ScoreBatch"/>): its units by rank, compared with last period when it was.</param>
    /// <param name="language">The language of the report.</param>
    /// <param name="heading">A line above the title, such as the province and the office that issues the report (<c>UBND tỉnh Thái Nguyên · Sở Nội vụ</c>); none when null.</param>
    public static void Write(TextWriter output, ScoredBatch batch, Language language = Language.Vi, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var page = new Page(output, batch, language);
        page.Head(heading);
        page.Summary();
        page.Charts();
        page.Ranking();
        page.CriteriaIndex();
        foreach (var row in batch.Ranking)
        {
            page.Unit(row);
        }

        output.WriteLine("</body></html>");
    }

    /// <summary>The most units the rank movement chart shows: those that moved the most.</summary>
    private const int MovementShown = 30;

    private static void Chart(TextWriter output, string name, string caption, Plot plot, int width = 560, int height = 320, string? key = null)
    {
        output.WriteLine($"<figure data-chart=\"{name}\"><figcaption>{WebUtility.HtmlEncode(caption)}</figcaption>");
        // A view box, so the drawing scales to the printed page's width instead of being cut at its own.
        var svg = plot.GetSvgXml(width, height);
        output.WriteLine(svg.Replace("<svg ", string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" "), StringComparison.Ordinal));
        if (key is not null)
        {
            output.WriteLine($"<p class=\"key\">{WebUtility.HtmlEncode(Texts.WithoutBidiControls(key))}</p>");
        }

        output.WriteLine("</figure>");
    }

    /// <summary>
    /// The page as printed: A4 with numbered pages, a unit to a page for the 2025 set (its chart beside its figures, one
    /// line a criterion, titles cut with an ellipsis rather than wrapped, the <see cref="PrintedToDos"/> costliest to-do
    /// items and the rest counted), and no heading left alone at a page's foot.
    /// </summary>
    /// <summary>The to-do items a unit's printed page lists, the costliest first; the screen lists them all.</summary>
    private const int PrintedToDos = 6;

    private static readonly string Print =
        ".print-only{display:none}"
        +
        "@page{size:A4;margin:12mm 12mm 14mm;@bottom-center{content:counter(page) ' / ' counter(pages);font-size:8pt;color:#555}}"
        + "@media print{body{margin:0;font-size:7.5pt;line-height:1.2}h1{font-size:14pt;margin:0 0 .3rem}h2{font-size:11pt;margin:.3rem 0;break-after:avoid}"
        + "h3{font-size:9pt;margin:.3rem 0;break-after:avoid}p{margin:.15rem 0}figure,tr,li{break-inside:avoid}table{margin:.2rem 0}th,td{padding:0 3px}"
        + ".unit{content-visibility:visible}svg{max-width:100%;height:auto}.top{gap:4mm;flex-wrap:nowrap}.top>div{flex:1}.unit figure{flex:0 0 72mm}.unit figure svg{width:72mm}"
        + "table.criteria{width:100%;table-layout:fixed}.c-id{width:11mm}.c-status{width:24mm}.c-points{width:15mm}.c-claim{width:13mm}.c-lost{width:11mm}"
        + "td.t{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}ol{margin:.2rem 0;padding-left:1.3rem}"
        + ".print-only{display:block;font-style:italic}.todo li:nth-child(n+" + (PrintedToDos + 1).ToString(CultureInfo.InvariantCulture) + "){display:none}}";

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
    private static Plot Bars(IReadOnlyList<string> labels, IReadOnlyList<decimal> values, IReadOnlyList<decimal>? beside, NumberFormatInfo culture, string unit, (string First, string Beside)? legend = null)
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

            if (legend is { } names)
            {
                // Two series of bars say nothing without a legend: which is the unit, which the district.
                first.LegendText = names.First;
                second.LegendText = names.Beside;
                plot.ShowLegend(Edge.Bottom);
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
