using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>The one statement of how yes/no is read and how input text is shown, as the README states it.</summary>
public class TextsTests
{
    [Theory]
    [InlineData("có", false, true)]
    [InlineData("KHÔNG", false, false)]
    [InlineData("Yes", false, true)]
    [InlineData("false", false, false)]
    [InlineData("X", true, true)]
    [InlineData("1", true, true)]
    [InlineData("0", true, false)]
    [InlineData("x", false, null)]
    [InlineData("1", false, null)]
    [InlineData("có thể", true, null)]
    [InlineData("", true, null)]
    public void ReadYesNo_WordsAndMarks_AreReadByTheInputsRule(string text, bool marks, bool? expected)
    {
        Texts.ReadYesNo(text, marks).Should().Be(expected);
    }

    [Fact]
    public void WithoutBidiControls_OverrideAndIsolates_BecomeReplacementCharacters()
    {
        Texts.WithoutBidiControls("a\u202Eb\u2066c\u200Fd").Should().Be("a\uFFFDb\uFFFDc\uFFFDd");
        Texts.WithoutBidiControls("Đào Xá").Should().BeSameAs("Đào Xá");
    }
}
