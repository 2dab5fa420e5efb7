using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

/// <summary>A scorecard's lists built when read: kept for a reader who returns, let go for a writer who passes once.</summary>
public class LazyListTests
{
    [Fact]
    public void Transiently_ItemsNotYetBuilt_AreNotKept()
    {
        // The JSON contract of 5,000 units kept every criterion and hint it wrote: 375 MB after the response.
        var card = Some.Commune2025Scorer.Score(Some.PerfectUnit());
        var kept = card.Criteria[0];

        var passed = LazyList<CriterionResult>.Transiently(card.Criteria).ToList();

        passed[0].Should().BeSameAs(kept, "an item already built is the one every reader sees");
        card.Criteria[1].Should().NotBeSameAs(passed[1], "an item built in passing was not kept");
        passed.Select(c => (c.Id, c.Points)).Should().Equal(card.Criteria.Select(c => (c.Id, c.Points)));
    }
}
