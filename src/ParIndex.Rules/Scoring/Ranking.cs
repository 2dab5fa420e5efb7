namespace ParIndex.Rules.Scoring;

/// <summary>A scorecard with its rank in a batch.</summary>
/// <param name="Rank">The rank: 1 is the highest total; equal totals share a rank and the next rank skips (1, 2, 2, 4).</param>
/// <param name="Card">The unit's scorecard.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RankedScorecard(int Rank, Scorecard Card);

/// <summary>Ranks the units of a batch by total.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Ranking
{
    /// <summary>Ranks scorecards by total, highest first; equal totals share a rank and the next rank skips (1, 2, 2, 4). Equal totals are listed by unit id.</summary>
    /// <param name="cards">The scorecards of one batch.</param>
    /// <returns>The ranked scorecards, best first.</returns>
    public static IReadOnlyList<RankedScorecard> Rank(IEnumerable<Scorecard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var ordered = cards.OrderByDescending(c => c.Total).ThenBy(c => c.UnitId, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedScorecard>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Total == ordered[i - 1].Total ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedScorecard(rank, ordered[i]));
        }

        return ranked;
    }
}
