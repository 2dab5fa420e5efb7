using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Store;

/// <summary>What moved a criterion's result between two runs.</summary>
[Flags]
public enum ChangeCause
{
    /// <summary>Nothing the record holds: the same figures, claim, appraisal and rules (the rank may still move with other units).</summary>
    None = 0,

    /// <summary>A figure the criterion reads.</summary>
    Figures = 1,

    /// <summary>The unit's claim for it.</summary>
    Claim = 2,

    /// <summary>An appraisal round for it.</summary>
    Appraisal = 4,

    /// <summary>The criterion's rule (the rule sets differ on it).</summary>
    RuleSet = 8,
}

/// <summary>A unit's result in one run, with the run.</summary>
/// <param name="Run">The run.</param>
/// <param name="Result">The unit's result in it.</param>
public sealed record UnitHistoryEntry(StoredRun Run, StoredResult Result);

/// <summary>A criterion whose status or points differ between two runs, and why.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Before">The earlier result, or <see langword="null"/> when the earlier run's rules had no such criterion.</param>
/// <param name="After">The later result, or <see langword="null"/> when the later run's rules have none.</param>
/// <param name="Causes">What changed between the two records for it.</param>
public sealed record ResultChange(string CriterionId, StoredCriterion? Before, StoredCriterion? After, ChangeCause Causes);

/// <summary>A unit's history and the changes between runs.</summary>
public sealed partial class ResultStore
{
    /// <summary>A unit's results across every run that scored it, oldest first: totals, ranks, classification and the rule set of each.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>The entries; empty when no run scored it.</returns>
    public IReadOnlyList<UnitHistoryEntry> History(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var runs = Runs().ToDictionary(r => r.Run);
        return [.. Query("SELECT run, unit, name, type, total, rank, rank_in_type, classification, criteria FROM results WHERE unit = $unit ORDER BY run",
            ReadResult, ("$unit", unitId)).Select(r => new UnitHistoryEntry(runs[r.Run], r))];
    }

    /// <summary>Each criterion of a unit whose status or points differ between two runs, with what changed in the record for it.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="from">The earlier run.</param>
    /// <param name="to">The later run.</param>
    /// <returns>The changes, in the later run's criterion order.</returns>
    /// <exception cref="ArgumentException">One of the runs did not score the unit.</exception>
    public IReadOnlyList<ResultChange> Changes(string unitId, long from, long to)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var history = History(unitId);
        var before = history.FirstOrDefault(e => e.Run.Run == from) ?? throw new ArgumentException($"Run {from} did not score '{unitId}'.", nameof(from));
        var after = history.FirstOrDefault(e => e.Run.Run == to) ?? throw new ArgumentException($"Run {to} did not score '{unitId}'.", nameof(to));
        var (oldRules, newRules) = (RuleSetOf(from), RuleSetOf(to));
        var (oldUnit, newUnit) = (Input(from, unitId), Input(to, unitId));
        var ruleChanged = oldRules.ContentHash == newRules.ContentHash ? [] : RuleSetDiff.Compare(oldRules, newRules).Criteria.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ids = after.Result.Criteria.Select(c => c.Id).Concat(before.Result.Criteria.Select(c => c.Id)).Distinct(StringComparer.Ordinal);
        var changes = new List<ResultChange>();
        foreach (var id in ids)
        {
            var (was, now) = (before.Result.Criteria.FirstOrDefault(c => c.Id == id), after.Result.Criteria.FirstOrDefault(c => c.Id == id));
            if (was == now)
            {
                continue;
            }

            var keys = newRules.Criteria.Concat(oldRules.Criteria).Where(c => c.Id == id).SelectMany(c => c.Parts).SelectMany(p => p.Value.Inputs).Distinct(StringComparer.Ordinal);
            var causes = ChangeCause.None;
            causes |= keys.Any(k => !Equals(oldUnit.Indicators.GetValueOrDefault(k), newUnit.Indicators.GetValueOrDefault(k))) ? ChangeCause.Figures : 0;
            causes |= Claimed(oldUnit, id) != Claimed(newUnit, id) ? ChangeCause.Claim : 0;
            causes |= Appraised(oldUnit, id) != Appraised(newUnit, id) ? ChangeCause.Appraisal : 0;
            causes |= ruleChanged.Contains(id) ? ChangeCause.RuleSet : 0;
            changes.Add(new ResultChange(id, was, now, causes));
        }

        return changes;
    }

    /// <summary>
    /// Last period's results as the store holds them: the final run (the last recorded) of the latest period before
    /// <paramref name="period"/>, for the Δ columns, so last year's file need not be passed by hand.
    /// </summary>
    /// <param name="period">This run's period, such as <c>2025</c>; periods are compared as written, so write them alike (<c>2024</c>, <c>2025</c>).</param>
    /// <returns>The results, or <see langword="null"/> when the store holds no earlier period.</returns>
    public PreviousResults? PreviousOf(string? period)
    {
        if (period is null)
        {
            return null;
        }

        var final = Runs().Where(r => r.Period is not null && string.CompareOrdinal(r.Period, period) < 0)
            .OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Run).LastOrDefault();
        if (final is null)
        {
            return null;
        }

        var byUnit = Results(final.Run).Where(r => r.Total is not null && r.Rank is not null).ToDictionary(r => r.UnitId, r => new PreviousResult(r.Total!.Value, r.Rank!.Value)
        {
            CriterionPoints = r.Criteria.ToDictionary(c => c.Id, c => c.Points, StringComparer.Ordinal),
        }, StringComparer.Ordinal);
        return new PreviousResults($"{Path}#{final.Run} ({final.Period})", byUnit);
    }

    /// <summary>One unit's inputs in a run, read alone (a run holds thousands).</summary>
    private IndicatorSnapshot Input(long run, string unitId) =>
        Query("SELECT snapshot FROM inputs WHERE run = $run AND unit = $unit", r => SnapshotJson.Read(r.GetString(0)), ("$run", run), ("$unit", unitId)).Single();

    private static string Claimed(IndicatorSnapshot unit, string id) =>
        unit.SelfAssessment?.GetValueOrDefault(id) is { } claim ? $"{SnapshotJson.Number(claim.Points)}|{claim.Explanation}|{string.Join("|", claim.Evidence)}" : string.Empty;

    private static string Appraised(IndicatorSnapshot unit, string id) =>
        unit.Appraisal?.GetValueOrDefault(id) is { } rounds ? string.Join("|", rounds.Select(r => $"{r.Round}:{SnapshotJson.Number(r.Points)}:{r.Reason}:{r.By}")) : string.Empty;
}
