using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class DidYouMeanTests
{
    [Fact]
    public void Closest_OneEditAway_IsSuggested()
    {
        DidYouMean.Closest("dossiersResolvd", ["dossiersResolved", "dossiersReceived"]).Should().Be("dossiersResolved");
    }

    [Fact]
    public void Closest_NameLongerThanTheLimit_IsNoMisspellingAndCostsNoComparison()
    {
        // Two 40,000-character ids one edit apart took 5 s to compare (issue #25, 14); such a name gets no suggestion.
        var name = new string('a', 40_000);

        DidYouMean.Closest(name, [name[..^1]]).Should().BeNull();
        DidYouMean.Closest(new string('a', 128), [new string('a', 127)]).Should().Be(new string('a', 127), "up to the limit a suggestion is still made");
    }
}
