
namespace ParIndex.Rules.Cli.Reports;

/// <summary>One unit's line of the report: its ranked scorecard and, when last year's results were given, how it moved.</summary>
internal sealed record UnitRow(RankedScorecard Ranked, decimal? PreviousTotal, int? PreviousRank)
{
    /// <summary>Last year's points by area id and by criterion id, when last year's results were this tool's JSON; null otherwise.</summary>
    public (Dictionary<string, decimal> Areas, Dictionary<string, decimal> Criteria)? PreviousPoints { get; init; }

    /// <summary>For a unit formed by a merger: its predecessors' ids with last year's total and rank (null where last year's results lack one); null for any other unit.</summary>
    public IReadOnlyList<(string Id, decimal? Total, int? Rank)>? Predecessors { get; init; }

    public Scorecard Card => Ranked.Card;

    public decimal? DeltaPoints => PreviousTotal is { } previous ? Card.Total - previous : null;

    /// <summary>Places gained: positive when the unit moved up the ranking.</summary>
    public int? DeltaRank => Movement(DeltaPoints, PreviousRank, Ranked.Rank).DeltaRank;

    /// <summary>The plan's target: higher both in points and in rank than last year.</summary>
    public bool? ImprovedBoth => Movement(DeltaPoints, PreviousRank, Ranked.Rank).ImprovedBoth;

    /// <summary>Places gained, and whether the unit gained both points and places; null without last year's result.</summary>
    private static (int? DeltaRank, bool? ImprovedBoth) Movement(decimal? deltaPoints, int? previousRank, int rank)
    {
        int? deltaRank = previousRank is { } previous ? previous - rank : null;
        return (deltaRank, deltaPoints is { } points && deltaRank is { } places ? points > 0 && places > 0 : null);
    }

    /// <summary>A ranked unit's row, with last year's total and rank when they were given for its id.</summary>
    public static UnitRow Of(RankedScorecard ranked, IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous, MergeMap? merge = null)
    {
        // A merged unit has no total of its own last year: its predecessors' are listed instead of a delta.
        if (merge?.Units.FirstOrDefault(u => u.Id == ranked.Card.UnitId) is { } merged)
        {
            return new UnitRow(ranked, null, null)
            {
                Predecessors = [.. merged.Predecessors.Select(p => Previous(previous, p) is var (t, r) ? (p, t, r) : default)],
            };
        }

        var (total, rank) = Previous(previous, ranked.Card.UnitId);
        return new UnitRow(ranked, total, rank);
    }

    /// <summary>Last year's total and rank of a unit, or nulls when there are no previous results or none for this id.</summary>
    private static (decimal? Total, int? Rank) Previous(IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous, string unitId) =>
        previous is not null && previous.TryGetValue(unitId, out var found) ? (found.Total, found.Rank) : (null, null);

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
        var rows = Ranking.Rank(cards).Select(r => UnitRow.Of(r, previous, merge) is var row && details is not null && details.TryGetValue(r.Card.UnitId, out var points) && row.Predecessors is null
            ? row with { PreviousPoints = points }
            : row).ToList();
        var position = new Dictionary<Scorecard, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < cards.Count; i++)
        {
            position[cards[i]] = i;
        }

        // The library's writers take last year's results as PreviousResult, with each area's and criterion's points when known.
        var forWriters = previous?.ToDictionary(p => p.Key, p => details is not null && details.TryGetValue(p.Key, out var points)
            ? new PreviousResult(p.Value.Total, p.Value.Rank) { AreaPoints = points.Areas, CriterionPoints = points.Criteria }
            : new PreviousResult(p.Value.Total, p.Value.Rank), StringComparer.Ordinal);
        return new ScoreReport(ruleSet, rows, [.. rows.OrderBy(r => position[r.Card])], batch.Errors, batch.Warnings, previous is not null)
        {
            Previous = forWriters,
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
