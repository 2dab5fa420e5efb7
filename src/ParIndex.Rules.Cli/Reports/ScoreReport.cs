
namespace ParIndex.Rules.Cli.Reports;

/// <summary>One unit's line of the report: its ranked scorecard and, when last year's results were given, how it moved.</summary>
/// <param name="Ranked">The unit, ranked.</param>
/// <param name="Previous">Its result last year (with its areas' and criteria's points when last year's results were this tool's JSON); null without one.</param>
internal sealed record UnitRow(RankedScorecard Ranked, PreviousResult? Previous)
{
    /// <summary>For a unit formed by a merger: its predecessors' ids with last year's total and rank (null where last year's results lack one); null for any other unit.</summary>
    public IReadOnlyList<(string Id, decimal? Total, int? Rank)>? Predecessors { get; init; }

    public Scorecard Card => Ranked.Card;

    public decimal? PreviousTotal => Previous?.Total;

    public int? PreviousRank => Previous?.Rank;

    public decimal? DeltaPoints => Previous?.DeltaPoints(Ranked);

    /// <summary>Places gained: positive when the unit moved up the ranking.</summary>
    public int? DeltaRank => Previous?.DeltaRank(Ranked);

    /// <summary>The plan's target: higher both in points and in rank than last year.</summary>
    public bool? ImprovedBoth => Previous?.ImprovedBoth(Ranked);

    /// <summary>A ranked unit's row, with last year's result when one was given for its id.</summary>
    public static UnitRow Of(RankedScorecard ranked, IReadOnlyDictionary<string, PreviousResult>? previous, MergeMap? merge = null)
    {
        // A merged unit has no total of its own last year: its predecessors' are listed instead of a delta.
        if (merge?.Units.FirstOrDefault(u => u.Id == ranked.Card.UnitId) is { } merged)
        {
            return new UnitRow(ranked, null)
            {
                Predecessors = [.. merged.Predecessors.Select(p => previous?.GetValueOrDefault(p) is var was ? (p, was?.Total, was?.Rank) : default)],
            };
        }

        return new UnitRow(ranked, previous?.GetValueOrDefault(ranked.Card.UnitId));
    }

    /// <summary>The biggest deductions first; equal ones in rule-file order.</summary>
    public IEnumerable<CriterionResult> Deductions =>
        Card.Criteria.Where(c => c.Deduction > 0).OrderByDescending(c => c.Deduction);
}

/// <summary>Everything a score report shows, whatever its format.</summary>
/// <param name="Rows">The units by rank, highest total first (equal totals in input order): how people read them.</param>
/// <param name="InputOrder">The same rows in input order: how the machine formats (JSON, CSV) write them, so a program can join them with its inputs.</param>
internal sealed record ScoreReport(
    RuleSet RuleSet,
    IReadOnlyList<UnitRow> Rows,
    IReadOnlyList<UnitRow> InputOrder,
    IReadOnlyList<InputProblem> Errors,
    IReadOnlyList<InputProblem> Warnings,
    bool HasPrevious)
{
    public static ScoreReport Build(RuleSet ruleSet, IReadOnlyList<Scorecard> cards, SnapshotBatch batch, IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous, MergeMap? merge = null, PreviousDetails? details = null)
    {
        // Last year's results, once, as the library's writers take them: with each area's and criterion's points when known.
        var results = previous?.ToDictionary(p => p.Key, p => details is not null && details.TryGetValue(p.Key, out var points)
            ? new PreviousResult(p.Value.Total, p.Value.Rank) { AreaPoints = points.Areas, CriterionPoints = points.Criteria }
            : new PreviousResult(p.Value.Total, p.Value.Rank), StringComparer.Ordinal);
        var rows = Ranking.Rank(cards).Select(r => UnitRow.Of(r, results, merge)).ToList();
        var position = new Dictionary<Scorecard, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < cards.Count; i++)
        {
            position[cards[i]] = i;
        }

        return new ScoreReport(ruleSet, rows, [.. rows.OrderBy(r => position[r.Card])], batch.Errors, batch.Warnings, previous is not null)
        {
            Previous = results,
            Merge = merge,
        };
    }

    /// <summary>The report's best <paramref name="count"/> units, for the table and Markdown; all of them when null.</summary>
    public ScoreReport Top(int? count) => count is { } n && n < Rows.Count ? this with { Rows = [.. Rows.Take(n)], Shown = n } : this;

    /// <summary>Last year's results as the library's writers take them; null without them.</summary>
    public IReadOnlyDictionary<string, PreviousResult>? Previous { get; init; }

    /// <summary>The merge map the batch was formed with, when any.</summary>
    public MergeMap? Merge { get; init; }

    /// <summary>How many of the ranked units a report shows, when fewer than all (--top).</summary>
    public int? Shown { get; init; }

    /// <summary>The report narrowed to one unit.</summary>
    public ScoreReport Only(UnitRow row) => this with { Rows = [row], InputOrder = [row] };

    /// <summary>The rows of each unit type, by type id, each in rank order.</summary>
    public static IEnumerable<IGrouping<string, UnitRow>> TypeGroups(ScoreReport report) =>
        report.Rows.Where(r => r.Card.UnitType is not null).GroupBy(r => r.Card.UnitType!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);

    /// <summary>A type's title as the manifest gives it (<c>Thị trấn</c>), or its id when the manifest lists no types.</summary>
    public static string TypeTitle(RuleSet ruleSet, string type, bool english) =>
        ruleSet.UnitTypes.FirstOrDefault(t => t.Id == type) is { } listed ? listed.Title.In(Text.Lang(english)) : Text.Visible(type);

    /// <summary>A type's name as the manifest titles it, with its id (<c>Thị trấn (thi-tran)</c>), or the id quoted when the manifest lists no types.</summary>
    public static string TypeName(RuleSet ruleSet, string type, bool english) =>
        ruleSet.UnitTypes.FirstOrDefault(t => t.Id == type) is { } listed
            ? $"{listed.Title.In(Text.Lang(english))} ({Text.Visible(type)})"
            : $"'{Text.Visible(type)}'";

    public static string StatusLabel(CriterionStatus status, bool english) => Texts.Status(status, Text.Lang(english));
}
