using FluentAssertions;
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
    public void Rank_UnitsWithTypes_AreAlsoRankedWithinTheirType()
    {
        // Overall: f 95, a 90, c 85, b and d 80 (4, 4), e 70 (6). Among xa: a 90, c 85, d 80 (1, 2, 3);
        // among phuong: f 95, b 80 (1, 2); e has no type and no rank within one.
        var cards = new[]
        {
            Card("a", 90m, "xa"), Card("b", 80m, "phuong"), Card("c", 85m, "xa"), Card("d", 80m, "xa"), Card("e", 70m), Card("f", 95m, "phuong"),
        };

        var ranked = Ranking.Rank(cards);

        ranked.Select(r => (r.Card.UnitId, r.Rank, r.RankInType)).Should().Equal(
            ("f", 1, 1), ("a", 2, 1), ("c", 3, 2), ("b", 4, 2), ("d", 4, 3), ("e", 6, (int?)null));
    }

    [Fact]
    public void Rank_NoUnits_ReturnsEmpty()
    {
        Ranking.Rank([]).Should().BeEmpty();
    }

    [Fact]
    public void RankOf_EqualTotals_ShareARankAndTheNextSkips()
    {
        var ranks = new RankTable([80m, 95.5m, 70m, 80m]);

        new[] { 95.5m, 80m, 70m }.Select(ranks.RankOf).Should().Equal(1, 2, 4);
        ranks.Count.Should().Be(4);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(90, 2)]
    [InlineData(75, 4)]
    [InlineData(0, 5)]
    public void RankOf_TotalNotInTheBatch_GetsTheRankItWouldHaveHad(decimal total, int rank)
    {
        new RankTable([80m, 95.5m, 70m, 80m]).RankOf(total).Should().Be(rank);
    }

    [Fact]
    public void RankOf_NoUnits_RanksFirst()
    {
        new RankTable([]).RankOf(50m).Should().Be(1);
    }

    private static Scorecard Card(string id, decimal total, string? type = null) =>
        new("r", "1", "h", id, id, null, [], [], total, 100m, "x", null, false) { UnitType = type };
}
