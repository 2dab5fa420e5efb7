namespace ParIndex.Rules.Authoring;

/// <summary>A unit whose total, rank or classification differs when scored under the new rule set.</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="TotalBefore">Its total under the old rule set.</param>
/// <param name="TotalAfter">Its total under the new rule set.</param>
/// <param name="RankBefore">Its rank under the old rule set; <see langword="null"/> when it had no total.</param>
/// <param name="RankAfter">Its rank under the new rule set; <see langword="null"/> when it has no total.</param>
/// <param name="ClassificationBefore">Its classification under the old rule set.</param>
/// <param name="ClassificationAfter">Its classification under the new rule set.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnitChange(
    string Id, string Name, decimal TotalBefore, decimal TotalAfter, int? RankBefore, int? RankAfter, string ClassificationBefore, string ClassificationAfter);

/// <summary>How many units a classification holds under each rule set.</summary>
/// <param name="Classification">The classification's name.</param>
/// <param name="Before">Units under the old rule set.</param>
/// <param name="After">Units under the new rule set.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClassCount(string Classification, int Before, int After);

/// <summary>
/// What a rule change does to real units: the same units scored under the old and the new rule set, every unit whose
/// total, rank or classification changes (the largest change of total first), and the count per classification
/// before and after. Both scorings go through the NRules sessions as any other.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetImpact
{
    private RuleSetImpact(int scored, IReadOnlyList<UnitChange> units, IReadOnlyList<ClassCount> classes) => (Scored, Units, Classes) = (scored, units, classes);

    /// <summary>How many units were scored under both.</summary>
    public int Scored { get; }

    /// <summary>The units that move, the largest change of total first, then the largest change of rank, then by id.</summary>
    public IReadOnlyList<UnitChange> Units { get; }

    /// <summary>Units per classification, in the new rule set's order, then any the old one alone has.</summary>
    public IReadOnlyList<ClassCount> Classes { get; }

    /// <summary>
    /// Scores the same snapshots under both rule sets and compares: right when both sets read the units' figures alike;
    /// when one set knows an indicator the other does not, read the units under each and give both readings.
    /// </summary>
    /// <param name="before">The old rule set, compiled.</param>
    /// <param name="after">The new rule set, compiled.</param>
    /// <param name="units">The units, such as last season's figures.</param>
    /// <param name="cancellationToken">Stops the scoring.</param>
    /// <returns>What moves.</returns>
    public static RuleSetImpact Of(Scorer before, Scorer after, IReadOnlyList<IndicatorSnapshot> units, CancellationToken cancellationToken = default) =>
        Of(before, after, units, units, cancellationToken);

    /// <summary>
    /// Scores the units under both rule sets, each as read under its own set: a figure only one set knows (an indicator
    /// the new set dropped, or added) is then read for the set that uses it, never lost to the other's catalogue.
    /// </summary>
    /// <param name="before">The old rule set, compiled.</param>
    /// <param name="after">The new rule set, compiled.</param>
    /// <param name="unitsBefore">The units as read under the old rule set.</param>
    /// <param name="unitsAfter">The same units, in the same order, as read under the new rule set.</param>
    /// <param name="cancellationToken">Stops the scoring.</param>
    /// <returns>What moves.</returns>
    /// <exception cref="ArgumentException">The two readings do not hold the same units in the same order.</exception>
    public static RuleSetImpact Of(Scorer before, Scorer after, IReadOnlyList<IndicatorSnapshot> unitsBefore, IReadOnlyList<IndicatorSnapshot> unitsAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(unitsBefore);
        ArgumentNullException.ThrowIfNull(unitsAfter);
        if (!unitsBefore.Select(u => u.Id).SequenceEqual(unitsAfter.Select(u => u.Id), StringComparer.Ordinal))
        {
            throw new ArgumentException("The two readings must hold the same units in the same order.", nameof(unitsAfter));
        }

        var units = unitsAfter;
        var old = before.ScoreMany(unitsBefore, cancellationToken: cancellationToken);
        var now = after.ScoreMany(unitsAfter, cancellationToken: cancellationToken);
        var (oldRanks, newRanks) = (Ranks(old), Ranks(now));
        var changes = old.Zip(now)
            .Select(p => new UnitChange(p.First.UnitId, p.First.UnitName, p.First.Total, p.Second.Total,
                oldRanks.GetValueOrDefault(p.First.UnitId), newRanks.GetValueOrDefault(p.First.UnitId), p.First.Classification, p.Second.Classification))
            .Where(u => u.TotalBefore != u.TotalAfter || u.RankBefore != u.RankAfter || u.ClassificationBefore != u.ClassificationAfter)
            .OrderByDescending(u => Math.Abs(u.TotalAfter - u.TotalBefore))
            .ThenByDescending(u => Math.Abs((u.RankAfter ?? 0) - (u.RankBefore ?? 0)))
            .ThenBy(u => u.Id, StringComparer.Ordinal)
            .ToList();
        var names = after.RuleSet.Classification.Select(c => c.Name).Concat(before.RuleSet.Classification.Select(c => c.Name)).Distinct(StringComparer.Ordinal);
        var classes = names.Select(n => new ClassCount(n, old.Count(c => c.Classification == n), now.Count(c => c.Classification == n))).ToList();
        return new RuleSetImpact(units.Count, changes, classes);
    }

    private static Dictionary<string, int?> Ranks(IReadOnlyList<Scorecard> cards)
    {
        var ranks = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var ranked in Ranking.Rank(cards))
        {
            ranks.TryAdd(ranked.Card.UnitId, ranked.Rank);
        }

        return ranks;
    }
}
