namespace ParIndex.Rules;

/// <summary>A unit's own points for one criterion (tự chấm điểm), with the evidence it cites.</summary>
/// <param name="Points">The points the unit claims, from 0 to the criterion's maximum, with at most 2 decimals.</param>
/// <param name="Evidence">The documents that show it; none is allowed, but a claim above 0 without evidence or an explanation is flagged.</param>
/// <param name="Explanation">Why, in the unit's words, when given.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Claim(decimal Points, IReadOnlyList<Evidence> Evidence, string? Explanation = null);

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
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AppraisalRound(int Round, decimal Points, string Reason, string? By = null);
