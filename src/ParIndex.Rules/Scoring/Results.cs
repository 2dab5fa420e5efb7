
namespace ParIndex.Rules;

/// <summary>One indicator value a part used, as the snapshot gave it.</summary>
/// <param name="Key">The indicator key.</param>
/// <param name="Value">The value, or <see langword="null"/> when the snapshot did not give it.</param>
/// <remarks>Immutable and thread-safe. A struct: a batch holds one per input of every part of every unit.</remarks>
public readonly record struct IndicatorInput(string Key, IndicatorValue? Value);

/// <summary>The result of one part of a criterion.</summary>
/// <param name="Id">The part's id, or <see langword="null"/> for the only part.</param>
/// <param name="Status">The part's status.</param>
/// <param name="Value">The value as computed (a rate rounded to 2 decimals; 1/0 for yes/no), or <see langword="null"/> when it could not be.</param>
/// <param name="Inputs">The indicator values the part read.</param>
/// <param name="Requirement">The requirement the value was compared with.</param>
/// <param name="Points">The points earned, rounded to 2 decimals.</param>
/// <param name="MaxPoints">The part's maximum.</param>
/// <param name="Problem">For missing or invalid data, which indicator and why (English), else <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PartResult(
    string? Id,
    CriterionStatus Status,
    decimal? Value,
    IReadOnlyList<IndicatorInput> Inputs,
    Requirement Requirement,
    decimal Points,
    decimal MaxPoints,
    string? Problem);

/// <summary>The result of one criterion for one unit.</summary>
/// <param name="Id">The criterion's id, such as <c>3.2.1</c>.</param>
/// <param name="Area">The id of its area.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="Points">The points earned, rounded to 2 decimals.</param>
/// <param name="MaxPoints">Its maximum.</param>
/// <param name="Parts">The parts' results, in rule-file order.</param>
/// <param name="Lead">The lead unit.</param>
/// <param name="Support">The supporting unit.</param>
/// <param name="Deadline">When it must be done.</param>
/// <remarks>
/// Immutable and thread-safe. The hint is written the first time it is read, once: a batch of thousands of
/// units is ranked far more often than every hint of every unit is read.
/// </remarks>
public sealed record CriterionResult(
    string Id,
    string Area,
    LocalizedText Title,
    CriterionStatus Status,
    decimal Points,
    decimal MaxPoints,
    IReadOnlyList<PartResult> Parts,
    string Lead,
    string Support,
    Deadline Deadline)
{
    private readonly Lazy<LocalizedText>? _hint;

    /// <summary>Creates a result whose hint is written when first read.</summary>
    internal CriterionResult(
        string id, string area, LocalizedText title, CriterionStatus status, decimal points, decimal maxPoints,
        IReadOnlyList<PartResult> parts, string lead, string support, Deadline deadline, Func<LocalizedText>? hint)
        : this(id, area, title, status, points, maxPoints, parts, lead, support, deadline)
    {
        _hint = hint is null ? null : new Lazy<LocalizedText>(hint, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The remediation hint: what is short, what to do, who leads, who supports, by when; <see langword="null"/> exactly when the status is pass or not applicable.</summary>
    public LocalizedText? Hint => _hint?.Value;

    /// <summary>The points lost: <c>MaxPoints − Points</c>.</summary>
    public decimal Deduction => MaxPoints - Points;
}

/// <summary>An area's subtotal for one unit.</summary>
/// <param name="Id">The area's id.</param>
/// <param name="Title">The area's title.</param>
/// <param name="Points">The sum of its criteria's points.</param>
/// <param name="MaxPoints">The area's maximum.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AreaResult(string Id, LocalizedText Title, decimal Points, decimal MaxPoints);

/// <summary>One unit's scores under one rule set: every criterion, area subtotals, total, classification, SIPAS and targets.</summary>
/// <param name="RuleSetId">The id of the rule set that produced it.</param>
/// <param name="RuleSetVersion">Its version.</param>
/// <param name="RuleSetHash">Its content hash.</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Period">The snapshot's period, when given.</param>
/// <param name="Criteria">The criteria's results, in rule-file order.</param>
/// <param name="Areas">The area subtotals, in manifest order.</param>
/// <param name="Total">The sum of the criteria's rounded points.</param>
/// <param name="MaxTotal">The rule set's total points.</param>
/// <param name="Classification">The classification band of the total.</param>
/// <param name="Sipas">The SIPAS percentage, or <see langword="null"/> when an aspect is missing or invalid.</param>
/// <param name="MeetsTargets">Whether total and SIPAS both reach the plan's targets.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Scorecard(
    string RuleSetId,
    string RuleSetVersion,
    string RuleSetHash,
    string UnitId,
    string UnitName,
    string? Period,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<AreaResult> Areas,
    decimal Total,
    decimal MaxTotal,
    string Classification,
    decimal? Sipas,
    bool MeetsTargets)
{
    /// <summary>The points lost in all: <c>MaxTotal − Total</c>.</summary>
    public decimal Deduction => MaxTotal - Total;

    /// <summary>Finds a criterion's result by id.</summary>
    /// <param name="id">The criterion's id, such as <c>3.2.1</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The rule set has no such criterion.</exception>
    public CriterionResult Criterion(string id)
    {
        // A scorer's list finds the position from the rule set, so the criteria before it are not built just to be skipped.
        var index = Criteria is ICriterionIndex indexed ? indexed.IndexOf(id) : Criteria.ToList().FindIndex(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        return index >= 0 ? Criteria[index] : throw new KeyNotFoundException($"The rule set '{RuleSetId}' has no criterion '{id}'.");
    }
}

/// <summary>Finds a criterion's position in a scorecard's list by id, without building the results before it.</summary>
internal interface ICriterionIndex
{
    /// <summary>The position of the criterion with this id, or -1.</summary>
    int IndexOf(string id);
}
