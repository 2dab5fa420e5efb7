using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Authoring;

/// <summary>Whether a criterion was added, removed or changed between two rule sets.</summary>
public enum ChangeKind
{
    /// <summary>Only the new rule set has it.</summary>
    Added,

    /// <summary>Only the old rule set has it.</summary>
    Removed,

    /// <summary>Both have it, and some field differs.</summary>
    Changed,
}

/// <summary>One field that differs, by its path in the rule file (<c>parts[0].scale.bands[1].min</c>), with its values as JSON.</summary>
/// <param name="Field">The field's path in the rule file.</param>
/// <param name="Before">The old value as JSON, or <see langword="null"/> when the field is new.</param>
/// <param name="After">The new value as JSON, or <see langword="null"/> when the field is gone.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    /// <summary>The field in words (<c>điểm tối đa</c>, <c>phần 1, mức 2, từ</c>), its path's last names translated where the rule files' reference names them.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The words.</returns>
    public string Describe(Language language)
    {
        var words = Field.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var index = bracket < 0 ? null : segment[(bracket + 1)..^1];
            var word = Words.TryGetValue(name, out var key) ? Messages.Tell(key, language) : name;
            return index is null ? word : $"{word} {int.Parse(index, System.Globalization.CultureInfo.InvariantCulture) + 1}";
        });
        return string.Join(", ", words);
    }

    /// <summary>The old value as a person reads it: a number in the language, a text without its quotes, a list as JSON.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The value in words; "(không có)" / "(none)" when the field is new.</returns>
    public string BeforeIn(Language language) => Shown(Before, language);

    /// <summary>The new value as a person reads it (<see cref="BeforeIn"/>).</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The value in words; "(không có)" / "(none)" when the field is gone.</returns>
    public string AfterIn(Language language) => Shown(After, language);

    private static string Shown(string? json, Language language) =>
        json is null ? Messages.Tell("authoring.none", language)
        : decimal.TryParse(json, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Texts.Number(number, language)
        : json.StartsWith('"') ? JsonConvert.DeserializeObject<string>(json) ?? json
        : json;

    // Each field's name in words, by its key in the catalogue: the rule file's name (maxPoints) → its words.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["maxPoints"] = "authoring.field-max-points", ["requirement"] = "authoring.field-requirement",
        ["threshold"] = "authoring.field-threshold", ["op"] = "authoring.field-op",
        ["scale"] = "authoring.field-scale", ["bands"] = "authoring.field-bands", ["min"] = "authoring.field-min",
        ["points"] = "authoring.field-points", ["parts"] = "authoring.field-parts",
        ["title"] = "authoring.field-title", ["lead"] = "authoring.field-lead",
        ["support"] = "authoring.field-support", ["deadline"] = "authoring.field-deadline",
        ["hint"] = "authoring.field-hint", ["value"] = "authoring.field-value",
        ["zeroDenominator"] = "authoring.field-zero-denominator", ["appliesTo"] = "authoring.field-applies-to",
        ["cases"] = "authoring.field-cases", ["type"] = "authoring.field-type",
        ["zeroBelow"] = "authoring.field-zero-below", ["pointsPerEvent"] = "authoring.field-points-per-event",
        ["areas"] = "authoring.field-areas", ["classification"] = "authoring.field-classification",
        ["minTotal"] = "authoring.field-min-total", ["targets"] = "authoring.field-targets",
        ["version"] = "authoring.field-version", ["text"] = "authoring.field-text", ["date"] = "authoring.field-date",
        ["vi"] = "authoring.field-vi", ["en"] = "authoring.field-en", ["offices"] = "authoring.field-offices",
        ["unitTypes"] = "authoring.field-unit-types",
    };
}

/// <summary>A criterion that differs between two rule sets, with every field that differs.</summary>
/// <param name="Id">The criterion's id.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Fields">The fields that differ; empty for an added or removed criterion.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CriterionChange(string Id, ChangeKind Change, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// What changed between two rule sets, criterion by criterion and in the rule set's own fields (areas, classification,
/// targets…), compared as their rule files write them, so every field a rule owner can edit is seen.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetDiff
{
    private RuleSetDiff(RuleSet before, RuleSet after, IReadOnlyList<FieldChange> ruleSet, IReadOnlyList<CriterionChange> criteria) =>
        (Before, After, RuleSetChanges, Criteria) = (before, after, ruleSet, criteria);

    /// <summary>The old rule set.</summary>
    public RuleSet Before { get; }

    /// <summary>The new rule set.</summary>
    public RuleSet After { get; }

    /// <summary>The rule set's own fields that differ (<c>ruleset.json</c> and <c>indicators.json</c>).</summary>
    public IReadOnlyList<FieldChange> RuleSetChanges { get; }

    /// <summary>The criteria added, removed or changed, in the new rule set's order, removed ones last.</summary>
    public IReadOnlyList<CriterionChange> Criteria { get; }

    /// <summary>Compares two rule sets.</summary>
    /// <param name="before">The old rule set.</param>
    /// <param name="after">The new rule set.</param>
    /// <returns>What changed.</returns>
    public static RuleSetDiff Compare(RuleSet before, RuleSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var ruleSet = new List<FieldChange>();
        var (oldFiles, newFiles) = (RuleSetWriter.ToFiles(before), RuleSetWriter.ToFiles(after));
        foreach (var file in new[] { "ruleset.json", "indicators.json" })
        {
            Diff(string.Empty, Read(oldFiles, file), Read(newFiles, file), ruleSet);
        }

        var criteria = new List<CriterionChange>();
        var old = before.Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var criterion in after.Criteria)
        {
            if (!old.Remove(criterion.Id, out var was))
            {
                criteria.Add(new CriterionChange(criterion.Id, ChangeKind.Added, []));
                continue;
            }

            var fields = new List<FieldChange>();
            Diff(string.Empty, CanonicalFiles.CriterionJson(was, before), CanonicalFiles.CriterionJson(criterion, after), fields);
            if (fields.Count > 0)
            {
                criteria.Add(new CriterionChange(criterion.Id, ChangeKind.Changed, fields));
            }
        }

        criteria.AddRange(before.Criteria.Where(c => old.ContainsKey(c.Id)).Select(c => new CriterionChange(c.Id, ChangeKind.Removed, [])));
        return new RuleSetDiff(before, after, ruleSet, criteria);
    }

    private static JObject Read(IReadOnlyList<RuleFile> files, string path)
    {
        var json = JObject.Parse(files.Single(f => f.Path == path).Text);
        json.Remove("$schema");
        return json;
    }

    /// <summary>Every leaf that differs, by path; lists of test cases count as one field each, said by their number.</summary>
    private static void Diff(string path, JToken? before, JToken? after, List<FieldChange> into)
    {
        if (JToken.DeepEquals(before, after))
        {
            return;
        }

        if (before is JObject a && after is JObject b)
        {
            foreach (var name in a.Properties().Select(p => p.Name).Concat(b.Properties().Select(p => p.Name)).Distinct(StringComparer.Ordinal))
            {
                Diff(path.Length == 0 ? name : $"{path}.{name}", a[name], b[name], into);
            }

            return;
        }

        if (before is JArray x && after is JArray y && !path.EndsWith("cases", StringComparison.Ordinal) && x.All(i => i is JObject) && y.All(i => i is JObject))
        {
            for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
            {
                Diff($"{path}[{i}]", i < x.Count ? x[i] : null, i < y.Count ? y[i] : null, into);
            }

            return;
        }

        string? Shown(JToken? token) => token is null ? null
            : path.EndsWith("cases", StringComparison.Ordinal) && token is JArray cases ? $"{cases.Count} cases"
            : token.ToString(Formatting.None);
        into.Add(new FieldChange(path, Shown(before), Shown(after)));
    }
}
