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

    /// <summary>Why claimed or appraised points cannot stand, with what was found (a text, or a number in each language's writing).</summary>
    public static LocalizedText Problem(bool appraised, CriterionDefinition criterion, object found) =>
        Messages.Say(appraised ? "scoring.appraised-points-must-be" : "scoring.claimed-points-must-be", MessageCatalogue.NumberInBoth(criterion.MaxPoints),
            criterion.Judged?.Step is { } step ? Messages.Say("scoring.points-multiple-of", MessageCatalogue.NumberInBoth(step)) : string.Empty, found);

    /// <summary>Why a criterion's appraisal cannot count (a hint's words), or <see langword="null"/> when it can.</summary>
    public static LocalizedText? AppraisalProblem(CriterionDefinition criterion, IReadOnlyList<AppraisalRound>? rounds)
    {
        if (rounds is not { Count: > 0 })
        {
            return null;
        }

        if (DuplicateRound(rounds) is { } twice)
        {
            return Messages.Say("scoring.appraisal-round-twice", twice);
        }

        var latest = Latest(rounds)!;
        return IsValid(criterion, latest.Points) ? null : Unusable(appraised: true, criterion, latest.Points, Messages.Say("scoring.the-appraisal-round", latest.Round));
    }

    /// <summary>Why a judged criterion's claim cannot count (a hint's words), or <see langword="null"/> when it can or there is none.</summary>
    public static LocalizedText? ClaimProblem(CriterionDefinition criterion, Claim? claim) =>
        claim is null || IsValid(criterion, claim.Points) ? null : Unusable(appraised: false, criterion, claim.Points, Messages.Say("scoring.the-claim"));

    private static LocalizedText Unusable(bool appraised, CriterionDefinition criterion, decimal points, LocalizedText what) =>
        Messages.Say("scoring.points-unusable", what, MessageCatalogue.NumberInBoth(points), Problem(appraised, criterion, MessageCatalogue.NumberInBoth(points)));
}
