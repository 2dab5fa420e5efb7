namespace ParIndex.Rules;

/// <summary>One unit's indicator figures for a period: what a scorer scores.</summary>
/// <param name="Id">The unit's id, such as <c>dao-xa</c>; unique within a batch.</param>
/// <param name="Name">The unit's display name, such as <c>Đào Xá</c>.</param>
/// <param name="Indicators">Indicator key → value. A key that is absent means the figure was not reported.</param>
/// <param name="Period">The period the figures are for, such as <c>2025</c>, when known.</param>
/// <param name="Type">The unit's type, such as <c>xa</c>, <c>phuong</c> or <c>dac-khu</c>, when known: units are also ranked within their type.</param>
/// <param name="SelfAssessment">The unit's own points by criterion id, when it self-assessed: compared with the points its figures earn.</param>
/// <param name="Appraisal">The appraisal council's rounds by criterion id, when appraised: the latest round's points are the criterion's final points.</param>
/// <remarks>Immutable when built from an immutable dictionary; the scorer only reads it. Thread-safe to read.</remarks>
public sealed record IndicatorSnapshot(
    string Id,
    string Name,
    IReadOnlyDictionary<string, IndicatorValue> Indicators,
    string? Period = null,
    string? Type = null,
    IReadOnlyDictionary<string, Claim>? SelfAssessment = null,
    IReadOnlyDictionary<string, IReadOnlyList<AppraisalRound>>? Appraisal = null);
