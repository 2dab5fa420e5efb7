using System.Globalization;

namespace ParIndex.Rules;

/// <summary>
/// A batch scored, ranked and compared with last period, stamped with the rule set that scored it: what every
/// writer takes (<see cref="JsonContract"/>, <see cref="WorkbookReport"/>, the district report, the tool's tables).
/// </summary>
/// <remarks>
/// Made by <see cref="Scorer.ScoreBatch"/>. Immutable and thread-safe. It holds every scorecard (about 1.2 KB a unit):
/// a province's few hundred units, or the country's 3,321, take a few megabytes.
/// </remarks>
public sealed class ScoredBatch
{
    private ScoredBatch(RuleSet ruleSet, SnapshotBatch batch, IReadOnlyList<RankedScorecard> units, IReadOnlyList<RankedScorecard> ranking,
        IReadOnlyList<Scorecard> unranked, IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings, PreviousResults? previous)
    {
        RuleSet = ruleSet;
        Inputs = batch.Snapshots;
        Period = batch.Period;
        Source = batch.Source;
        Units = units;
        Ranking = ranking;
        Unranked = unranked;
        Errors = errors;
        Warnings = warnings;
        Previous = previous;
    }

    /// <summary>The rule set that scored every unit: its id, version and content hash are the batch's stamp.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>
    /// The units as they were scored, in input order (merged communes as the merger formed them): what a record of the
    /// run keeps, so it can be scored again. Empty for a batch made by <see cref="Of"/> from scorecards alone.
    /// </summary>
    public IReadOnlyList<IndicatorSnapshot> Inputs { get; }

    /// <summary>The period the inputs give, when they give one.</summary>
    public string? Period { get; }

    /// <summary>The inputs' name, as the problems give it.</summary>
    public string Source { get; }

    /// <summary>The ranked units in input order: how machine formats (JSON, CSV) write them, so a program can join them with its inputs.</summary>
    public IReadOnlyList<RankedScorecard> Units { get; }

    /// <summary>The same units by rank, highest total first (equal totals by unit id): how people read them.</summary>
    public IReadOnlyList<RankedScorecard> Ranking { get; }

    /// <summary>Units without a total (no base criterion applies to their type), in input order: not ranked, and each told in <see cref="Errors"/>.</summary>
    public IReadOnlyList<Scorecard> Unranked { get; }

    /// <summary>Every problem that makes a result wrong or missing: last period's unreadable rows, results that match no unit, the inputs' errors, and one per unit without a total.</summary>
    public IReadOnlyList<InputProblem> Errors { get; }

    /// <summary>Things worth a look that change no score: the inputs' warnings, and how many units last period's results cover when not all.</summary>
    public IReadOnlyList<InputProblem> Warnings { get; }

    /// <summary>Last period's results the batch was compared with, or <see langword="null"/>.</summary>
    public PreviousResults? Previous { get; }

    /// <summary>Whether the batch was compared with last period's results (each unit then has <see cref="RankedScorecard.Previous"/> or <see cref="RankedScorecard.Predecessors"/> where known).</summary>
    public bool HasPrevious => Previous is not null;

    /// <summary>The ranked unit with an id, or <see langword="null"/> (also for a unit without a total).</summary>
    /// <param name="unitId">The unit's id, as written.</param>
    /// <returns>The unit, or <see langword="null"/>.</returns>
    public RankedScorecard? Unit(string unitId) => Units.FirstOrDefault(u => string.Equals(u.Card.UnitId, unitId, StringComparison.Ordinal));

    /// <summary>A batch of scorecards already scored (one by one, say), ranked as <see cref="Scorer.ScoreBatch"/> ranks them.</summary>
    /// <param name="ruleSet">The rule set that scored every card: the batch's stamp.</param>
    /// <param name="cards">The scorecards, in input order.</param>
    /// <returns>The batch, without problems and not compared with last period.</returns>
    /// <exception cref="ArgumentException">A card was scored by another rule set (id, version or content hash): the stamp would lie.</exception>
    public static ScoredBatch Of(RuleSet ruleSet, IReadOnlyList<Scorecard> cards)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cards);
        if (cards.FirstOrDefault(c => c.RuleSetId != ruleSet.Id || c.RuleSetVersion != ruleSet.Version || c.RuleSetHash != ruleSet.ContentHash) is { } other)
        {
            throw new ArgumentException(
                $"The card of '{other.UnitId}' was scored by {other.RuleSetId} {other.RuleSetVersion} ({other.RuleSetHash}), not by {ruleSet.Id} {ruleSet.Version} ({ruleSet.ContentHash}).",
                nameof(cards));
        }

        return Build(ruleSet, new SnapshotBatch(null, [], [], []), cards, null, null);
    }

    /// <summary>Ranks scored units, pairs each with last period's result (a merged unit with its predecessors'), and gathers the problems.</summary>
    internal static ScoredBatch Build(RuleSet ruleSet, SnapshotBatch batch, IReadOnlyList<Scorecard> cards, PreviousResults? previous, MergeMap? merge)
    {
        var formed = merge?.Units.ToDictionary(u => u.Id, u => u.Predecessors, StringComparer.Ordinal);
        (PreviousResult?, IReadOnlyList<PredecessorResult>?) Compared(Scorecard card) =>
            formed is not null && formed.TryGetValue(card.UnitId, out var ids)
                ? (null, [.. ids.Select(id => new PredecessorResult(id, previous!.ByUnit.GetValueOrDefault(id)))])
                : (previous!.ByUnit.GetValueOrDefault(card.UnitId), null);

        var ranking = Rules.Ranking.Rank(cards, previous is null ? null : Compared);
        var position = new Dictionary<Scorecard, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < cards.Count; i++)
        {
            position[cards[i]] = i;
        }

        var errors = new List<InputProblem>();
        var warnings = new List<InputProblem>();
        if (previous is not null)
        {
            errors.AddRange(previous.Unreadable is { } unreadable ? [unreadable] : previous.Errors);
            Match(batch, previous, formed, errors, warnings);
        }

        errors.AddRange(batch.Errors);
        errors.AddRange(Rules.Ranking.Unranked(cards, batch.Source));
        warnings.AddRange(batch.Warnings);
        return new ScoredBatch(ruleSet, batch, [.. ranking.OrderBy(r => position[r.Card])], ranking, [.. cards.Where(c => !c.HasTotal)], errors, warnings, previous);
    }

    /// <summary>
    /// A unit without a result last year whose code is last year's code but for leading zeros (107 and 00107): a
    /// spreadsheet stored one as a number. Never taken for the same unit by a guess, never let pass as "no change".
    /// </summary>
    private static void LostZeros(SnapshotBatch batch, PreviousResults previous, List<string> unmatched, List<InputProblem> errors)
    {
        var current = batch.Snapshots.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var lastYear = previous.ByUnit.Keys.Where(k => !current.Contains(k) && k.Length > 0 && k.All(char.IsAsciiDigit))
            .GroupBy(k => k.TrimStart('0'), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in unmatched.Where(u => u.Length > 0 && u.All(char.IsAsciiDigit)))
        {
            if (lastYear.TryGetValue(id.TrimStart('0'), out var was))
            {
                errors.Add(new InputProblem(previous.Source, 0, 0, id, "id", Messages.Say("scoring.has-no-result-last-year-but", id, was)));
            }
        }
    }

    /// <summary>A word on how many units last period's results cover: a file for another district must not pass in silence.</summary>
    private static void Match(SnapshotBatch batch, PreviousResults previous, Dictionary<string, IReadOnlyList<string>>? formed, List<InputProblem> errors, List<InputProblem> warnings)
    {
        // A merged unit has no result of its own last period: it matches when its predecessors' results are there.
        bool Matches(IndicatorSnapshot unit) => formed is not null && formed.TryGetValue(unit.Id, out var ids)
            ? ids.Any(previous.ByUnit.ContainsKey)
            : previous.ByUnit.ContainsKey(unit.Id);
        var unmatched = batch.Snapshots.Where(s => !Matches(s)).Select(s => s.Id).ToList();
        var path = previous.Source;
        if (batch.Snapshots.Count > 0 && unmatched.Count == batch.Snapshots.Count && previous.ByUnit.Count > 0)
        {
            errors.Add(new InputProblem(path, 0, 0, null, null, Messages.Say("scoring.last-year-s-results-match-none")));
        }
        else if (unmatched.Count > 0 && previous.Unreadable is null)
        {
            LostZeros(batch, previous, unmatched, errors);
            var shown = string.Join(", ", unmatched.Take(5)) + (unmatched.Count > 5 ? ", …" : string.Empty);
            warnings.Add(new InputProblem(path, 0, 0, null, null, Messages.Say("scoring.last-year-s-results-match-of", batch.Snapshots.Count - unmatched.Count, batch.Snapshots.Count, shown)));
        }
    }
}
