using System.Globalization;
using System.Text;

namespace ParIndex.Rules;

/// <summary>Writes remediation hints in Vietnamese and English from a criterion's hint templates and its part results.</summary>
/// <remarks>
/// Vietnamese numbers use a decimal comma and a dot between thousands ("98,50%"). The format is built by hand
/// rather than taken from the vi-VN culture, so hints read the same on machines without ICU data.
/// </remarks>
internal static class HintWriter
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private static readonly NumberFormatInfo English = NumberFormatInfo.InvariantInfo;

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
                Append(vi, Render(definition.Hint.Vi, criterion, definition, part, english: false));
                Append(en, Render(definition.Hint.En ?? definition.Hint.Vi, criterion, definition, part, english: true));
            }
            else
            {
                Append(vi, DataProblem(measures[i], definition, snapshot, catalogue, english: false));
                Append(en, DataProblem(measures[i], definition, snapshot, catalogue, english: true));
            }
        }

        Append(vi, string.Create(CultureInfo.InvariantCulture, $"Chủ trì: {criterion.Lead}; phối hợp: {criterion.Support}; thời hạn: {criterion.Deadline.Text.Vi}."));
        Append(en, string.Create(CultureInfo.InvariantCulture, $"Lead: {criterion.Lead}; support: {criterion.Support}; deadline: {criterion.Deadline.Text.In(english: true)}."));
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

    private static string Render(string template, CriterionDefinition criterion, PartDefinition definition, PartResult part, bool english)
    {
        var format = english ? English : Vietnamese;
        var value = part.Value ?? 0m;
        var threshold = definition.Requirement.Threshold;
        var isRate = definition.Value.Kind == ValueKind.Rate;
        var percent = isRate ? "%" : string.Empty;
        var isBoolean = definition.Scale.Kind == ScaleKind.Binary && definition.Scale.Threshold is null;
        string Yes(decimal v) => english ? (v == 1m ? "yes" : "no") : (v == 1m ? "có" : "không");

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
            var name = template.AsSpan(open + 1, close - open - 1);
            switch (name)
            {
                case "actual":
                    builder.Append(isBoolean ? Yes(value) : value.ToString(isRate ? "0.00" : "#,0.##", format) + percent);
                    break;
                case "required":
                    builder.Append(isBoolean ? Yes(threshold) : threshold.ToString("#,0.##", format) + percent);
                    break;
                case "gap":
                    builder.Append(isBoolean ? string.Empty : Math.Abs(threshold - value).ToString(isRate ? "0.00" : "#,0.##", format) + percent);
                    break;
                case "lost":
                    builder.Append((part.MaxPoints - part.Points).ToString("0.##", format));
                    break;
                case "points":
                    builder.Append(part.Points.ToString("0.##", format));
                    break;
                case "max":
                    builder.Append(part.MaxPoints.ToString("0.##", format));
                    break;
                case "lead":
                    builder.Append(criterion.Lead);
                    break;
                case "support":
                    builder.Append(criterion.Support);
                    break;
                case "deadline":
                    builder.Append(criterion.Deadline.Text.In(english));
                    break;
                default:
                    builder.Append(template, open, close - open + 1);
                    break;
            }

            start = close + 1;
        }

        return builder.ToString();
    }

    private static string DataProblem(Measure measure, PartDefinition part, IndicatorSnapshot snapshot, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, bool english)
    {
        if (english)
        {
            return Describe(measure, part, snapshot) ?? string.Empty;
        }

        string Title(string key) => catalogue.TryGetValue(key, out var indicator) ? indicator.Title.Vi : key;
        string Shown(string key) => snapshot.Indicators.TryGetValue(key, out var v) ? v.ToString() : "?";
        var key = measure.Key(part);
        var other = measure.OtherKey(part);
        return measure.Problem switch
        {
            MeasureProblem.Absent => $"Thiếu số liệu: chưa báo cáo “{Title(key)}” ({key}); cần báo cáo để được chấm điểm.",
            MeasureProblem.ZeroDenominator => $"Thiếu số liệu: “{Title(key)}” ({key}) bằng 0; cần báo cáo số thực tế để tính được tỷ lệ.",
            MeasureProblem.NotANumber => $"Số liệu không hợp lệ: “{Title(key)}” ({key} = {Shown(key)}) phải là một số; kiểm tra lại số liệu.",
            MeasureProblem.NotABoolean => $"Số liệu không hợp lệ: “{Title(key)}” ({key} = {Shown(key)}) phải là có/không (true/false); kiểm tra lại số liệu.",
            MeasureProblem.Negative => $"Số liệu không hợp lệ: “{Title(key)}” ({key} = {Shown(key)}) không được là số âm; kiểm tra lại số liệu.",
            MeasureProblem.NotWhole => $"Số liệu không hợp lệ: “{Title(key)}” ({key} = {Shown(key)}) phải là số nguyên; kiểm tra lại số liệu.",
            _ => $"Số liệu không hợp lệ: “{Title(key)}” ({key} = {Shown(key)}) lớn hơn “{Title(other)}” ({other} = {Shown(other)}); kiểm tra lại số liệu.",
        };
    }

    /// <summary>The English sentence for a measure's problem, kept on <see cref="PartResult.Problem"/>.</summary>
    public static string? Describe(Measure measure, PartDefinition part, IndicatorSnapshot snapshot) =>
        Describe(measure.Problem, measure.Key(part), measure.OtherKey(part), snapshot.Indicators);

    /// <summary>The English sentence for a problem with one indicator (and, when one exceeds another, the other).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="key">The indicator it concerns.</param>
    /// <param name="other">For a part above its whole, the whole's indicator.</param>
    /// <param name="figures">The unit's figures, to show the values.</param>
    public static string? Describe(MeasureProblem problem, string key, string other, IReadOnlyDictionary<string, IndicatorValue> figures)
    {
        string Shown(string k) => figures.TryGetValue(k, out var v) ? v.ToString() : "?";
        return problem switch
        {
            MeasureProblem.None => null,
            MeasureProblem.Absent => $"'{key}' was not reported.",
            MeasureProblem.ZeroDenominator => $"'{key}' is 0; report the actual figure so the rate can be computed.",
            MeasureProblem.NotANumber => $"'{key}' must be a number, not {Shown(key)}.",
            MeasureProblem.NotABoolean => $"'{key}' must be true or false, not {Shown(key)}.",
            MeasureProblem.Negative => $"'{key}' is negative ({Shown(key)}); counts and amounts are never below 0.",
            MeasureProblem.NotWhole => $"'{key}' must be a whole number, not {Shown(key)}.",
            _ => $"'{key}' ({Shown(key)}) is more than '{other}' ({Shown(other)}).",
        };
    }
}
