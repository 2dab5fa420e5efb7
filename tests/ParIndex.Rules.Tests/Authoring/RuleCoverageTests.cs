using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

public class RuleCoverageTests
{
    [Fact]
    public void Of_MiniRuleSet_NamesTheBandsAndPartsItsCasesDoNotReach()
    {
        // Worked from TestData/mini: criterion 1's only case is 5 of 5 (100%, the top band), so its 80% band and the
        // region below it are not reached; criterion 2's only case has no late dossier, so part b is not applicable
        // and never gets a value to score; criterion 3 is proportional, with no bands.
        var scorer = Scorer.Compile(Some.Mini);

        var coverage = RuleCoverage.Of(Some.Mini, RuleCaseRunner.RunAll(scorer));

        coverage.CriteriaWithoutCases.Should().BeEmpty();
        coverage.BandsNotReached.Select(t => t.En).Should().Equal("1: band ≥ 80 (2 points)", "1: below every band (0 points)");
        coverage.PartsNotReached.Select(t => t.En).Should().Equal("2 part b: no case gives it a value to score");
        coverage.IsComplete.Should().BeFalse();
    }
}
