
namespace ParIndex.Rules.Cli.Reports;

/// <summary>One unit's line of the report: its ranked scorecard, compared with last year by the library (<see cref="ScoredBatch"/>).</summary>
/// <param name="Ranked">The unit, ranked, with last year's result or its predecessors'.</param>
internal sealed record UnitRow(RankedScorecard Ranked)
{
    /// <summary>For a unit formed by a merger: its predecessors with last year's results where given; null for any other unit.</summary>
    public IReadOnlyList<PredecessorResult>? Predecessors => Ranked.Predecessors;

    public Scorecard Card => Ranked.Card;

    /// <summary>Its result last year; null without one, and for a merged unit.</summary>
    public PreviousResult? Previous => Ranked.Previous;

    public decimal? PreviousTotal => Previous?.Total;

    public int? PreviousRank => Previous?.Rank;

    public decimal? DeltaPoints => Ranked.DeltaPoints;

    /// <summary>Places gained: positive when the unit moved up the ranking.</summary>
    public int? DeltaRank => Ranked.DeltaRank;

    /// <summary>The plan's target: higher both in points and in rank than last year.</summary>
    public bool? ImprovedBoth => Ranked.ImprovedBoth;

    /// <summary>The biggest deductions first; equal ones in rule-file order.</summary>
    public IEnumerable<CriterionResult> Deductions =>
        Card.Criteria.Where(c => c.Deduction > 0).OrderByDescending(c => c.Deduction);
}

/// <summary>Everything a score report shows, whatever its format: the library's scored batch as rows.</summary>
/// <param name="Batch">The scored batch: every writer of the library takes it whole.</param>
/// <param name="Rows">The units by rank, highest total first (equal totals by id): how people read them.</param>
/// <param name="InputOrder">The same rows in input order: how the machine formats (JSON, CSV) write them, so a program can join them with its inputs.</param>
internal sealed record ScoreReport(ScoredBatch Batch, IReadOnlyList<UnitRow> Rows, IReadOnlyList<UnitRow> InputOrder)
{
    public RuleSet RuleSet => Batch.RuleSet;

    public IReadOnlyList<InputProblem> Errors => Batch.Errors;

    public IReadOnlyList<InputProblem> Warnings => Batch.Warnings;

    public bool HasPrevious => Batch.HasPrevious;

    public static ScoreReport Of(ScoredBatch batch) =>
        new(batch, [.. batch.Ranking.Select(r => new UnitRow(r))], [.. batch.Units.Select(r => new UnitRow(r))]);

    /// <summary>The report's best <paramref name="count"/> units, for the table and Markdown; all of them when null.</summary>
    public ScoreReport Top(int? count) => count is { } n && n < Rows.Count ? this with { Rows = [.. Rows.Take(n)], Shown = n } : this;

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
