using FluentAssertions;
using ParIndex.Rules.Reports;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The district report as a hostile input file would have it written.</summary>
public class HtmlReportTests
{
    [Fact]
    public void Write_NameWithARightToLeftOverride_ShowsTheControlAsAReplacementCharacter()
    {
        // U+202E in a name reversed the rest of its line in the browser: "‮ 1 hạng" read backwards beside another unit's rank.
        var scorer = Some.Commune2025Scorer;
        var cards = new[] { scorer.Score(Some.PerfectUnit("dao-xa") with { Name = "Đào Xá\u202E 001" }), scorer.Score(Some.PerfectUnit("uc-ky")) };
        using var writer = new StringWriter();

        HtmlReport.Write(writer, ScoredBatch.Of(scorer.RuleSet, cards));

        // Decoded: the writer encodes Latin-1 letters as character references (à as &#224;).
        var html = System.Net.WebUtility.HtmlDecode(writer.ToString());
        html.Should().NotContain("\u202E").And.Contain("Đào Xá\uFFFD 001");
    }

    [Fact]
    public void Write_A90CharacterNameInTheMovementChart_IsCutAndTheBarsStayDrawn()
    {
        // One long name set the width of the chart's label column and left the bars no room: the chart came out empty.
        var longName = "Xã " + new string('A', 87);
        var scorer = Some.Commune2025Scorer;
        var batch = Batch(scorer, longName);

        using var writer = new StringWriter();
        HtmlReport.Write(writer, batch);

        var html = System.Net.WebUtility.HtmlDecode(writer.ToString());
        var chart = html[html.IndexOf("data-chart=\"movement\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</figure>", StringComparison.Ordinal)];
        chart.Should().NotContain(longName).And.Contain("Xã " + new string('A', 36) + "…");
        Bars(chart).Should().Be(2, "both units moved, one up and one down");
    }

    [Fact]
    public void Write_TypedUnitsOneNewThisYear_ShowsRankInTypeTitlesNewAndTheChartsKeys()
    {
        // Issue #27: no rank-in-type column, a blank Δ for a unit last year's results lack, areas charted as I–VIII
        // with no titles, two series of bars with no legend, and a heading line only the rule set could give.
        var scorer = Some.Commune2025Scorer;
        var units = new[] { Some.PerfectUnit("a") with { Type = "xa" }, Some.Unit("b") with { Type = "phuong" }, Some.Unit("c") with { Type = "xa" } };
        var previous = new PreviousResults("last.json", new Dictionary<string, PreviousResult> { ["a"] = new(10m, 2), ["b"] = new(90m, 1) });
        var batch = scorer.ScoreBatch(new SnapshotBatch(null, units, [], []), previous);
        using var writer = new StringWriter();

        HtmlReport.Write(writer, batch, Language.Vi, "UBND tỉnh Thái Nguyên · Sở Nội vụ");

        var html = System.Net.WebUtility.HtmlDecode(writer.ToString());
        html.Should().Contain("<p class=\"cover\">UBND tỉnh Thái Nguyên · Sở Nội vụ</p>")
            .And.Contain("<th>Loại</th><th>Hạng trong loại</th>")
            .And.Contain("<td colspan=\"2\">mới</td>", "c has no result last year")
            .And.Contain("I Công tác chỉ đạo, điều hành · II Xây dựng và tổ chức thực hiện văn bản QPPL")
            .And.MatchRegex(@">\s*Đơn vị\s*</text>").And.MatchRegex(@">\s*Trung bình\s*</text>")
            .And.Contain("hạng trong loại Xã: 2/2")
            .And.Contain("@page{size:A4");
        System.Text.RegularExpressions.Regex.Count(html, "<svg viewBox=\"0 0 \\d+ \\d+\"").Should().Be(3 + 1 + 3, "every chart scales to the page");
    }

    [Fact]
    public void Write_ClaimedAndAppraisedUnit_ShowsThemBesideTheFinalPoints()
    {
        // Issue #27: claims and appraisal appeared nowhere in the report. Bàn Đạt claims 10 on 3.2.1; round 1 of the
        // appraisal gives 8, which is final (samples/phu-binh-2025.json).
        var rules = Some.Commune2025Scorer.RuleSet;
        var batch = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), rules);
        using var writer = new StringWriter();

        HtmlReport.Write(writer, Some.Commune2025Scorer.ScoreBatch(batch));

        var html = System.Net.WebUtility.HtmlDecode(writer.ToString());
        var banDat = html[html.IndexOf("id=\"u-ban-dat\"", StringComparison.Ordinal)..];
        banDat.Should().Contain("<th class=\"c-claim\">Tự chấm</th><th class=\"c-claim\">Thẩm định</th>");
        banDat[banDat.IndexOf("<td>3.2.1</td>", StringComparison.Ordinal)..].Should().MatchRegex(@"^<td>3\.2\.1</td><td class=""t"">[^<]*</td><td>không đạt</td><td class=""n"">10</td><td class=""n"">8</td><td class=""n"">8/10</td>");
    }

    /// <summary>Two units whose ranks swapped since last year: the first perfect, the second with nothing reported.</summary>
    private static ScoredBatch Batch(Scorer scorer, string name)
    {
        var units = new[] { Some.PerfectUnit("a") with { Name = name }, Some.Unit("b") };
        var previous = new PreviousResults("last.json", new Dictionary<string, PreviousResult>
        {
            ["a"] = new(10m, 2),
            ["b"] = new(90m, 1),
        });
        return scorer.ScoreBatch(new SnapshotBatch(null, units, [], []), previous);
    }

    /// <summary>The bars ScottPlot drew: filled rectangles other than the figure's and the data area's backgrounds.</summary>
    private static int Bars(string svg) => System.Text.RegularExpressions.Regex.Count(svg, "<rect[^>]*fill=\"#1F77B4\"", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
