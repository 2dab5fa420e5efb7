using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>
/// Changes to a base rule set, such as a province's own thresholds on top of the shipped <c>commune-2025</c>:
/// written as a small overlay file or built in code, applied before loading, so the result is validated and
/// tested exactly like any rule set.
/// </summary>
/// <remarks>
/// An overlay file is <c>{ "id"?, "version"?, "title"?, "notApplicable"?, "deadline"?, "criteria": { "7.3.3": { …merge patch… } } }</c>. A
/// criterion's patch is merged into the criterion as written in the base files: objects merge field by field,
/// <c>parts</c> merge element by element (by position), any other array or value replaces the base's. Immutable
/// and thread-safe: every <c>With…</c> returns a new overlay.
/// </remarks>
public sealed class RuleOverlay
{
    private readonly JObject _patch;

    private RuleOverlay(string name, JObject patch)
    {
        Name = name;
        _patch = patch;
    }

    /// <summary>An overlay that changes nothing.</summary>
    public static RuleOverlay Empty { get; } = new("(in code)", new JObject());

    /// <summary>The overlay's file name, or <c>(in code)</c>, for messages.</summary>
    public string Name { get; }

    /// <summary>Reads an overlay file.</summary>
    /// <param name="name">The file's name, for messages.</param>
    /// <param name="text">The overlay's JSON text (comments allowed).</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="RuleSetLoadException">The text is not a JSON object with the overlay's fields; the message says where.</exception>
    public static RuleOverlay FromJson(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<RuleProblem>();
        var token = SchemaCatalog.Read(RuleFileKind.Overlay, name, text, problems);
        return problems.Count > 0 || token is not JObject patch
            ? throw new RuleSetLoadException(name, problems)
            : new RuleOverlay(name, patch);
    }

    /// <summary>Sets the threshold of a part's requirement (the plan's minimum, which decides pass or fail).</summary>
    /// <param name="criterionId">The criterion's id, such as <c>7.3.3</c>.</param>
    /// <param name="threshold">The new threshold.</param>
    /// <param name="part">The part's position in the criterion, 0 for the first.</param>
    /// <returns>A new overlay with the change.</returns>
    public RuleOverlay WithRequirementThreshold(string criterionId, decimal threshold, int part = 0) =>
        WithPart(criterionId, part, "requirement", "threshold", threshold);

    /// <summary>Sets the threshold of a part's binary or proportional scale (the value that earns all points).</summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="threshold">The new threshold.</param>
    /// <param name="part">The part's position in the criterion, 0 for the first.</param>
    /// <returns>A new overlay with the change.</returns>
    public RuleOverlay WithScaleThreshold(string criterionId, decimal threshold, int part = 0) =>
        WithPart(criterionId, part, "scale", "threshold", threshold);

    /// <summary>Sets the rule set's id and version, so results name the overlaid rules, not the base.</summary>
    /// <param name="id">The new id, such as <c>commune-2025-thai-nguyen</c>.</param>
    /// <param name="version">The new version.</param>
    /// <returns>A new overlay with the change.</returns>
    public RuleOverlay WithIdentity(string id, string version)
    {
        var patch = (JObject)_patch.DeepClone();
        patch["id"] = id;
        patch["version"] = version;
        return new RuleOverlay(Name, patch);
    }

    /// <summary>Sets what a criterion whose every part is not applicable does: full points, or exclusion with the base rescaled (the assessment model's <c>notApplicable</c>).</summary>
    /// <param name="exclude">True to exclude such criteria and rescale; false for full points.</param>
    /// <returns>A new overlay with the change.</returns>
    public RuleOverlay WithNotApplicableExcluded(bool exclude)
    {
        var patch = (JObject)_patch.DeepClone();
        patch["notApplicable"] = exclude ? "exclude" : "full";
        return new RuleOverlay(Name, patch);
    }

    /// <summary>
    /// Sets every criterion's remediation deadline to one date, for a season after the one the base's plan dates
    /// (its text: "Chậm nhất trước ngày 30/06/2026" / "By 30/06/2026 at the latest"). A criterion's own patch that
    /// sets a deadline still wins.
    /// </summary>
    /// <param name="date">The date every shortfall is to be remedied by.</param>
    /// <returns>A new overlay with the change.</returns>
    public RuleOverlay WithDeadline(DateOnly date)
    {
        var patch = (JObject)_patch.DeepClone();
        patch["deadline"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new RuleOverlay(Name, patch);
    }

    /// <summary>The deadline an overlay's <c>deadline</c> date gives a criterion, in the base files' own form; null, with a problem, for a date that is none.</summary>
    private JObject? Deadline(List<RuleProblem> problems)
    {
        if (_patch.Property("deadline", StringComparison.Ordinal) is not { } property)
        {
            return null;
        }

        if (property.Value is not JValue { Type: JTokenType.String } value
            || !DateOnly.TryParseExact((string)value!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            problems.Add(JsonPosition.Problem(Name, property, Messages.Say("rules.the-deadline-must-be-a-date", property.Value.ToString(Formatting.None))));
            return null;
        }

        var date = parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = parsed.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new JObject
        {
            ["date"] = date,
            ["text"] = new JObject { ["vi"] = $"Chậm nhất trước ngày {day}", ["en"] = $"By {day} at the latest" },
        };
    }

    /// <summary>Applies the overlay to a base rule set's files.</summary>
    /// <param name="files">The base rule set's files.</param>
    /// <returns>The files with the overlay applied; unchanged files are returned as they were, and the base's seal left out (the result is a set of its own).</returns>
    /// <exception cref="RuleSetLoadException">The overlay names a criterion the base does not have, or patches a part it does not have.</exception>
    public IReadOnlyList<RuleFile> Apply(IEnumerable<RuleFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);

        // The base's seal vouches for the base as published: checked here, on the files the overlay starts from, then left
        // out, since it does not vouch for what the overlay makes of them. An edited copy of a sealed base is refused with
        // an overlay as it is without one.
        var given = files.ToList();
        var result = given.Where(f => f.Path != RuleSetReader.SealFile).ToList();
        var problems = new List<RuleProblem>();
        if (given.Any(f => f.Path == RuleSetReader.SealFile))
        {
            // The seal is of the base as it reads (the hash is of its meaning), so the base is read to check it; any
            // other problem of the base is the overlay's result's to report.
            var reader = new RuleSetReader();
            reader.Read(Name, given);
            problems.AddRange(reader.Problems.Where(p => p.File == RuleSetReader.SealFile));
        }

        var manifestFields = _patch.Properties().Where(p => p.Name is "id" or "version" or "title" or "notApplicable").ToList();
        if (manifestFields.Count > 0)
        {
            Patch(result, RuleSetReader.ManifestFile, root =>
            {
                foreach (var field in manifestFields)
                {
                    Set(root, field);
                }
            });
        }

        var pending = (_patch["criteria"] as JObject)?.Properties().ToDictionary(p => p.Name, p => p, StringComparer.Ordinal)
            ?? new Dictionary<string, JProperty>(StringComparer.Ordinal);
        var known = new List<string>();
        var deadline = Deadline(problems);
        for (var i = 0; i < result.Count && (pending.Count > 0 || deadline is not null); i++)
        {
            if (!result[i].Path.StartsWith(RuleSetReader.CriteriaFolder, StringComparison.Ordinal))
            {
                continue;
            }

            Patch(result, result[i].Path, root =>
            {
                foreach (var criterion in (root["criteria"] as JArray)?.OfType<JObject>() ?? [])
                {
                    var id = criterion.Value<string>("id") ?? string.Empty;
                    known.Add(id);
                    if (deadline is not null)
                    {
                        criterion["deadline"] = deadline.DeepClone();
                    }

                    if (pending.Remove(id, out var patch))
                    {
                        Merge(criterion, (JObject)patch.Value, patch, problems);
                    }
                }
            });
        }

        foreach (var (id, property) in pending)
        {
            problems.Add(JsonPosition.Problem(Name, property, Messages.Say("rules.the-base-rule-set-has-no", id, DidYouMean.Said(id, known))));
        }

        return problems.Count > 0 ? throw new RuleSetLoadException(Name, problems) : result;
    }

    private RuleOverlay WithPart(string criterionId, int part, string section, string field, decimal value)
    {
        ArgumentNullException.ThrowIfNull(criterionId);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        var patch = (JObject)_patch.DeepClone();
        var criteria = patch["criteria"] as JObject ?? (JObject)(patch["criteria"] = new JObject());
        var criterion = criteria[criterionId] as JObject ?? (JObject)(criteria[criterionId] = new JObject());
        var parts = criterion["parts"] as JArray ?? (JArray)(criterion["parts"] = new JArray());
        while (parts.Count <= part)
        {
            parts.Add(new JObject());
        }

        var target = (JObject)parts[part];
        var sectionObject = target[section] as JObject ?? (JObject)(target[section] = new JObject());
        sectionObject[field] = value;
        return new RuleOverlay(Name, patch);
    }

    private void Patch(List<RuleFile> files, string path, Action<JObject> change)
    {
        var index = files.FindIndex(f => f.Path == path);
        if (index < 0)
        {
            return;
        }

        JObject root;
        try
        {
            using var reader = SchemaCatalog.CreateReader(files[index].Text);
            root = JObject.Load(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore, LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException)
        {
            // A broken base file is reported by the loader, with its own positions; leave it as it is.
            return;
        }

        change(root);

        // The file is written anew, so positions in it are in no file the author has: each is traced back.
        var text = root.ToString(Formatting.Indented);
        files[index] = files[index] with { Text = text, Origins = Origins(path, root, text) };
    }

    private void Merge(JObject target, JObject patch, JToken at, List<RuleProblem> problems)
    {
        foreach (var property in patch.Properties())
        {
            if (property.Name == "parts" && property.Value is JArray patchParts && target["parts"] is JArray baseParts)
            {
                for (var i = 0; i < patchParts.Count; i++)
                {
                    if (i >= baseParts.Count)
                    {
                        problems.Add(JsonPosition.Problem(Name, patchParts[i], Messages.Say("rules.the-base-criterion-has-part-s", baseParts.Count)));
                    }
                    else if (patchParts[i] is JObject partPatch && baseParts[i] is JObject basePart)
                    {
                        Merge(basePart, partPatch, at, problems);
                    }
                }
            }
            else if (property.Value is JObject nested && target[property.Name] is JObject existing)
            {
                Merge(existing, nested, at, problems);
            }
            else
            {
                Set(target, property);
            }
        }
    }

    /// <summary>Sets a property to the overlay's, in the base's place when it has one; the property itself comes from the overlay too, so its position is the overlay's.</summary>
    private static void Set(JObject target, JProperty property)
    {
        var copy = (JProperty)FromOverlay(property);
        if (target.Property(property.Name, StringComparison.Ordinal) is { } existing)
        {
            existing.Replace(copy);
        }
        else
        {
            target.Add(copy);
        }
    }

    /// <summary>A copy of a value of the overlay, each token marked with where the overlay writes it, so a problem found in it points into the overlay.</summary>
    private static JToken FromOverlay(JToken value)
    {
        var copy = value.DeepClone();
        foreach (var (written, copied) in SelfAndBelow(value).Zip(SelfAndBelow(copy)))
        {
            copied.AddAnnotation(new OverlayOrigin(JsonPosition.PathOf(written)));
        }

        return copy;
    }

    /// <summary>Where a file rewritten by the overlay was written: each token of the new text, at its position in the base file or in the overlay.</summary>
    private Dictionary<(int Line, int Column), SourcePosition> Origins(string path, JObject patched, string text)
    {
        using var reader = SchemaCatalog.CreateReader(text);
        var rewritten = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var origins = new Dictionary<(int, int), SourcePosition>();
        foreach (var (now, then) in rewritten.DescendantsAndSelf().Zip(patched.DescendantsAndSelf()))
        {
            var (line, column) = JsonPosition.Of(then);
            origins.TryAdd(JsonPosition.Of(now), then.Annotation<OverlayOrigin>() is not null ? new SourcePosition(Name, line, column) : new SourcePosition(path, line, column));
        }

        return origins;
    }

    private static IEnumerable<JToken> SelfAndBelow(JToken token) => token is JContainer container ? container.DescendantsAndSelf() : [token];

    /// <summary>Marks a token copied from the overlay, with its JSON path there.</summary>
    private sealed record OverlayOrigin(string Path);
}
