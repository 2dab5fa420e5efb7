using FluentAssertions;
using ParIndex.Rules.Reports;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The figures a part was scored on, in words: what the explain output and the workbench's commune page show.</summary>
public class UnitTextsTests
{
    private const string Published = "“Số TTHC được công khai trên Cổng thông tin điện tử của huyện/tỉnh”";
    private const string Procedures = "“Số TTHC thuộc thẩm quyền giải quyết”";

    [Fact]
    public void Figures_RateOf135Over150_SaysBothFiguresAndThe90Percent()
    {
        // 3.1.1: 135 of 150 procedures published is 90,00%.
        var text = Figures(("proceduresTotal", 150), ("proceduresOnUpperPortal", 135));

        text.Should().Be($"tỷ lệ: {Published} 135 / {Procedures} 150 = 90,00%");
    }

    [Fact]
    public void Figures_FigureNotReported_SaysSoAndGivesNoValue()
    {
        var text = Figures(("proceduresTotal", 1500));

        text.Should().Be($"tỷ lệ: {Published} (chưa báo cáo) / {Procedures} 1.500 = —");
    }

    [Fact]
    public void Figures_FigureThatCouldNotBeRead_ShowsAsWrittenNeverAsZero()
    {
        var text = Figures(("proceduresTotal", 150), ("proceduresOnUpperPortal", IndicatorValue.Invalid("mười")));

        text.Should().Be($"tỷ lệ: {Published} “mười” (không phải giá trị hợp lệ) / {Procedures} 150 = —");
    }

    private static string Figures(params (string Key, IndicatorValue Value)[] values)
    {
        var scorer = Some.Commune2025Scorer;
        var criterion = scorer.RuleSet.Criteria.First(c => c.Id == "3.1.1");
        var result = scorer.Score(Some.Unit("a", values)).Criteria.First(c => c.Id == "3.1.1");
        return UnitTexts.Figures(scorer.RuleSet, criterion.Parts[0], result.Parts[0], Language.Vi);
    }
}
