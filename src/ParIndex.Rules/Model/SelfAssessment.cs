namespace ParIndex.Rules;

/// <summary>A unit's own points for one criterion (tự chấm điểm), with the evidence it cites.</summary>
/// <param name="Points">The points the unit claims, from 0 to the criterion's maximum, with at most 2 decimals.</param>
/// <param name="Evidence">The documents that show it; none is allowed, but a claim above 0 without evidence or an explanation is flagged.</param>
/// <param name="Explanation">Why, in the unit's words, when given.</param>
/// <remarks>
/// Immutable and thread-safe. Points the criterion cannot take (negative, above its maximum, more than 2 decimals, off a
/// judged criterion's step) are not refused here, since a claim does not know its criterion: the scorer counts them for
/// nothing and says so (a judged criterion without an appraisal is then <c>invalid_data</c>).
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Evidence"/> is null.</exception>
public sealed record Claim(decimal Points, IReadOnlyList<Evidence> Evidence, string? Explanation = null)
{
    /// <summary>The documents that show it; none is allowed.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
}

/// <summary>A document a claim cites (tài liệu kiểm chứng).</summary>
/// <param name="Document">The document, such as <c>Báo cáo 15/BC-UBND</c>.</param>
/// <param name="Date">Its date, when given.</param>
/// <param name="Location">Where in it, such as <c>mục 3, tr. 4</c>, when given.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Evidence(string Document, DateOnly? Date = null, string? Location = null);

/// <summary>One round of the appraisal council's decision on a criterion (thẩm định): its points replace the computed ones.</summary>
/// <param name="Round">The round, a whole number from 1; the latest round is the one that counts.</param>
/// <param name="Points">The appraised points, from 0 to the criterion's maximum, with at most 2 decimals.</param>
/// <param name="Reason">Why, as the council wrote it; required.</param>
/// <param name="By">Who appraised, when given.</param>
/// <remarks>
/// Immutable and thread-safe. The round and the reason are checked here, and again by <c>with</c>; points the
/// criterion cannot take are not, since a round does not know its criterion: the scorer makes the criterion
/// <c>invalid_data</c> with the reason, never a total that counts them.
/// </remarks>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Round"/> is below 1.</exception>
/// <exception cref="ArgumentException"><paramref name="Reason"/> is null, empty or blank.</exception>
public sealed record AppraisalRound(int Round, decimal Points, string Reason, string? By = null)
{
    private readonly int _round = Checked(Round);
    private readonly string _reason = Checked(Reason);

    /// <summary>The round, a whole number from 1; the latest round is the one that counts.</summary>
    public int Round { get => _round; init => _round = Checked(value); }

    /// <summary>Why, as the council wrote it; required.</summary>
    public string Reason { get => _reason; init => _reason = Checked(value); }

    private static int Checked(int round)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1, nameof(Round));
        return round;
    }

    private static string Checked(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(Reason));
        return reason;
    }
}
