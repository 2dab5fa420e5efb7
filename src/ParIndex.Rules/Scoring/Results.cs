namespace ParIndex.Rules;

/// <summary>One indicator value a part used, as the snapshot gave it.</summary>
/// <param name="Key">The indicator key.</param>
/// <param name="Value">The value, or <see langword="null"/> when the snapshot did not give it.</param>
/// <remarks>Immutable and thread-safe. A struct: a batch holds one per input of every part of every unit.</remarks>
public readonly record struct IndicatorInput(string Key, IndicatorValue? Value);

/// <summary>The result of one part of a criterion.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartResult
{
    internal PartResult(string? id, CriterionStatus status, decimal? value, IReadOnlyList<IndicatorInput> inputs, Requirement requirement, decimal points, decimal maxPoints, string? problem)
    {
        Id = id;
        Status = status;
        Value = value;
        Inputs = inputs;
        Requirement = requirement;
        Points = points;
        MaxPoints = maxPoints;
        Problem = problem;
    }

    /// <summary>The part's id, or <see langword="null"/> for the only part.</summary>
    public string? Id { get; }

    /// <summary>The part's status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The value as computed (a rate rounded to 2 decimals; 1/0 for yes/no), or <see langword="null"/> when it could not be.</summary>
    public decimal? Value { get; }

    /// <summary>The indicator values the part read.</summary>
    public IReadOnlyList<IndicatorInput> Inputs { get; }

    /// <summary>The requirement the value was compared with.</summary>
    public Requirement Requirement { get; }

    /// <summary>The points earned, rounded to 2 decimals.</summary>
    public decimal Points { get; }

    /// <summary>The part's maximum.</summary>
    public decimal MaxPoints { get; }

    /// <summary>For missing or invalid data, which indicator and why (English), else <see langword="null"/>.</summary>
    public string? Problem { get; }

    /// <summary>
    /// How many more events (the rate's numerator, or the count; fewer, where less is better) would meet the
    /// requirement, under the same rounding: 2,970 of 3,000 on time needs 27 more for 99.9%. 0 when it is met;
    /// <see langword="null"/> where no count of events says it (a yes/no, missing data, out of reach).
    /// </summary>
    public decimal? Needed { get; internal init; }

    /// <summary>How many more events (or fewer) would earn the part's full points; as <see cref="Needed"/> otherwise.</summary>
    public decimal? NeededFull { get; internal init; }
}

/// <summary>The result of one criterion for one unit.</summary>
/// <remarks>
/// Immutable and thread-safe. The hint is written the first time it is read, once: a batch of thousands of
/// units is ranked far more often than every hint of every unit is read.
/// </remarks>
public sealed class CriterionResult
{
    internal CriterionResult(string id, string area, LocalizedText title, CriterionStatus status, decimal points, decimal maxPoints, IReadOnlyList<PartResult> parts, string lead, string support, Deadline deadline)
    {
        Id = id;
        Area = area;
        Title = title;
        Status = status;
        Points = points;
        MaxPoints = maxPoints;
        Parts = parts;
        Lead = lead;
        Support = support;
        Deadline = deadline;
    }

    /// <summary>The criterion's id, such as <c>3.2.1</c>.</summary>
    public string Id { get; }

    /// <summary>The id of its area.</summary>
    public string Area { get; }

    /// <summary>Its title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Its status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The points earned, rounded to 2 decimals.</summary>
    public decimal Points { get; }

    /// <summary>Its maximum.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The parts' results, in rule-file order.</summary>
    public IReadOnlyList<PartResult> Parts { get; }

    /// <summary>The lead unit.</summary>
    public string Lead { get; }

    /// <summary>The supporting unit.</summary>
    public string Support { get; }

    /// <summary>The office <see cref="Lead"/> names in the rule set's catalogue; <see langword="null"/> when the rule set has none.</summary>
    public OfficeDefinition? LeadOffice { get; internal init; }

    /// <summary>The office <see cref="Support"/> names in the rule set's catalogue; <see langword="null"/> when the rule set has none.</summary>
    public OfficeDefinition? SupportOffice { get; internal init; }

    /// <summary>The lead as plans group and name it: the catalogue's office in the language, else as the criterion writes it.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The name.</returns>
    public string LeadIn(Language language) => LeadOffice?.Title.In(language) ?? Lead;

    /// <summary>The supporting unit as plans name it: the catalogue's office in the language, else as the criterion writes it.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The name.</returns>
    public string SupportIn(Language language) => SupportOffice?.Title.In(language) ?? Support;

    /// <summary>When it must be done.</summary>
    public Deadline Deadline { get; }

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

    /// <summary>
    /// The points lost from the total: <c>MaxPoints − Points</c>; in a penalty area, where points are deducted, the points
    /// themselves; 0 when excluded, and 0 in a bonus area, since a bonus not earned takes nothing from the total.
    /// </summary>
    public decimal Deduction => Excluded || InBonusArea ? 0m : Deducts ? Points : MaxPoints - Points;

    /// <summary>Whether the criterion sits in a bonus area.</summary>
    internal bool InBonusArea { get; init; }

    /// <summary>Whether the criterion sits in a penalty area: its <see cref="Points"/> are deducted from the total.</summary>
    public bool Deducts { get; internal init; }

    /// <summary>Whether the criterion is excluded for this unit (it does not apply to the unit's type, or every part is not applicable and the rule set excludes such criteria): 0 of 0, status <c>not_applicable</c>, its maximum left out of the unit's applicable maximum.</summary>
    public bool Excluded { get; internal init; }

    /// <summary>Whether the criterion is judged (no figures): its points are the appraisal's, else the claim's.</summary>
    public bool Judged { get; internal init; }

    /// <summary>Whether the points are a judged criterion's claim, not yet appraised.</summary>
    public bool Provisional => Judged && Appraisal.Count == 0 && Claim is not null && !Excluded;

    /// <summary>The appraisal's rounds for this criterion, in the order given (the whole trail, for audit); empty when not appraised.</summary>
    public IReadOnlyList<AppraisalRound> Appraisal { get; internal init; } = [];

    /// <summary>The points of the latest appraisal round, when appraised: then they are <see cref="Points"/>.</summary>
    public decimal? AppraisedPoints => GivenPoints.Latest(Appraisal)?.Points;

    /// <summary>The status the figures gave, kept beside an appraised or excluded <see cref="Status"/>; <see langword="null"/> for a judged criterion.</summary>
    public CriterionStatus? ComputedStatus { get; internal init; }

    /// <summary>The points the figures gave, kept beside appraised or excluded <see cref="Points"/>; <see langword="null"/> for a judged criterion.</summary>
    public decimal? ComputedPoints { get; internal init; }

    /// <summary>The unit's own claim for this criterion, when its snapshot self-assesses it.</summary>
    public Claim? Claim { get; internal init; }

    /// <summary>Claimed minus final points, when there is a claim: above 0 the unit claims more than it earns.</summary>
    public decimal? Discrepancy => Claim is { } claim ? claim.Points - Points : null;

    /// <summary>Whether the unit claims better than it gets (the office's check before appraisal): more points, or in a penalty area fewer points deducted.</summary>
    public bool OverClaimed => Deducts ? Discrepancy < 0m : Discrepancy > 0m;

    /// <summary>Whether the claim is above 0 with neither evidence nor an explanation; it changes no points.</summary>
    public bool EvidenceMissing => Claim is { Points: > 0m } claim && claim.Evidence.Count == 0 && string.IsNullOrWhiteSpace(claim.Explanation);
}

/// <summary>An area's subtotal for one unit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AreaResult
{
    internal AreaResult(string id, LocalizedText title, decimal points, decimal maxPoints)
    {
        Id = id;
        Title = title;
        Points = points;
        MaxPoints = maxPoints;
    }

    /// <summary>The area's id.</summary>
    public string Id { get; }

    /// <summary>The area's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The sum of its criteria's points; a bonus or penalty area's capped at its maximum.</summary>
    public decimal Points { get; }

    /// <summary>The area's maximum: for a bonus or penalty area, its cap.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The area's kind as rule files write it: <c>base</c>, <c>bonus</c> or <c>penalty</c> (whose points are deducted).</summary>
    public string Kind { get; internal init; } = "base";

    /// <summary>The maximum of its criteria that apply to the unit (a bonus or penalty area's no more than its cap).</summary>
    public decimal ApplicableMaxPoints { get; internal init; }

    /// <summary><c>Points × 100 / ApplicableMaxPoints</c>, rounded to 2 decimals; <see langword="null"/> when nothing in it applies.</summary>
    public decimal? Percent { get; internal init; }
}

/// <summary>One unit's scores under one rule set: every criterion, area subtotals, total, classification, SIPAS and targets.</summary>
/// <remarks>
/// Immutable and thread-safe. A class, not a record, as are <see cref="CriterionResult"/> and <see cref="PartResult"/>:
/// their lists are built when first read, and a record's equality would compare those lists as references, so two
/// scorecards with every figure alike would be "different". Compare what matters (total, each criterion's status and points).
/// </remarks>
public sealed class Scorecard
{
    internal Scorecard(string ruleSetId, string ruleSetVersion, string ruleSetHash, string unitId, string unitName, string? period, IReadOnlyList<CriterionResult> criteria, IReadOnlyList<AreaResult> areas, decimal total, decimal maxTotal, string classification, decimal? sipas, bool meetsTargets)
    {
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        RuleSetHash = ruleSetHash;
        UnitId = unitId;
        UnitName = unitName;
        Period = period;
        Criteria = criteria;
        Areas = areas;
        Total = total;
        MaxTotal = maxTotal;
        Classification = classification;
        Sipas = sipas;
        MeetsTargets = meetsTargets;
    }

    /// <summary>The id of the rule set that produced it.</summary>
    public string RuleSetId { get; }

    /// <summary>Its version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Its content hash.</summary>
    public string RuleSetHash { get; }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name.</summary>
    public string UnitName { get; }

    /// <summary>The unit's type (its peer group, such as <c>xa</c> or <c>phuong</c>), when its snapshot gives one.</summary>
    public string? UnitType { get; internal init; }

    /// <summary>The sum of the unit's claims, when it self-assessed any criterion.</summary>
    public decimal? ClaimedTotal { get; internal init; }

    /// <summary>The snapshot's period, when given.</summary>
    public string? Period { get; }

    /// <summary>The criteria's results, in rule-file order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>The area subtotals, in manifest order.</summary>
    public IReadOnlyList<AreaResult> Areas { get; }

    /// <summary>
    /// The total: <see cref="Base"/> + <see cref="Bonus"/> − <see cref="Penalty"/>, floored at 0 and capped at <see cref="MaxTotal"/>.
    /// For a rule set with base areas only and no criterion excluded, the sum of the criteria's rounded points.
    /// 0 when <see cref="HasTotal"/> is false.
    /// </summary>
    public decimal Total { get; }

    /// <summary>Whether the unit has a total: false when no base criterion applies to it, and then it is neither classified nor ranked.</summary>
    public bool HasTotal { get; internal init; } = true;

    /// <summary>The base areas' points, rescaled to <see cref="MaxTotal"/> (rounded to 2 decimals) when criteria were excluded.</summary>
    public decimal Base { get; internal init; }

    /// <summary>The bonus areas' points, each area capped at its maximum.</summary>
    public decimal Bonus { get; internal init; }

    /// <summary>The penalty areas' deducted points, each area capped at its maximum.</summary>
    public decimal Penalty { get; internal init; }

    /// <summary>The maximum of the base criteria that apply to the unit: <see cref="MaxTotal"/> unless some were excluded.</summary>
    public decimal ApplicableMaxPoints { get; internal init; }

    /// <summary>The rule set's total points.</summary>
    public decimal MaxTotal { get; }

    /// <summary>The classification band of the total; empty when the unit has no total.</summary>
    public string Classification { get; }

    /// <summary>The SIPAS percentage, or <see langword="null"/> when an aspect is missing or invalid.</summary>
    public decimal? Sipas { get; }

    /// <summary>Whether total and SIPAS both reach the plan's targets.</summary>
    public bool MeetsTargets { get; }

    /// <summary>The points lost in all: <c>MaxTotal − Total</c>.</summary>
    public decimal Deduction => MaxTotal - Total;

    /// <summary>The points of the criterion at a position, without building its result (parts, hint) as <see cref="Criteria"/> would: for writers of thousands of units that need the points alone.</summary>
    /// <param name="index">The criterion's position in the rule set (and in <see cref="Criteria"/>).</param>
    /// <returns>Its final points.</returns>
    public decimal PointsAt(int index) => Criteria is ICriterionIndex indexed ? indexed.PointsAt(index) : Criteria[index].Points;

    /// <summary>The status of the criterion at a position, without building its result: with <see cref="PointsAt"/>, what a record of thousands of units keeps.</summary>
    /// <param name="index">The criterion's position in the rule set (and in <see cref="Criteria"/>).</param>
    /// <returns>Its final status.</returns>
    public CriterionStatus StatusAt(int index) => Criteria is ICriterionIndex indexed ? indexed.StatusAt(index) : Criteria[index].Status;

    /// <summary>
    /// Each criterion's result, built for one pass and not kept as <see cref="Criteria"/> keeps what it builds: for a
    /// writer of thousands of units, whose memory would otherwise hold every unit's results at once.
    /// </summary>
    /// <returns>The results, in the rule set's order.</returns>
    public IEnumerable<CriterionResult> CriteriaOnce() => LazyList<CriterionResult>.Transiently(Criteria);

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

    /// <summary>The points of the criterion at a position, without building its result.</summary>
    decimal PointsAt(int index);

    /// <summary>The status of the criterion at a position, without building its result.</summary>
    CriterionStatus StatusAt(int index);
}
