using System.Globalization;
using System.Text;

namespace ParIndex.Rules;

/// <summary>Writes remediation hints in Vietnamese and English from a criterion's hint templates and its part results.</summary>
/// <remarks>Words and number formats come from <see cref="Texts"/>, placeholder names from <see cref="WireNames.Placeholders"/>.</remarks>
internal static class HintWriter
{
    public static LocalizedText Write(
        CriterionDefinition criterion,
        IReadOnlyList<PartResult> parts,
        ReadOnlySpan<Measure> measures,
        IndicatorSnapshot snapshot,
        CriterionStatus status,
        IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
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
                Append(vi, Render(definition.Hint.Vi, criterion, definition, part, Language.Vi));
                Append(en, Render(definition.Hint.En ?? definition.Hint.Vi, criterion, definition, part, Language.En));
            }
            else
            {
                Append(vi, DataProblem(measures[i], definition, snapshot, catalogue, Language.Vi));
                Append(en, DataProblem(measures[i], definition, snapshot, catalogue, Language.En));
            }
        }

        Append(vi, string.Create(CultureInfo.InvariantCulture, $"Chủ trì: {criterion.Lead}; phối hợp: {criterion.Support}; thời hạn: {criterion.Deadline.Text.Vi}."));
        Append(en, string.Create(CultureInfo.InvariantCulture, $"Lead: {criterion.Lead}; support: {criterion.Support}; deadline: {criterion.Deadline.Text.In(Language.En)}."));
        return new LocalizedText(vi.ToString(), en.ToString());
    }

    private static void Append(StringBuilder builder, string sentence)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(sentence.Trim());
    }

    private static string Render(string template, CriterionDefinition criterion, PartDefinition definition, PartResult part, Language language)
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
        var start = 0;
        while (start < template.Length)
        {
            var open = template.IndexOf('{', start);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(template, start, template.Length - start);
                break;
            }

            builder.Append(template, start, open - start);
            if (!WireNames.Placeholders.TryParse(template.AsSpan(open + 1, close - open - 1), out var placeholder))
            {
                builder.Append(template, open, close - open + 1);
                start = close + 1;
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
                    builder.Append(isBoolean ? string.Empty : Math.Abs(threshold - value).ToString(isRate ? "0.00" : "#,0.##", format) + percent);
                    break;
                case HintPlaceholder.Lost:
                    builder.Append((part.MaxPoints - part.Points).ToString("0.##", format));
                    break;
                case HintPlaceholder.Points:
                    builder.Append(part.Points.ToString("0.##", format));
                    break;
                case HintPlaceholder.Max:
                    builder.Append(part.MaxPoints.ToString("0.##", format));
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

            start = close + 1;
        }

        return builder.ToString();
    }

    private static string DataProblem(Measure measure, PartDefinition part, IndicatorSnapshot snapshot, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, Language language) =>
        Texts.FigureProblem(measure.Problem, measure.Key(part), measure.OtherKey(part), snapshot.Indicators,
            key => catalogue.TryGetValue(key, out var indicator) ? indicator.Title.Vi : key, language) ?? string.Empty;

    /// <summary>The English sentence for a measure's problem, kept on <see cref="PartResult.Problem"/>.</summary>
    public static string? Describe(Measure measure, PartDefinition part, IndicatorSnapshot snapshot) =>
        Texts.FigureProblem(measure.Problem, measure.Key(part), measure.OtherKey(part), snapshot.Indicators, key => key, Language.En);
}
