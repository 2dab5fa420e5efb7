using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>The one rounding rule every figure follows: two decimals, a midpoint away from zero.</summary>
public class RoundingTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.005", "0.01")]
    [InlineData("99.995", "100.00")]
    [InlineData("7", "7")]
    public void ToHundredths_Value_RoundsAMidpointAwayFromZero(string value, string expected) =>
        Rounding.ToHundredths(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1.5", Language.Vi, "+1,5")]
    [InlineData("-2", Language.Vi, "\u22122")]
    [InlineData("0", Language.Vi, "\u00B10")]
    [InlineData("1234", Language.Vi, "+1.234")]
    [InlineData("-1234.5", Language.En, "\u22121,234.5")]
    public void WithSign_Change_ShowsItsSignAndGroupsThousands(string value, Language language, string expected) =>
        Texts.WithSign(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), language).Should().Be(expected);
}
