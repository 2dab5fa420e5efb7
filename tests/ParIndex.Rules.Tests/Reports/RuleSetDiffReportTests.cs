using FluentAssertions;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Reports;
using ParIndex.Rules.Tests.RuleFiles;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>What a rule change does, written for people as Markdown and HTML (issue #28, 4).</summary>
public class RuleSetDiffReportTests
{
    [Theory]
    [InlineData(DiffFormat.Markdown, "| 1 | phần 1, yêu cầu, ngưỡng | 100 | 95,5 |")]
    [InlineData(DiffFormat.Html, "<tr><td>1</td><td>phần 1, yêu cầu, ngưỡng</td><td>100</td><td>95,5</td></tr>")]
    public void Write_ThresholdLowered_IsARowInWordsWithNumbersInVietnamese(DiffFormat format, string row)
    {
        var before = RuleSetLoader.Load("before", RuleSetLoaderTests.MiniFiles());
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"threshold\": 100 }", "\"threshold\": 95.5 }");
        using var writer = new StringWriter();

        RuleSetDiffReport.Write(writer, RuleSetDiff.Compare(before, RuleSetLoader.Load("after", files)), null, format, Language.Vi);

        System.Net.WebUtility.HtmlDecode(writer.ToString()).Should().Contain(row);
    }
}
