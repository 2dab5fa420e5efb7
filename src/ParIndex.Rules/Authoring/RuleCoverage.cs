using System.Globalization;
namespace ParIndex.Rules.Authoring;

/// <summary>What the rule-file cases leave untested: criteria without a case, step bands and parts no case reaches.</summary>
/// <param name="CriteriaWithoutCases">The ids of criteria no case tests.</param>
/// <param name="BandsNotReached">Each step band no case reaches, in words.</param>
/// <param name="PartsNotReached">Each part no case makes pass or fall short, in words.</param>
/// <remarks>Beside the cases it judges, so every front end (the CLI's <c>test</c>, a rule editor) reports the same gaps. Immutable and thread-safe.</remarks>
public sealed record RuleCoverage(IReadOnlyList<string> CriteriaWithoutCases, IReadOnlyList<LocalizedText> BandsNotReached, IReadOnlyList<LocalizedText> PartsNotReached)
{
    /// <summary>Whether the cases leave nothing untested.</summary>
    public bool IsComplete => CriteriaWithoutCases.Count == 0 && BandsNotReached.Count == 0 && PartsNotReached.Count == 0;

    /// <summary>What the cases run leave untested.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="results">The cases run.</param>
    /// <returns>The gaps.</returns>
    /// <param name="filter">The text cases were filtered by: only the criteria it selects are judged.</param>
    public static RuleCoverage Of(RuleSet ruleSet, IReadOnlyList<RuleCaseResult> results, string? filter = null)
    {
        var bands = new List<LocalizedText>();
        var parts = new List<LocalizedText>();
        var considered = ruleSet.Criteria
            .Where(c => filter is null || c.Id.Contains(filter, StringComparison.OrdinalIgnoreCase) || results.Any(r => r.CriterionId == c.Id))
            .ToList();
        foreach (var criterion in considered)
        {
            var mine = results.Where(r => r.CriterionId == criterion.Id).ToList();
            for (var p = 0; p < criterion.Parts.Count; p++)
            {
                var part = criterion.Parts[p];
                var values = mine.Select(r => r.Actual.Parts[p])
                    .Where(r => r.Status is CriterionStatus.Pass or CriterionStatus.Fail && r.Value is not null)
                    .Select(r => r.Value!.Value)
                    .ToList();
                object label = criterion.Parts.Count > 1 ? Messages.Say("authoring.criterion-part", criterion.Id, part.Id) : criterion.Id;
                if (values.Count == 0)
                {
                    parts.Add(Messages.Say("authoring.part-without-case-value", label));
                }

                if (part.Scale.Kind != ScaleKind.Step)
                {
                    continue;
                }

                for (var b = 0; b < part.Scale.Bands.Count; b++)
                {
                    var band = part.Scale.Bands[b];
                    var upper = b == 0 ? decimal.MaxValue : part.Scale.Bands[b - 1].Min;
                    if (!values.Any(v => v >= band.Min && v < upper))
                    {
                        bands.Add(Messages.Say("authoring.band-without-case", label, band.Min, band.Points));
                    }
                }

                if (!values.Any(v => v < part.Scale.Bands[^1].Min))
                {
                    bands.Add(Messages.Say("authoring.below-bands-without-case", label));
                }
            }
        }

        var withoutCases = RuleCaseRunner.CriteriaWithoutCases(ruleSet).Where(id => considered.Any(c => c.Id == id)).ToList();
        return new RuleCoverage(withoutCases, bands, parts);
    }
}
