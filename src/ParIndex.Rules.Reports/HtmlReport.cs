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
    public static void Write(TextWriter output, ScoredBatch batch, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var page = new Page(output, batch, language);
        page.Head();
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
