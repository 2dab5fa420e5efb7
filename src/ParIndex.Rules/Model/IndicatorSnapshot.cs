namespace ParIndex.Rules;

/// <summary>One unit's indicator figures for a period: what a scorer scores.</summary>
/// <param name="Id">The unit's id, such as <c>dao-xa</c>; unique within a batch.</param>
/// <param name="Name">The unit's display name, such as <c>Đào Xá</c>.</param>
/// <param name="Indicators">Indicator key → value. A key that is absent means the figure was not reported.</param>
/// <remarks>
/// What every unit has is given to the constructor; what some units have is set by name
/// (<c>new IndicatorSnapshot(id, name, figures) { Type = "xa" }</c>), so a field added later breaks no caller.
/// Immutable when built from immutable dictionaries; the scorer only reads it. Thread-safe to read. Equality is the
/// record's: the dictionaries are compared as references, so compare two snapshots' figures by their content.
/// </remarks>
public sealed record IndicatorSnapshot(string Id, string Name, IReadOnlyDictionary<string, IndicatorValue> Indicators)
{
    /// <summary>The period the figures are for, such as <c>2025</c>, when known.</summary>
    public string? Period { get; init; }

    /// <summary>The unit's type, such as <c>xa</c>, <c>phuong</c> or <c>dac-khu</c>, when known: units are also ranked within their type.</summary>
    public string? Type { get; init; }

    /// <summary>The unit's own points by criterion id, when it self-assessed: compared with the points its figures earn.</summary>
    public IReadOnlyDictionary<string, Claim>? SelfAssessment { get; init; }

    /// <summary>The appraisal council's rounds by criterion id, when appraised: the latest round's points are the criterion's final points.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AppraisalRound>>? Appraisal { get; init; }
}
