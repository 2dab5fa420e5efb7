namespace ParIndex.Rules;

/// <summary>A scorecard with its rank in a batch and, when last period's results were given, how it moved.</summary>
/// <remarks>Immutable and thread-safe. A plain class: two ranked scorecards are equal only when they are the same one.</remarks>
public sealed class RankedScorecard
{
    internal RankedScorecard(int rank, int? rankInType, Scorecard card, PreviousResult? previous = null, IReadOnlyList<PredecessorResult>? predecessors = null)
    {
        Rank = rank;
        RankInType = rankInType;
        Card = card;
        Previous = previous;
        Predecessors = predecessors;
    }

    /// <summary>The rank: 1 is the highest total; equal totals share a rank and the next rank skips (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>The rank among the units of the same type (peer group), by the same rule; null for a unit without a type.</summary>
    public int? RankInType { get; }

    /// <summary>The unit's scorecard.</summary>
    public Scorecard Card { get; }

    /// <summary>The unit's own result last period, or <see langword="null"/>: none was given for its id, or it was formed by a merger (see <see cref="Predecessors"/>).</summary>
    public PreviousResult? Previous { get; }

    /// <summary>For a unit formed by a merger: the units it was formed from, each with its result last period where given; <see langword="null"/> for any other unit.</summary>
    /// <remarks>A merged unit that keeps a predecessor's id is still compared with none of them: its Δ would set a whole commune against a part of it.</remarks>
    public IReadOnlyList<PredecessorResult>? Predecessors { get; }

    /// <summary>Points gained since last period (the total now less the total then), or <see langword="null"/> without <see cref="Previous"/>.</summary>
    public decimal? DeltaPoints => Previous is { } then ? Card.Total - then.Total : null;

    /// <summary>Places gained since last period (the rank then less the rank now: positive when the unit moved up), or <see langword="null"/> without <see cref="Previous"/>.</summary>
    public int? DeltaRank => Previous is { } then ? then.Rank - Rank : null;

    /// <summary>The plan's target: higher both in points and in rank than last period; <see langword="null"/> without <see cref="Previous"/>.</summary>
    public bool? ImprovedBoth => Previous is null ? null : DeltaPoints > 0m && DeltaRank > 0;
}

/// <summary>A unit a merged unit was formed from, with its result last period.</summary>
/// <param name="Id">The former unit's id.</param>
/// <param name="Previous">Its result last period, or <see langword="null"/> when none was given.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PredecessorResult(string Id, PreviousResult? Previous);

/// <summary>Ranks the units of a batch by total.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class Ranking
{
    /// <summary>Ranks scorecards by total, highest first, overall and within each unit type; equal totals share a rank and the next rank skips (1, 2, 2, 4). Equal totals are listed by unit id.</summary>
    /// <param name="cards">The scorecards of one batch.</param>
    /// <returns>The ranked scorecards, best first. A unit without a total (<see cref="Scorecard.HasTotal"/>: nothing in the base applies to it) is left out: ranking it at 0 would place it as if it had scored nothing.</returns>
    public static IReadOnlyList<RankedScorecard> Rank(IEnumerable<Scorecard> cards) => Rank(cards, null);

    /// <summary><see cref="Rank(IEnumerable{Scorecard})"/>, each unit paired with last period's result as it is ranked.</summary>
    internal static IReadOnlyList<RankedScorecard> Rank(IEnumerable<Scorecard> cards, Func<Scorecard, (PreviousResult? Previous, IReadOnlyList<PredecessorResult>? Predecessors)>? compare)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var ordered = cards.Where(c => c.HasTotal).OrderByDescending(c => c.Total).ThenBy(c => c.UnitId, StringComparer.Ordinal).ToList();
        var ranks = new RankTable(ordered.Select(c => c.Total));

        // Types compare as written (xa, phuong): a type is an id, not a name.
        var byType = ordered.Where(c => c.UnitType is not null).GroupBy(c => c.UnitType!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new RankTable(g.Select(c => c.Total)), StringComparer.Ordinal);
        return ordered.ConvertAll(c =>
        {
            var (previous, predecessors) = compare?.Invoke(c) ?? default;
            return new RankedScorecard(ranks.RankOf(c.Total), c.UnitType is { } type ? byType[type].RankOf(c.Total) : null, c, previous, predecessors);
        });
    }
}

/// <summary>Ranks the units of a batch by total.</summary>
public static partial class Ranking
{
    /// <summary>
    /// A problem for each unit that has no total (no base criterion applies to its type), which <see cref="Rank(IEnumerable{Scorecard})"/>
    /// leaves out: a writer of results reports these, so such a unit never vanishes from them in silence.
    /// </summary>
    /// <param name="cards">The scorecards of one batch.</param>
    /// <param name="source">The inputs' name, for the problems.</param>
    /// <returns>One problem per unit without a total, naming it and its type.</returns>
    public static IReadOnlyList<InputProblem> Unranked(IEnumerable<Scorecard> cards, string source)
    {
        ArgumentNullException.ThrowIfNull(cards);
        return [.. cards.Where(c => !c.HasTotal).Select(c => new InputProblem(source, 0, 0, c.UnitId, "type",
            Messages.Say("scoring.no-base-criterion-applies", c.UnitType ?? (object)Messages.Say("scoring.no-type"))))];
    }
}

/// <summary>
/// The totals of a batch, to rank units scored as a stream without keeping their scorecards: score once
/// collecting the totals (16 bytes a unit), then look each unit's rank up as its row is written.
/// </summary>
/// <remarks>Immutable and thread-safe. The same rule as <see cref="Ranking.Rank(IEnumerable{Scorecard})"/>: equal totals share a rank and the next rank skips (1, 2, 2, 4).</remarks>
internal sealed class RankTable
{
    private readonly decimal[] _descending;

    /// <summary>Collects and sorts a batch's totals.</summary>
    /// <param name="totals">The total of every unit of the batch, in any order.</param>
    public RankTable(IEnumerable<decimal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        _descending = [.. totals.OrderDescending()];
    }

    /// <summary>The number of units ranked.</summary>
    public int Count => _descending.Length;

    /// <summary>The rank of a total: 1 + the number of totals above it.</summary>
    /// <param name="total">A unit's total; one not in the batch gets the rank it would have had.</param>
    /// <returns>The rank, from 1.</returns>
    public int RankOf(decimal total)
    {
        // Binary search for the first total not above this one.
        int low = 0, high = _descending.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_descending[middle] > total)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low + 1;
    }
}
