using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

public class HintTemplateTests
{
    [Fact]
    public void Segments_TextAndPlaceholder_SplitsAtTheBraces()
    {
        HintTemplate.Segments("a {actual} b").Should().Equal(new HintTemplate.Segment(0, 2, false), new HintTemplate.Segment(3, 6, true), new HintTemplate.Segment(10, 2, false));
    }

    [Fact]
    public void StrayBrace_DoubledOrLone_IsItsPosition()
    {
        HintTemplate.StrayBrace("{{actual}}").Should().Be(0);
        HintTemplate.StrayBrace("đạt {actual} }").Should().Be(13);
        HintTemplate.StrayBrace("đạt {actual} < {required}").Should().BeNull();
    }
}
