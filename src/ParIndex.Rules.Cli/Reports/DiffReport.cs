using Newtonsoft.Json;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>What a rule change does, for a terminal or as JSON: the fields that changed, then the units that move.</summary>
internal static class DiffReport
{
    public static void Write(RuleSetDiff diff, RuleSetImpact? impact, TextWriter output, Language language)
    {
        var en = language == Language.En;
        output.WriteLine($"{Text.Visible(diff.Before.Id)} {Text.Visible(diff.Before.Version)} → {Text.Visible(diff.After.Id)} {Text.Visible(diff.After.Version)}");
        if (diff.RuleSetChanges.Count > 0)
        {
            output.WriteLine(Messages.Tell("cli.the-rule-set", Text.Lang(en)));
            Fields(diff.RuleSetChanges, output, language, "  ");
        }

        output.WriteLine(diff.Criteria.Count == 0 ? Messages.Tell("cli.no-criterion-changed-sentence", Text.Lang(en)) : Messages.Tell("cli.criteria", Text.Lang(en)));
        foreach (var criterion in diff.Criteria)
        {
            var change = criterion.Change switch
            {
                ChangeKind.Added => Messages.Tell("cli.added", Text.Lang(en)),
                ChangeKind.Removed => Messages.Tell("cli.removed", Text.Lang(en)),
                _ => Messages.Tell("cli.changed", Text.Lang(en)),
            };
            output.WriteLine($"  {Text.Visible(criterion.Id)} ({change})");
            Fields(criterion.Fields, output, language, "    ");
        }

        if (impact is null)
        {
            return;
        }

        output.WriteLine(Messages.Tell("cli.units-of-change-total-rank-or", Text.Lang(en), impact.Units.Count, impact.Scored));
        foreach (var unit in impact.Units)
        {
            string Rank(int? rank) => rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
            output.WriteLine($"  {Text.Visible(unit.Name)} ({Text.Visible(unit.Id)}): {Texts.Number(unit.TotalBefore, language)} → {Texts.Number(unit.TotalAfter, language)} ({Texts.PointsChange(unit.TotalAfter - unit.TotalBefore, language)}); "
                + $"{Messages.Tell("cli.rank-word", Text.Lang(en))} {Rank(unit.RankBefore)} → {Rank(unit.RankAfter)}; {unit.ClassificationBefore} → {unit.ClassificationAfter}");
        }

        output.WriteLine(Messages.Tell("cli.classification", Text.Lang(en)) + string.Join("; ", impact.Classes.Select(c => $"{c.Classification} {c.Before} → {c.After}")));
    }

    private static void Fields(IReadOnlyList<FieldChange> fields, TextWriter output, Language language, string indent)
    {
        foreach (var field in fields)
        {
            foreach (var line in Text.Wrap($"{field.Describe(language)}: {field.BeforeIn(language)} → {field.AfterIn(language)}", 110, indent))
            {
                output.WriteLine(Text.Visible(line));
            }
        }
    }

    /// <summary>The JSON the issue names: criteria with their changed fields, units with before and after, and the rule set's own fields and the classes.</summary>
    public static void WriteJson(RuleSetDiff diff, RuleSetImpact? impact, TextWriter output)
    {
        using (var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            json.WriteStartObject();
            json.WritePropertyName("ruleSet");
            FieldsJson(json, diff.RuleSetChanges);
            json.WritePropertyName("criteria");
            json.WriteStartArray();
            foreach (var criterion in diff.Criteria)
            {
                json.WriteStartObject();
                JsonContract.Property(json, "id", criterion.Id);
                JsonContract.Property(json, "change", criterion.Change.ToString().ToLowerInvariant());
                json.WritePropertyName("fields");
                FieldsJson(json, criterion.Fields);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("units");
            json.WriteStartArray();
            foreach (var unit in impact?.Units ?? [])
            {
                json.WriteStartObject();
                JsonContract.Property(json, "id", unit.Id);
                JsonContract.Property(json, "name", unit.Name);
                JsonContract.Number(json, "totalBefore", unit.TotalBefore);
                JsonContract.Number(json, "totalAfter", unit.TotalAfter);
                JsonContract.Number(json, "rankBefore", unit.RankBefore);
                JsonContract.Number(json, "rankAfter", unit.RankAfter);
                JsonContract.Property(json, "classificationBefore", unit.ClassificationBefore);
                JsonContract.Property(json, "classificationAfter", unit.ClassificationAfter);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void FieldsJson(JsonTextWriter json, IReadOnlyList<FieldChange> fields)
    {
        json.WriteStartArray();
        foreach (var field in fields)
        {
            json.WriteStartObject();
            JsonContract.Property(json, "field", field.Field);
            JsonContract.Property(json, "before", field.Before);
            JsonContract.Property(json, "after", field.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
