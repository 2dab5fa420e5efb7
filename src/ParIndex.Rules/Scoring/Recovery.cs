namespace ParIndex.Rules;

/// <summary>One criterion recovered in full on the way to a target, with the unit's total once it and those before it are.</summary>
/// <remarks>Immutable and thread-safe; equal when every value is. Made by <see cref="Recovery.GoalSeek"/> only.</remarks>
public sealed record RecoveryStep
{
    internal RecoveryStep(string criterionId, decimal recovered, decimal runningTotal) =>
        (CriterionId, Recovered, RunningTotal) = (criterionId, recovered, runningTotal);

    /// <summary>The criterion.</summary>
    public string CriterionId { get; }

    /// <summary>The points its full recovery is worth before rescaling and caps: its maximum less its points (in a penalty area, the points it deducts).</summary>
    public decimal Recovered { get; }

    /// <summary>The unit's total with this criterion and every one before it at full points, rescaled and capped as scoring does.</summary>
    public decimal RunningTotal { get; }
}

/// <summary>The fewest criteria whose full recovery brings a unit to a target total (assessment model §8).</summary>
/// <remarks>Immutable and thread-safe. A class, not a record: it holds a list, whose equality would be its reference. Made by <see cref="Recovery.GoalSeek"/> only.</remarks>
public sealed class GoalSeekResult
{
    internal GoalSeekResult(decimal target, decimal total, IReadOnlyList<RecoveryStep> steps, bool reachable) =>
        (Target, Total, Steps, Reachable) = (target, total, steps, reachable);

    /// <summary>The target total.</summary>
    public decimal Target { get; }

    /// <summary>The unit's total now.</summary>
    public decimal Total { get; }

    /// <summary>The criteria to recover, largest first, each with the running total; empty when the target is already met.</summary>
    public IReadOnlyList<RecoveryStep> Steps { get; }

    /// <summary>Whether recovering every criterion in full could reach the target; when not, <see cref="Steps"/> lists them all and the last running total is the most the unit can reach.</summary>
    public bool Reachable { get; }
}

/// <summary>A unit's figures changed, scored again in its batch with everyone else unchanged.</summary>
/// <remarks>Immutable and thread-safe. A class, not a record: scorecards have no value equality. Made by <see cref="Recovery.WhatIf"/> only.</remarks>
public sealed class WhatIfResult
{
    internal WhatIfResult(Scorecard before, Scorecard after, int rankBefore, int rankAfter) =>
        (Before, After, RankBefore, RankAfter) = (before, after, rankBefore, rankAfter);

    /// <summary>The unit's scorecard as it was.</summary>
    public Scorecard Before { get; }

    /// <summary>Its scorecard with the changes.</summary>
    public Scorecard After { get; }

    /// <summary>Its rank in the batch as it was.</summary>
    public int RankBefore { get; }

    /// <summary>Its rank among the same units with its new total.</summary>
    public int RankAfter { get; }
}

/// <summary>What it takes to recover: goal seek and what-if, on top of scoring.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Recovery
{
    /// <summary>
    /// The fewest criteria whose full recovery brings the unit to a target: criteria by recoverable points, largest
    /// first (ties in rule-file order), until the running total reaches the target. The running total is the one
    /// scoring would give (rescaled when criteria are excluded, bonus and penalty capped, capped at the maximum).
    /// </summary>
    /// <param name="scorer">The scorer that produced the card.</param>
    /// <param name="card">The unit's scorecard.</param>
    /// <param name="target">The target total; the rule set's target (its <c>targets.minTotal</c>) when null.</param>
    /// <returns>The steps, or that the target is out of reach.</returns>
    /// <exception cref="ArgumentException">The card has no total (nothing in its base applies), or is not the scorer's rule set's.</exception>
    public static GoalSeekResult GoalSeek(Scorer scorer, Scorecard card, decimal? target = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(card);
        var ruleSet = scorer.RuleSet;
        if (!card.HasTotal || card.RuleSetHash != ruleSet.ContentHash)
        {
            throw new ArgumentException(card.HasTotal ? "The card was scored by another rule set." : "The unit has no total: nothing in its base applies to it.", nameof(card));
        }

        var goal = target ?? ruleSet.Targets.MinTotal;
        var areaIndex = ruleSet.Areas.Select((a, i) => (a.Id, i)).ToDictionary(a => a.Id, a => a.i, StringComparer.Ordinal);
        var criteria = ruleSet.Criteria;
        var points = card.Criteria.Select(c => c.Points).ToArray();

        decimal Total()
        {
            var sums = new AreaSum[ruleSet.Areas.Count];
            for (var i = 0; i < criteria.Count; i++)
            {
                if (card.Criteria[i].Excluded)
                {
                    continue;
                }

                AreaSum.Add(sums, areaIndex[criteria[i].Area], points[i], criteria[i].MaxPoints, excluded: false);
            }

            return Totals.Of(ruleSet.Areas, sums, ruleSet.TotalPoints).Total ?? 0m;
        }

        var candidates = Enumerable.Range(0, criteria.Count)
            .Where(i => !card.Criteria[i].Excluded && points[i] != criteria[i].BestPoints)
            .Select(i => (Index: i, Recovered: Math.Abs(criteria[i].BestPoints - points[i])))
            .OrderByDescending(c => c.Recovered).ThenBy(c => c.Index)
            .ToList();
        var steps = new List<RecoveryStep>();
        var total = card.Total;
        foreach (var (index, recovered) in candidates)
        {
            if (total >= goal)
            {
                break;
            }

            points[index] = criteria[index].BestPoints;
            total = Total();
            steps.Add(new RecoveryStep(criteria[index].Id, recovered, total));
        }

        return new GoalSeekResult(goal, card.Total, steps, total >= goal);
    }

    /// <summary>Changes some of a unit's figures and scores it again in its batch, everyone else unchanged.</summary>
    /// <param name="scorer">The scorer.</param>
    /// <param name="batch">The batch's scorecards as scored.</param>
    /// <param name="unit">The unit's snapshot as it was.</param>
    /// <param name="changes">Indicator key → new value; a value not in the rule set's catalogue is refused.</param>
    /// <returns>The unit before and after, and its rank in the batch before and after.</returns>
    /// <exception cref="ArgumentException">The unit is not in the batch, or a key is not in the catalogue.</exception>
    public static WhatIfResult WhatIf(Scorer scorer, IReadOnlyList<Scorecard> batch, IndicatorSnapshot unit, IReadOnlyDictionary<string, IndicatorValue> changes)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(changes);
        var before = batch.FirstOrDefault(c => c.UnitId == unit.Id)
            ?? throw new ArgumentException($"The unit '{unit.Id}' is not in the batch.", nameof(unit));
        var unknown = changes.Keys.FirstOrDefault(k => !scorer.RuleSet.IndicatorsByKey.ContainsKey(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"'{unknown}' is not an indicator of '{scorer.RuleSet.Id}'" + DidYouMean.Suffix(unknown, scorer.RuleSet.IndicatorsByKey.Keys), nameof(changes));
        }

        var figures = new Dictionary<string, IndicatorValue>(unit.Indicators, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            figures[key] = value;
        }

        var after = scorer.Score(unit with { Indicators = figures });
        // Ranked by the batch's own rule (RankTable), among the others as they are.
        var others = new RankTable(batch.Where(c => !ReferenceEquals(c, before) && c.HasTotal).Select(c => c.Total));
        return new WhatIfResult(before, after, others.RankOf(before.Total), others.RankOf(after.Total));
    }
}
