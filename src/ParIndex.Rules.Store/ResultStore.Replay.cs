using System.Globalization;

namespace ParIndex.Rules.Store;

/// <summary>One value a replay found different from the record.</summary>
/// <param name="UnitId">The unit, or empty for the run as a whole.</param>
/// <param name="Field">What differs: <c>total</c>, <c>rank</c>, <c>rankInType</c>, <c>classification</c>, <c>inputs</c>, <c>unit</c> or a criterion's id.</param>
/// <param name="Recorded">The recorded value, in words.</param>
/// <param name="Replayed">The value scored again, in words.</param>
public sealed record ReplayDifference(string UnitId, string Field, string Recorded, string Replayed);

/// <summary>A run scored again from its stored inputs: under its own stored rule set (a proof), or under another (the impact of a change).</summary>
/// <remarks>Immutable; a plain class, since its list of differences has no value equality worth the name.</remarks>
public sealed class ReplayReport
{
    internal ReplayReport(StoredRun run, string ruleSetId, string ruleSetVersion, string ruleSetHash, IReadOnlyList<ReplayDifference> differences)
    {
        Run = run;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        RuleSetHash = ruleSetHash;
        Differences = differences;
    }

    /// <summary>The run.</summary>
    public StoredRun Run { get; }

    /// <summary>The rule set it was scored again by.</summary>
    public string RuleSetId { get; }

    /// <summary>Its version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Its content hash.</summary>
    public string RuleSetHash { get; }

    /// <summary>Every value that differs from the record, unit by unit; empty when every result is proven equal.</summary>
    public IReadOnlyList<ReplayDifference> Differences { get; }

    /// <summary>Whether every recorded result was scored again to the same value.</summary>
    public bool Equal => Differences.Count == 0;
}

/// <summary>Replay.</summary>
public sealed partial class ResultStore
{
    /// <summary>Scores a stored run again from its stored inputs and compares every result with the record.</summary>
    /// <param name="run">The run's number.</param>
    /// <param name="under">Another rule set to score it by (the impact of a change), or <see langword="null"/> for the run's own stored set (a proof).</param>
    /// <returns>The differences; under the run's own set, any one means the record was altered (or the scoring changed).</returns>
    /// <exception cref="ArgumentException">The store has no such run.</exception>
    /// <exception cref="StoreException">The stored rule set was altered.</exception>
    public ReplayReport Replay(long run, RuleSet? under = null)
    {
        var stored = Run(run) ?? throw new ArgumentException($"The store has no run {run}.", nameof(run));
        var scorer = under is null ? ScorerOf(run) : Compiled(under);
        var ruleSet = scorer.RuleSet;
        var texts = InputTexts(run);
        var differences = new List<ReplayDifference>();
        var hash = InputsHash(texts);
        if (hash != stored.InputsHash)
        {
            differences.Add(new ReplayDifference(string.Empty, "inputs", stored.InputsHash[..12], hash[..12]));
        }

        var cards = scorer.ScoreMany([.. texts.Select(SnapshotJson.Read)]);
        var batch = ScoredBatch.Of(ruleSet, cards);
        var replayed = batch.Units.Select(u => (u.Card, Rank: (int?)u.Rank, u.RankInType))
            .Concat(batch.Unranked.Select(c => (Card: c, Rank: (int?)null, RankInType: (int?)null))).ToDictionary(u => u.Card.UnitId, StringComparer.Ordinal);
        var recorded = Results(run);
        foreach (var result in recorded)
        {
            if (!replayed.TryGetValue(result.UnitId, out var again))
            {
                differences.Add(new ReplayDifference(result.UnitId, "unit", "scored", "not scored"));
                continue;
            }

            Compare(differences, result.UnitId, "total", Number(result.Total), again.Card.HasTotal ? Number(again.Card.Total) : "—");
            Compare(differences, result.UnitId, "rank", Whole(result.Rank), Whole(again.Rank));
            Compare(differences, result.UnitId, "rankInType", Whole(result.RankInType), Whole(again.RankInType));
            Compare(differences, result.UnitId, "classification", result.Classification ?? "—", again.Card.HasTotal ? again.Card.Classification : "—");
            var criteria = again.Card.Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var criterion in result.Criteria)
            {
                Compare(differences, result.UnitId, criterion.Id, Said(criterion.Status, criterion.Points),
                    criteria.TryGetValue(criterion.Id, out var now) ? Said(now.Status, now.Points) : "—");
            }

            foreach (var added in again.Card.Criteria.Where(c => result.Criteria.All(r => r.Id != c.Id)))
            {
                differences.Add(new ReplayDifference(result.UnitId, added.Id, "—", Said(added.Status, added.Points)));
            }
        }

        foreach (var extra in replayed.Keys.Except(recorded.Select(r => r.UnitId), StringComparer.Ordinal))
        {
            differences.Add(new ReplayDifference(extra, "unit", "not recorded", "scored"));
        }

        return new ReplayReport(stored, ruleSet.Id, ruleSet.Version, ruleSet.ContentHash, differences);
    }

    /// <summary>Another rule set, compiled once per hash for the life of this instance.</summary>
    private Scorer Compiled(RuleSet ruleSet)
    {
        lock (_gate)
        {
            if (_scorers.TryGetValue(ruleSet.ContentHash, out var known))
            {
                return known;
            }
        }

        var scorer = Scorer.Compile(ruleSet);
        lock (_gate)
        {
            return _scorers.TryAdd(ruleSet.ContentHash, scorer) ? scorer : _scorers[ruleSet.ContentHash];
        }
    }

    private static void Compare(List<ReplayDifference> differences, string unit, string field, string recorded, string replayed)
    {
        if (recorded != replayed)
        {
            differences.Add(new ReplayDifference(unit, field, recorded, replayed));
        }
    }

    /// <summary>A number by its value (2.5 and 2.50 are one), as invariant text.</summary>
    private static string Number(decimal? value) => value is { } n ? (n / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Said(CriterionStatus status, decimal points) => $"{(Enum.IsDefined(status) ? status.ToWireName() : "?")} {Number(points)}";
}
