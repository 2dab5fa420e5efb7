using ParIndex.Rules.Store;

namespace ParIndex.Rules.Workbench;

/// <summary>
/// The season the workbench holds: the rule set, the units as read (figures, claims, appraisal rounds), last year's
/// results and the scored batch. Every change (an appraisal round) scores the whole batch again with the library and
/// is recorded in the store, so the ranking and the record always agree. Immutable: a change makes a new season.
/// </summary>
internal sealed class Season
{
    private Season(Scorer scorer, SnapshotBatch batch, PreviousResults? previous, ScoredBatch scored, IReadOnlyList<string> files)
    {
        Scorer = scorer;
        Batch = batch;
        Previous = previous;
        Scored = scored;
        Files = files;
    }

    public Scorer Scorer { get; }

    public RuleSet RuleSet => Scorer.RuleSet;

    public SnapshotBatch Batch { get; }

    public PreviousResults? Previous { get; }

    public ScoredBatch Scored { get; }

    /// <summary>The files the season was read from, by their names as uploaded.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every input problem: the figures', the claims' and appraisal's, last year's.</summary>
    public IReadOnlyList<InputProblem> Problems => [.. Scored.Errors, .. Scored.Warnings];

    /// <summary>Reads a season from saved uploads and scores it.</summary>
    /// <param name="ruleSet">The rule set chosen.</param>
    /// <param name="figures">The figures files (.json, .csv, .xlsx).</param>
    /// <param name="claims">The self-assessment table, if any.</param>
    /// <param name="appraisal">The appraisal table, if any.</param>
    /// <param name="previous">Last year's results, if any.</param>
    /// <param name="names">The files' names as uploaded, for the page.</param>
    public static Season Read(RuleSet ruleSet, IReadOnlyList<string> figures, string? claims, string? appraisal, string? previous, IReadOnlyList<string> names)
    {
        var batch = SnapshotReader.ReadFiles(figures, ruleSet);
        foreach (var table in new[] { claims, appraisal }.OfType<string>())
        {
            batch = AssessmentFile.ReadFile(table, ruleSet).Apply(batch);
        }

        var last = previous is null ? null : PreviousResults.ReadFile(previous);
        var scorer = Scorer.Compile(ruleSet);
        return new Season(scorer, batch, last, scorer.ScoreBatch(batch, last), names);
    }

    /// <summary>The season with one more appraisal round for a unit's criterion, scored again.</summary>
    /// <returns>The new season, or the reason the round is refused (in both languages).</returns>
    public (Season? Season, LocalizedText? Refused) Appraise(string unitId, string criterionId, decimal points, string reason, string by)
    {
        var unit = Batch.Snapshots.FirstOrDefault(u => u.Id == unitId);
        var criterion = RuleSet.Criteria.FirstOrDefault(c => c.Id == criterionId);
        if (unit is null || criterion is null)
        {
            return (null, Messages.Say("workbench.no-such-unit-or-criterion", unitId, criterionId));
        }

        // The library decides whether the points can stand (as its readers and scorer do); the page says why in words.
        if (!criterion.CanBeGiven(points))
        {
            return (null, criterion.Judged?.Step is { } step && points >= 0m && points <= criterion.MaxPoints && decimal.Round(points, 2) == points
                ? Messages.Say("workbench.not-a-multiple-of-the-step", criterion.Id, MessageCatalogue.NumberInBoth(step), MessageCatalogue.NumberInBoth(points))
                : Messages.Say("workbench.points-outside-the-criterion", criterion.Id, MessageCatalogue.NumberInBoth(points), MessageCatalogue.NumberInBoth(criterion.MaxPoints)));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return (null, Messages.Say("workbench.a-round-needs-a-reason"));
        }

        var rounds = unit.Appraisal?.GetValueOrDefault(criterionId) ?? [];
        var round = new AppraisalRound(rounds.Count == 0 ? 1 : rounds.Max(r => r.Round) + 1, points, reason.Trim(), string.IsNullOrWhiteSpace(by) ? null : by.Trim());
        var appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>>(unit.Appraisal ?? new Dictionary<string, IReadOnlyList<AppraisalRound>>(), StringComparer.Ordinal)
        {
            [criterionId] = [.. rounds, round],
        };
        var changed = Batch.WithSnapshots([.. Batch.Snapshots.Select(u => u.Id == unitId ? u with { Appraisal = appraisal } : u)]);
        return (new Season(Scorer, changed, Previous, Scorer.ScoreBatch(changed, Previous), Files), null);
    }


    /// <summary>Records the season's scoring in the store.</summary>
    public StoredRun Record(ResultStore store, string by, DateTimeOffset at) => store.Record(Scored.Inputs, Scored, new RecordOptions(at, by), Scored.Source);
}
