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

/// <summary>The wire names of <see cref="CriterionStatus"/>, as results and rule files write them.</summary>
internal static class CriterionStatuses
{
    /// <summary>The status as results and rule files write it: <c>pass</c>, <c>fail</c>, <c>not_applicable</c>, <c>missing_data</c>, <c>invalid_data</c>.</summary>
    public static string ToWireName(this CriterionStatus status) => WireNames.Statuses.Name(status);
}
