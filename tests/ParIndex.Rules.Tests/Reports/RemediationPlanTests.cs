using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Reports;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The plans and the Markdown report, written by an application through the Reports package as the tool writes them.</summary>
public class RemediationPlanTests
{
    private static readonly Lazy<ScoredBatch> District = new(() =>
    {
        var rules = Some.Commune2025Scorer.RuleSet;
        return Some.Commune2025Scorer.ScoreBatch(SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), rules));
    });

    [Fact]
    public void Write_DaoXaAsJson_GroupsByOfficeWithWhatItTakes()
    {
        // Đào Xá resolves 96.75% on time: 3.2.1 gives 4 of 10, and 40 more on time meet 99.9% and earn all 10 points.
        var card = District.Value.Units.Single(u => u.Card.UnitId == "dao-xa").Card;
        using var writer = new StringWriter();

        RemediationPlan.Write(writer, card, null, new DateOnly(2026, 1, 1), PlanFormat.Json, Language.Vi);

        var item = JObject.Parse(writer.ToString())["items"]!.Single(i => (string?)i["criterion"] == "3.2.1");
        ((decimal)item["deduction"]!, (string?)item["leadOffice"], (bool)item["overdue"]!, (decimal)item["needed"]![0]!["needed"]!).Should().Be((6m, "chuyen-mon", true, 40m));
    }

    [Fact]
    public void Write_DaoXaAsMarkdown_SaysWhatItTakesInAWholeSentence()
    {
        var card = District.Value.Units.Single(u => u.Card.UnitId == "dao-xa").Card;
        using var writer = new StringWriter();

        RemediationPlan.Write(writer, card, null, null, PlanFormat.Markdown, Language.Vi);

        writer.ToString().Should().Contain("# Kế hoạch khắc phục: Đào Xá (dao-xa)").And.Contain("## Chủ trì: Công chức chuyên môn (thu hồi ")
            .And.Contain("  - thêm 40 nữa là đạt yêu cầu và được điểm tối đa");
    }

    [Fact]
    public void MarkdownReport_TopThree_ShowsThreeUnitsAndSaysSo()
    {
        using var writer = new StringWriter();

        MarkdownReport.Write(writer, District.Value, Language.Vi, new MarkdownReportOptions { Top = 3, Summary = true });

        var text = writer.ToString();
        text.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2])).Should().Be(3);
        text.Should().Contain("3 đơn vị đứng đầu trong 20 đơn vị.").And.NotContain("## 1.");
    }
}
