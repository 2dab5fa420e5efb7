using FluentAssertions;
using ParIndex.Rules.Reports;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The rule book (issue #28, 5): the set as a decision's appendix, ranges in words.</summary>
public class RuleBookTests
{
    [Fact]
    public void Write_Commune2025_ListsEachCriterionWithItsScaleInWordsAndItsOffice()
    {
        using var writer = new StringWriter();

        RuleBook.Write(writer, Some.Commune2025Scorer.RuleSet, Language.Vi, "Phụ lục kèm theo Quyết định số 01/QĐ-UBND");

        var html = System.Net.WebUtility.HtmlDecode(writer.ToString());
        html.Should().Contain("<p class=\"cover\">Phụ lục kèm theo Quyết định số 01/QĐ-UBND</p>")
            .And.Contain("<tr class=\"area\"><td>III</td><td colspan=\"6\">Cải cách thủ tục hành chính (24 điểm)</td></tr>")
            .And.Contain("yêu cầu ≥ 99,9%; từ 99,9% trở lên: 10 điểm; từ 99%: 8 điểm; từ 97%: 6 điểm; từ 95%: 4 điểm; từ 90%: 2 điểm; dưới 90%: 0 điểm")
            .And.Contain("(a) 1,5 điểm: yêu cầu có; có: 1,5 điểm; không: 0 điểm")
            .And.Contain("@page{size:A4 landscape");
        System.Text.RegularExpressions.Regex.Count(html, "<tr><td>\\d").Should().Be(Some.Commune2025Scorer.RuleSet.Criteria.Count);
    }
}
