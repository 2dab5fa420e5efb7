using System.Globalization;

namespace ParIndex.Rules;

/// <summary>
/// The rule for points a person gives a criterion (a unit's claim, an appraisal round), stated once: the input readers
/// refuse what breaks it as an input problem, and the scorer turns what breaks it into <c>invalid_data</c> whatever the
/// source, so points built in code can never reach a total unchecked.
/// </summary>
internal static class GivenPoints
{
    /// <summary>Whether the points can stand for the criterion: from 0 to its maximum, at most 2 decimals, a multiple of a judged criterion's step.</summary>
    public static bool IsValid(CriterionDefinition criterion, decimal points) =>
        points >= 0m && points <= criterion.MaxPoints && decimal.Round(points, 2) == points
        && (criterion.Judged?.Step is not { } step || points % step == 0m);

    /// <inheritdoc cref="IsValid(CriterionDefinition, decimal)"/>
    public static bool IsValid(CriterionDefinition criterion, decimal? points) => points is { } p && IsValid(criterion, p);

    /// <summary>Whether appraisal rounds can stand: each round's number given once, and the latest round's points valid (<see cref="IsValid(CriterionDefinition, decimal)"/>).</summary>
    /// <remarks>Two rounds with one number leave the final points ambiguous; an earlier round's points decide nothing, so only the latest's are checked.</remarks>
    public static bool AreValid(CriterionDefinition criterion, IReadOnlyList<AppraisalRound> rounds, AppraisalRound latest) =>
        IsValid(criterion, latest.Points) && DuplicateRound(rounds) is null;

    /// <summary>The latest appraisal round (the highest round number; of two with one number, the first), or <see langword="null"/>.</summary>
    public static AppraisalRound? Latest(IReadOnlyList<AppraisalRound>? rounds)
    {
        if (rounds is not { Count: > 0 })
        {
            return null;
        }

        var latest = rounds[0];
        for (var i = 1; i < rounds.Count; i++)
        {
            if (rounds[i].Round > latest.Round)
            {
                latest = rounds[i];
            }
        }

        return latest;
    }

    /// <summary>A round number given more than once, or <see langword="null"/>.</summary>
    public static int? DuplicateRound(IReadOnlyList<AppraisalRound> rounds)
    {
        for (var i = 1; i < rounds.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (rounds[i].Round == rounds[j].Round)
                {
                    return rounds[i].Round;
                }
            }
        }

        return null;
    }

    /// <summary>Why claimed or appraised points cannot stand, with what was found.</summary>
    public static LocalizedText Problem(bool appraised, CriterionDefinition criterion, string found)
    {
        var step = criterion.Judged?.Step;
        return new(
            string.Create(CultureInfo.InvariantCulture, $"{(appraised ? "điểm thẩm định" : "điểm tự chấm")} phải là một số từ 0 đến {Texts.Number(criterion.MaxPoints, Language.Vi)} điểm của tiêu chí, tối đa 2 chữ số thập phân{(step is { } s ? ", là bội số của " + Texts.Number(s, Language.Vi) : string.Empty)}, không phải {found}"),
            string.Create(CultureInfo.InvariantCulture, $"the {(appraised ? "appraised" : "claimed")} points must be a number from 0 to the criterion's {criterion.MaxPoints}, with at most 2 decimals{(step is { } t ? ", a multiple of " + Texts.Number(t, Language.En) : string.Empty)}, not {found}"));
    }

    /// <summary>Why a criterion's appraisal cannot count (a hint's words), or <see langword="null"/> when it can.</summary>
    public static LocalizedText? AppraisalProblem(CriterionDefinition criterion, IReadOnlyList<AppraisalRound>? rounds)
    {
        if (rounds is not { Count: > 0 })
        {
            return null;
        }

        if (DuplicateRound(rounds) is { } twice)
        {
            return new(
                string.Create(CultureInfo.InvariantCulture, $"Không chấm được tiêu chí: vòng thẩm định {twice} được ghi hai lần, không biết điểm nào là điểm cuối cùng. Ghi mỗi vòng một lần."),
                string.Create(CultureInfo.InvariantCulture, $"The criterion could not be scored: appraisal round {twice} is given twice, so its final points are unknown. Give each round once."));
        }

        var latest = Latest(rounds)!;
        return IsValid(criterion, latest.Points) ? null : Unusable(appraised: true, criterion, latest.Points, string.Create(CultureInfo.InvariantCulture, $"vòng thẩm định {latest.Round}"), string.Create(CultureInfo.InvariantCulture, $"appraisal round {latest.Round}"));
    }

    /// <summary>Why a judged criterion's claim cannot count (a hint's words), or <see langword="null"/> when it can or there is none.</summary>
    public static LocalizedText? ClaimProblem(CriterionDefinition criterion, Claim? claim) =>
        claim is null || IsValid(criterion, claim.Points) ? null : Unusable(appraised: false, criterion, claim.Points, "điểm tự chấm", "the claim");

    private static LocalizedText Unusable(bool appraised, CriterionDefinition criterion, decimal points, string whatVi, string whatEn)
    {
        var why = Problem(appraised, criterion, Texts.Number(points, Language.Vi));
        var whyEn = Problem(appraised, criterion, points.ToString(CultureInfo.InvariantCulture));
        return new(
            $"Không chấm được tiêu chí: {whatVi} cho {Texts.Number(points, Language.Vi)} điểm; {why.Vi}. Sửa lại điểm.",
            $"The criterion could not be scored: {whatEn} gives {points.ToString(CultureInfo.InvariantCulture)} points; {whyEn.En}. Correct the points.");
    }
}
