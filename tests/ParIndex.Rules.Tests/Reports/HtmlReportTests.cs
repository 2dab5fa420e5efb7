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
}
