namespace ParIndex.Rules;

/// <summary>The outcome of a criterion or of one of its parts.</summary>
/// <remarks>Parts combine by a fixed precedence: <c>invalid_data</c>, then <c>missing_data</c>, then <c>fail</c>.</remarks>
public enum CriterionStatus
{
    /// <summary>Every requirement is met (<c>pass</c>).</summary>
    Pass,

    /// <summary>Data present, a requirement not met (<c>fail</c>).</summary>
    Fail,

    /// <summary>The denominator is 0 and the criterion says nothing is to be done: full points (<c>not_applicable</c>).</summary>
    NotApplicable,

    /// <summary>An indicator the criterion needs is absent: 0 points (<c>missing_data</c>).</summary>
    MissingData,

    /// <summary>A value is impossible (negative, numerator above denominator, wrong type): 0 points (<c>invalid_data</c>).</summary>
    InvalidData,
}

/// <summary>How a <see cref="CriterionStatus"/> is written: its wire name, and its words for a reader.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CriterionStatuses
{
    /// <summary>The status as results and rule files write it: <c>pass</c>, <c>fail</c>, <c>not_applicable</c>, <c>missing_data</c>, <c>invalid_data</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its wire name.</returns>
    public static string ToWireName(this CriterionStatus status) => WireNames.Statuses.Name(status);

    /// <summary>The status as every report shows it to a reader: <c>đạt</c>, <c>không đạt</c>… in Vietnamese, the wire name in English.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The words.</returns>
    public static string ToText(this CriterionStatus status, Language language) => Texts.Status(status, language);
}
