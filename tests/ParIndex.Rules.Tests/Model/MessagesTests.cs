using System.Globalization;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>The library's message catalogue (issue #24, 4), held to what every package's catalogue must hold. "Sau" (after), a heading of the diff workbook, has no marks.</summary>
public class MessagesTests() : CatalogueTests(Messages.Catalogue, "ParIndex.Rules", "authoring.after")
{
    // A figure's problem names the indicator by its Vietnamese title in Vietnamese, the English by its key alone; an
    // overflow's English quotes the engine's diagnostic, which has no Vietnamese.
    protected override IReadOnlySet<string> ToldInOneLanguage => new HashSet<string>
    {
        "scoring.engine-overflow",
        "common.figure-too-large", "common.figure-absent", "common.figure-zero-denominator", "common.figure-not-a-number",
        "common.figure-not-a-boolean", "common.figure-negative", "common.figure-not-whole", "common.figure-part-above-whole",
    };

    [Theory]
    [InlineData("13.0", "at least 13")]
    [InlineData("0.0000001", "at least 0.0000001")]
    [InlineData("-1.50", "at least -1.5")]
    public void Say_Decimal_IsItsShortestExactTextInFullDigits(string value, string expected)
    {
        // A threshold of 0.0000001 was told as "1E-07".
        var said = Messages.Say("rules.schema-at-least", decimal.Parse(value, CultureInfo.InvariantCulture));

        said.In(Language.En).Should().Be(expected);
    }
}
