using FluentAssertions;
using ParIndex.Rules.Scoring;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

public class RankingTests
{
    [Fact]
    public void Rank_EqualTotals_ShareARankAndTheNextSkips()
    {
        var cards = new[] { Card("c", 80m), Card("a", 95.5m), Card("d", 70m), Card("b", 80m) };

        var ranked = Ranking.Rank(cards);

        ranked.Select(r => (r.Rank, r.Card.UnitId)).Should().Equal((1, "a"), (2, "b"), (2, "c"), (4, "d"));
    }

    [Fact]
    public void Rank_NoUnits_ReturnsEmpty()
    {
        Ranking.Rank([]).Should().BeEmpty();
    }

    private static Scorecard Card(string id, decimal total) =>
        new("r", "1", "h", id, id, null, [], [], total, 100m, "x", null, false);
}
