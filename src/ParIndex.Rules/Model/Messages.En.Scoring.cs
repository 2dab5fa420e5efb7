namespace ParIndex.Rules;

// The scoring messages in English, by key, grouped by the file that tells them; the same keys in
// Messages.Vi.Scoring.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] EnScoring =>
    [
        // Scoring/ScoredBatch.cs
        ("scoring.has-no-result-last-year-but", "'{0}' has no result last year, but last year's '{1}' is the same code with other leading zeros: a spreadsheet may have stored one as a number. Write the code the same way in both files; '{0}' shows no change until then."),
        ("scoring.last-year-s-results-match-none", "last year's results match none of the units scored; check that the file is this district's (ids must be the same)."),
        ("scoring.last-year-s-results-match-of", "last year's results match {0} of the {1} units; no result for {2}. Those units show no change since last year."),
        // Scoring/Ranking.cs
        ("scoring.no-base-criterion-applies", "no base criterion of the rule set applies to a unit of type '{0}', so it has no total and is not ranked; check its type."),
        ("scoring.no-type", "(none)"),
        // Model/GivenPoints.cs
        ("scoring.appraised-points-must-be", "the appraised points must be a number from 0 to the criterion's {0}, with at most 2 decimals{1}, not {2}"),
        ("scoring.claimed-points-must-be", "the claimed points must be a number from 0 to the criterion's {0}, with at most 2 decimals{1}, not {2}"),
        ("scoring.points-multiple-of", ", a multiple of {0}"),
        ("scoring.appraisal-round-twice", "The criterion could not be scored: appraisal round {0} is given twice, so its final points are unknown. Give each round once."),
        ("scoring.the-appraisal-round", "appraisal round {0}"),
        ("scoring.the-claim", "the claim"),
        ("scoring.points-unusable", "The criterion could not be scored: {0} gives {1} points; {2}. Correct the points."),
        // Scoring/HintWriter.cs
        ("scoring.judged-not-given", "The criterion is judged by the appraisal council and has neither an appraisal nor a claim: self-assess it, with evidence."),
        ("scoring.judged-provisional", "The criterion is judged by the appraisal council; the points are the unit's claim, provisional until appraised: {0}/{1}."),
        ("scoring.responsibility", "Lead: {0}; support: {1}; deadline: {2}."),
        // Scoring/CriterionResults.cs
        ("scoring.appraised-in-round", "Appraisal round {0}: {1}/{2} points. {3}"),

        // Scoring/CriterionResults.cs: a criterion the engine could not score
        ("scoring.engine-overflow", "The criterion could not be scored: {0}. Check the figures."),
        ("scoring.engine-failure", "The criterion could not be scored: {0}. Check the figures."),
    ];
}
