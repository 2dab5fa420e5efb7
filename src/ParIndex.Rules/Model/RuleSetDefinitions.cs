namespace ParIndex.Rules;

/// <summary>The kind of value an indicator holds.</summary>
public enum IndicatorType
{
    /// <summary>A whole number of things, never negative.</summary>
    Count,

    /// <summary>An amount of money in VND, never negative.</summary>
    Amount,

    /// <summary>A yes/no fact.</summary>
    Boolean,
}

/// <summary>How a merged unit's figure is made from its predecessors' (assessment model §7).</summary>
public enum MergeRule
{
    /// <summary>The sum: the default for counts and amounts.</summary>
    Sum,

    /// <summary>Yes only when every predecessor says yes: the default for a yes/no.</summary>
    All,

    /// <summary>Yes when any predecessor says yes, for a yes/no where one suffices.</summary>
    Any,
}

/// <summary>One entry of the indicator catalogue.</summary>
/// <param name="Key">The camelCase key snapshots use.</param>
/// <param name="Type">What kind of value the indicator holds.</param>
/// <param name="Title">What the indicator counts, in Vietnamese (English optional).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorDefinition(string Key, IndicatorType Type, LocalizedText Title)
{
    /// <summary>How merged units combine it: by default the sum of a count or an amount, and "all" for a yes/no.</summary>
    public MergeRule Merge { get; init; } = Type == IndicatorType.Boolean ? MergeRule.All : MergeRule.Sum;
}

/// <summary>A type of unit the manifest lists, such as <c>xa</c> (commune) or <c>phuong</c> (ward): a peer group units are also ranked within.</summary>
/// <param name="Id">The id units give as their <c>type</c>.</param>
/// <param name="Title">The type's name, in Vietnamese (English optional).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnitTypeDefinition(string Id, LocalizedText Title);

/// <summary>
/// An office that leads or supports criteria (Công chức Văn phòng – Thống kê, Công chức Tư pháp…), from the rule set's
/// catalogue: the spellings the source document uses for it, so plans and workbooks group every criterion it leads under
/// one name however the decision happened to write it.
/// </summary>
/// <param name="Id">The office's id, such as <c>van-phong</c>.</param>
/// <param name="Title">The name plans and workbooks show, in Vietnamese (English optional).</param>
/// <param name="Spellings">The ways criteria write it (<c>Văn phòng</c>, <c>Công chức Văn Phòng</c>…), compared letter case and spacing aside.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OfficeDefinition(string Id, LocalizedText Title, IReadOnlyList<string> Spellings)
{
    /// <summary>Whether a criterion's lead or support, as written, names this office: its id, its title or a spelling.</summary>
    /// <param name="written">The lead or support as the criterion writes it.</param>
    /// <returns>Whether it names this office.</returns>
    public bool IsWrittenAs(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var key = written.Folded();
        return Id.Folded() == key || Title.Vi.Folded() == key || Spellings.Any(s => s.Folded() == key);
    }
}

/// <summary>What an area's points do to the total (assessment model §5).</summary>
public enum AreaKind
{
    /// <summary>Part of the index: the base areas add up to <c>totalPoints</c>, and only they are rescaled.</summary>
    Base,

    /// <summary>Added to the rescaled base, up to the area's <c>maxPoints</c> (its cap).</summary>
    Bonus,

    /// <summary>Deducted from the rescaled base, up to the area's <c>maxPoints</c> (its cap); a criterion's points here are the points deducted.</summary>
    Penalty,
}

/// <summary>What a criterion whose every part is not applicable does to a unit's index (the manifest's <c>notApplicable</c>).</summary>
public enum NotApplicablePolicy
{
    /// <summary>It earns full points (the default, and the 2025 commune set's rule).</summary>
    Full,

    /// <summary>It is excluded: 0 of 0, its maximum leaves the unit's applicable maximum, and the base is rescaled.</summary>
    Exclude,
}

/// <summary>An area (lĩnh vực) of the index, such as <c>III. Cải cách thủ tục hành chính</c>.</summary>
/// <param name="Id">The roman numeral as the source document writes it.</param>
/// <param name="Title">The area's title.</param>
/// <param name="MaxPoints">A base area: the points its criteria add up to. A bonus or penalty area: its cap.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AreaDefinition(string Id, LocalizedText Title, decimal MaxPoints)
{
    /// <summary>Whether the area is part of the base, a bonus or a penalty.</summary>
    public AreaKind Kind { get; init; } = AreaKind.Base;
}

/// <summary>A criterion judged by the appraisal council instead of measured from figures (assessment model §3).</summary>
/// <param name="Step">When given, the points a claim or an appraisal may give are multiples of it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JudgedDefinition(decimal? Step);

/// <summary>A classification band (xếp loại): a total at or above <paramref name="MinTotal"/> earns <paramref name="Name"/>.</summary>
/// <param name="Name">The band's name, such as <c>Rất tốt</c>.</param>
/// <param name="MinTotal">The lowest total in the band.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClassificationBand(string Name, decimal MinTotal);

/// <summary>The plan's targets: a unit meets them when its total and its SIPAS both reach these.</summary>
/// <param name="MinTotal">The lowest total that meets the target, such as 80.</param>
/// <param name="MinSipas">The lowest SIPAS percentage that meets the target, such as 90.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Targets(decimal MinTotal, decimal MinSipas);

/// <summary>One SIPAS aspect: the rate of satisfied answers among valid answers.</summary>
/// <param name="Id">A short id for the aspect.</param>
/// <param name="Title">The aspect's title, when given.</param>
/// <param name="Numerator">The indicator counting satisfied answers.</param>
/// <param name="Denominator">The indicator counting valid answers.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SipasAspect(string Id, LocalizedText? Title, string Numerator, string Denominator);

/// <summary>When a criterion must be done by: a label as the plan writes it, and a date when it gives one.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Deadline
{
    internal Deadline(DateOnly? date, LocalizedText text)
    {
        Date = date;
        Text = text;
    }

    /// <summary>The last day, when the plan gives one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The deadline as the plan writes it, such as <c>Quý III năm 2025</c>.</summary>
    public LocalizedText Text { get; }
}

/// <summary>A comparison operator of a requirement.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&gt;=</c></summary>
    AtLeast,

    /// <summary><c>&gt;</c></summary>
    MoreThan,

    /// <summary><c>&lt;=</c></summary>
    AtMost,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>==</c></summary>
    EqualTo,

    /// <summary><c>!=</c></summary>
    NotEqualTo,
}

/// <summary>A part's requirement: its value compared with a threshold (booleans as 1 and 0).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Requirement
{
    internal Requirement(ComparisonOperator @operator, decimal threshold)
    {
        Operator = @operator;
        Threshold = threshold;
    }

    /// <summary>The threshold; for a yes/no value, 1 is yes and 0 is no.</summary>
    public decimal Threshold { get; }

    /// <summary>The operator as rule files write it, such as <c>&gt;=</c>.</summary>
    public string Symbol => WireNames.Of(Operator);

    /// <summary>How the value is compared with <see cref="Threshold"/>.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Tells whether a value meets the requirement.</summary>
    /// <param name="value">The value, already rounded as the semantics require.</param>
    /// <returns>Whether the requirement is met.</returns>
    public bool IsMetBy(decimal value) => Operator switch
    {
        ComparisonOperator.AtLeast => value >= Threshold,
        ComparisonOperator.MoreThan => value > Threshold,
        ComparisonOperator.AtMost => value <= Threshold,
        ComparisonOperator.LessThan => value < Threshold,
        ComparisonOperator.EqualTo => value == Threshold,
        _ => value != Threshold,
    };
}

/// <summary>How a part's value is formed from indicators.</summary>
public enum ValueKind
{
    /// <summary>One indicator as it is.</summary>
    Indicator,

    /// <summary><c>numerator × 100 / denominator</c>, rounded to 2 decimals.</summary>
    Rate,

    /// <summary><c>total − subtract</c>, for instance late dossiers without an apology letter.</summary>
    Difference,
}

/// <summary>How a part's value is formed: one indicator, a rate of two, or the difference of two counts.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Inputs">The indicator keys: one for <see cref="ValueKind.Indicator"/>; numerator then denominator for a rate; total then subtracted count for a difference.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValueDefinition(ValueKind Kind, IReadOnlyList<string> Inputs);

/// <summary>The kind of a scale.</summary>
public enum ScaleKind
{
    /// <summary>All points at or above a threshold (a yes for a yes/no value), else 0.</summary>
    Binary,

    /// <summary>Bands of minimum → points, the highest band reached wins.</summary>
    Step,

    /// <summary>All points at or above a threshold, <c>max × value / threshold</c> below it, 0 below an optional floor.</summary>
    Proportional,

    /// <summary>Starts at the maximum and loses points per event, never below 0.</summary>
    Penalty,

    /// <summary>Earns points per event, up to the part's maximum; in a penalty area these are the points deducted.</summary>
    PerEvent,
}

/// <summary>One band of a step scale.</summary>
/// <param name="Min">The lowest value in the band.</param>
/// <param name="Points">The points the band earns.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StepBand(decimal Min, decimal Points);

/// <summary>How many of a part's points a value earns.</summary>
/// <param name="Kind">The kind of scale.</param>
/// <param name="Threshold">Binary and proportional: the value that earns all points (none for a yes/no binary).</param>
/// <param name="ZeroBelow">Proportional: below this value the part earns 0.</param>
/// <param name="Bands">Step: the bands, highest minimum first.</param>
/// <param name="PointsPerEvent">Penalty: the points lost per event; per event: the points each event earns (or, in a penalty area, deducts).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScaleDefinition(
    ScaleKind Kind,
    decimal? Threshold,
    decimal? ZeroBelow,
    IReadOnlyList<StepBand> Bands,
    decimal? PointsPerEvent);

/// <summary>What a zero denominator (or a zero total of a difference) means for a part.</summary>
public enum ZeroDenominatorPolicy
{
    /// <summary>The value is scored as it is (the default for a difference: no events).</summary>
    Score,

    /// <summary>Nothing to do: <c>not_applicable</c> with full points.</summary>
    NotApplicable,

    /// <summary>The unit has not reported the denominator: <c>missing_data</c> (the default for a rate).</summary>
    MissingData,
}

/// <summary>One measured part of a criterion: a value, a requirement, a scale and a hint.</summary>
/// <param name="Id">The part's id (<c>a</c>, <c>b</c>…), or <see langword="null"/> for the only part of a criterion.</param>
/// <param name="Label">What the part measures, when given.</param>
/// <param name="MaxPoints">The part's maximum points.</param>
/// <param name="Value">How the value is formed.</param>
/// <param name="Requirement">The minimum the plan requires: it decides pass or fail.</param>
/// <param name="Scale">How many points the value earns.</param>
/// <param name="ZeroDenominator">What a zero denominator means.</param>
/// <param name="Hint">The remediation hint template, Vietnamese required.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PartDefinition(
    string? Id,
    LocalizedText? Label,
    decimal MaxPoints,
    ValueDefinition Value,
    Requirement Requirement,
    ScaleDefinition Scale,
    ZeroDenominatorPolicy ZeroDenominator,
    LocalizedText Hint)
{
    /// <summary>Whether the part sits in a penalty area: its points are deducted, so its best outcome is 0, not its maximum.</summary>
    public bool Deducts { get; init; }

    /// <summary>The points of a full pass: 0 in a penalty area, else the maximum.</summary>
    public decimal BestPoints => Deducts ? 0m : MaxPoints;
}

/// <summary>Where something was written in a rule file.</summary>
/// <param name="File">The file's path relative to the rule set's folder, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SourcePosition(string File, int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}({Line},{Column})");
}

/// <summary>A test case written beside a criterion: given indicator values, the expected status and points.</summary>
/// <param name="Name">What the case shows.</param>
/// <param name="Given">The indicator values of the case; anything not given is absent.</param>
/// <param name="ExpectedStatus">The status the criterion must have.</param>
/// <param name="ExpectedPoints">The points the criterion must earn.</param>
/// <param name="Source">Where the case is written.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleCase(
    string Name,
    IReadOnlyDictionary<string, IndicatorValue> Given,
    CriterionStatus ExpectedStatus,
    decimal ExpectedPoints,
    SourcePosition Source)
{
    /// <summary>The unit's type in the case, for a criterion that applies to some types only.</summary>
    public string? UnitType { get; init; }

    /// <summary>The unit's claimed points in the case, when it gives one.</summary>
    public decimal? Claim { get; init; }

    /// <summary>The points of an appraisal round in the case, when it gives one.</summary>
    public decimal? Appraisal { get; init; }
}

/// <summary>A criterion (tiêu chí) of the index, with its parts, responsibilities and test cases.</summary>
/// <param name="Id">The id exactly as the source document writes it, such as <c>3.2.1</c>.</param>
/// <param name="Area">The id of the area it belongs to.</param>
/// <param name="Title">The criterion's title.</param>
/// <param name="RequirementText">The requirement in words, as the plan states it.</param>
/// <param name="Lead">The lead unit (cơ quan chủ trì).</param>
/// <param name="Support">The supporting unit (cơ quan phối hợp).</param>
/// <param name="Deadline">When it must be done.</param>
/// <param name="MaxPoints">The criterion's maximum points, the sum of its parts'.</param>
/// <param name="Parts">The measured parts, in file order.</param>
/// <param name="Cases">The test cases written beside it.</param>
/// <param name="Source">Where the criterion is written.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CriterionDefinition(
    string Id,
    string Area,
    LocalizedText Title,
    LocalizedText RequirementText,
    string Lead,
    string Support,
    Deadline Deadline,
    decimal MaxPoints,
    IReadOnlyList<PartDefinition> Parts,
    IReadOnlyList<RuleCase> Cases,
    SourcePosition Source)
{
    /// <summary>Set for a judged criterion, which has no parts: its points come from the appraisal, else the claim.</summary>
    public JudgedDefinition? Judged { get; init; }

    /// <summary>The unit types the criterion applies to; <see langword="null"/> when it applies to every unit.</summary>
    public IReadOnlyList<string>? AppliesTo { get; init; }

    /// <summary>Whether it sits in a penalty area: its points are deducted, so its best outcome is 0.</summary>
    public bool Deducts { get; init; }

    /// <summary>The office <see cref="CriterionDefinition.Lead"/> names in the rule set's catalogue; <see langword="null"/> when the rule set has none.</summary>
    public OfficeDefinition? LeadOffice { get; init; }

    /// <summary>The office <see cref="CriterionDefinition.Support"/> names in the rule set's catalogue; <see langword="null"/> when the rule set has none.</summary>
    public OfficeDefinition? SupportOffice { get; init; }

    /// <summary>The points of a full pass: 0 in a penalty area, else the maximum.</summary>
    public decimal BestPoints => Deducts ? 0m : MaxPoints;

    /// <summary>Whether it applies to a unit of this type (a unit of no type meets no <see cref="AppliesTo"/> list).</summary>
    public bool AppliesToType(string? type) => AppliesTo is null || (type is not null && AppliesTo.Contains(type, StringComparer.Ordinal));

    /// <summary>
    /// Whether points a person gives it (a claim, an appraisal round) can stand: from 0 to <see cref="MaxPoints"/>, at
    /// most 2 decimals, a multiple of a judged criterion's step. The rule the readers and the scorer apply, for an
    /// application that takes points from a person to refuse them before they are scored.
    /// </summary>
    /// <param name="points">The points.</param>
    /// <returns>True when they can stand.</returns>
    public bool CanBeGiven(decimal points) => GivenPoints.IsValid(this, points);
}
