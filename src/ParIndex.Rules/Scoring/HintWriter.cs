using System.Globalization;
using System.Text;

namespace ParIndex.Rules;

/// <summary>Writes remediation hints in Vietnamese and English from a criterion's hint templates and its part results.</summary>
/// <remarks>Words and number formats come from <see cref="Texts"/>, placeholder names from <see cref="WireNames.Placeholders"/>.</remarks>
internal static class HintWriter
{
    public static LocalizedText Write(
        CriterionRule rule,
        IReadOnlyList<PartResult> parts,
        ReadOnlySpan<Measure> measures,
        IndicatorSnapshot snapshot,
        CriterionStatus status,
        IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
        var criterion = rule.Definition;
        var vi = new StringBuilder();
        var en = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var definition = criterion.Parts[i];
            if (part.Status != status)
            {
                continue;
            }

            if (status == CriterionStatus.Fail)
            {
                var (segmentsVi, segmentsEn) = rule.Hints[i];
                Append(vi, Render(definition.Hint.Vi, segmentsVi, criterion, definition, part, Language.Vi));
                Append(en, definition.Hint.En is { } english
                    ? Render(english, segmentsEn!, criterion, definition, part, Language.En)
                    : Render(definition.Hint.Vi, segmentsVi, criterion, definition, part, Language.En));
            }
            else
            {
                Append(vi, DataProblem(measures[i], definition, snapshot, catalogue, Language.Vi));
                Append(en, DataProblem(measures[i], definition, snapshot, catalogue, Language.En));
            }
        }

        Responsibility(vi, en, criterion);
        return new LocalizedText(vi.ToString(), en.ToString());
    }

    /// <summary>The hint of a judged criterion that is not at full points: where its points come from and what to do before appraisal.</summary>
    public static LocalizedText Judged(CriterionDefinition criterion, PartOutcome outcome, bool claimed)
    {
        var vi = new StringBuilder();
        var en = new StringBuilder();
        var said = outcome.Status == CriterionStatus.MissingData ? Messages.Say("scoring.judged-not-given")
            : claimed ? Messages.Say("scoring.judged-provisional", MessageCatalogue.NumberInBoth(outcome.Points), MessageCatalogue.NumberInBoth(criterion.MaxPoints))
            : null;
        if (said is not null)
        {
            Append(vi, said.Vi);
            Append(en, said.In(Language.En));
        }

        Responsibility(vi, en, criterion);
        return new LocalizedText(vi.ToString(), en.ToString());
    }

    /// <summary>
    /// Who leads and supports, and by when: in Vietnamese as the plan writes them (the hint quotes it), in English by the
    /// offices' English titles where the rule set's catalogue gives them.
    /// </summary>
    private static void Responsibility(StringBuilder vi, StringBuilder en, CriterionDefinition criterion)
    {
        var said = Messages.Say("scoring.responsibility",
            new LocalizedText(criterion.Lead, criterion.LeadOffice?.Title.In(Language.En) ?? criterion.Lead),
            new LocalizedText(criterion.Support, criterion.SupportOffice?.Title.In(Language.En) ?? criterion.Support),
            criterion.Deadline.Text);
        Append(vi, said.Vi);
        Append(en, said.In(Language.En));
    }

    private static void Append(StringBuilder builder, string sentence)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(sentence.Trim());
    }

    private static string Render(string template, HintTemplate.Segment[] segments, CriterionDefinition criterion, PartDefinition definition, PartResult part, Language language)
    {
        var format = Texts.Numbers(language);
        var value = part.Value ?? 0m;
        var threshold = definition.Requirement.Threshold;
        var isRate = definition.Value.Kind == ValueKind.Rate;
        var percent = isRate ? "%" : string.Empty;
        var isBoolean = definition.Scale.Kind == ScaleKind.Binary && definition.Scale.Threshold is null;
        string Yes(decimal v) => Texts.YesNo(v == 1m, language);

        // Placeholders are resolved only where a template uses them: hints are written for every shortfall of
        // every unit, so formatting all nine values each time would dominate a batch.
        var builder = new StringBuilder(template.Length + 32);
        foreach (var segment in segments)
        {
            if (!segment.IsPlaceholder || !WireNames.Placeholders.TryParse(template.AsSpan(segment.Start, segment.Length), out var placeholder))
            {
                builder.Append(template, segment.IsPlaceholder ? segment.Start - 1 : segment.Start, segment.IsPlaceholder ? segment.Length + 2 : segment.Length);
                continue;
            }

            switch (placeholder)
            {
                case HintPlaceholder.Actual:
                    builder.Append(isBoolean ? Yes(value) : value.ToString(isRate ? "0.00" : "#,0.##", format) + percent);
                    break;
                case HintPlaceholder.Required:
                    builder.Append(isBoolean ? Yes(threshold) : threshold.ToString("#,0.##", format) + percent);
                    break;
                case HintPlaceholder.Gap:
                    // Total by construction: a figure and a threshold far apart near decimal's limit have no difference to print.
                    builder.Append(isBoolean ? string.Empty : Gap(threshold, value) is { } gap ? gap.ToString(isRate ? "0.00" : "#,0.##", format) + percent : "—");
                    break;
                case HintPlaceholder.Lost:
                    // In a penalty area the points are what was deducted: that is what the unit lost.
                    builder.Append((definition.Deducts ? part.Points : part.MaxPoints - part.Points).ToString("0.##", format));
                    break;
                case HintPlaceholder.Points:
                    builder.Append(part.Points.ToString("0.##", format));
                    break;
                case HintPlaceholder.Max:
                    builder.Append(part.MaxPoints.ToString("0.##", format));
                    break;
                case HintPlaceholder.Needed:
                    builder.Append(part.Needed is { } needed ? needed.ToString("#,0.##", format) : "—");
                    break;
                case HintPlaceholder.NeededFull:
                    builder.Append(part.NeededFull is { } neededFull ? neededFull.ToString("#,0.##", format) : "—");
                    break;
                case HintPlaceholder.Lead:
                    builder.Append(criterion.Lead);
                    break;
                case HintPlaceholder.Support:
                    builder.Append(criterion.Support);
                    break;
                default:
                    builder.Append(criterion.Deadline.Text.In(language));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>How far a figure is from the threshold, or null when the difference is beyond decimal's range.</summary>
    private static decimal? Gap(decimal threshold, decimal value)
    {
        try
        {
            return Math.Abs(threshold - value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string DataProblem(Measure measure, PartDefinition part, IndicatorSnapshot snapshot, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, Language language) =>
        Texts.FigureProblem(measure.Problem, measure.Key(part), measure.OtherKey(part), snapshot.Indicators,
            key => catalogue.TryGetValue(key, out var indicator) ? indicator.Title.Vi : key, language) ?? string.Empty;

    /// <summary>The English sentence for a measure's problem, kept on <see cref="PartResult.Problem"/>.</summary>
    public static string? Describe(Measure measure, PartDefinition part, IndicatorSnapshot snapshot) =>
        Texts.FigureProblem(measure.Problem, measure.Key(part), measure.OtherKey(part), snapshot.Indicators, key => key, Language.En);
}
