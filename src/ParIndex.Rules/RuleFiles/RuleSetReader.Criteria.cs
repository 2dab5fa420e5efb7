using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading criteria files: each criterion, its test cases, and its references to the catalogue.
internal sealed partial class RuleSetReader
{
    private List<CriterionDefinition> ReadCriteriaFile(FileProblems problems, JObject root, Manifest? manifest, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var result = new List<CriterionDefinition>();
        var area = Str(root, "area");
        _allAreasIncomplete |= area is null;
        if (area is not null && manifest is not null && !manifest.Areas.Any(a => a.Id == area))
        {
            problems.At(root["area"]!, Messages.Say("rules.the-area-is-not-declared-in", area, DidYouMean.Said(area, manifest.Areas.Select(a => a.Id))));
        }

        var areaDefinition = manifest?.Areas.FirstOrDefault(a => a.Id == area);
        foreach (var item in Objects(root["criteria"]))
        {
            var criterion = ReadCriterion(problems, item, area ?? string.Empty, areaDefinition?.Kind ?? AreaKind.Base, manifest, indicators);
            if (criterion is not null)
            {
                result.Add(criterion);
            }

            // A criterion with problems of its own still counts towards its area's sum when its points can be read,
            // so an edit with a bad reference and a wrong sum gets both problems at once.
            var points = Num(item, "maxPoints");
            if (area is null)
            {
                _allAreasIncomplete = true;
            }
            else if (points is > 0m)
            {
                _declaredPoints.Add((area, points.Value, problems.File));
            }
            else
            {
                _incompleteAreas.Add(area);
            }
        }

        return result;
    }

    private static CriterionDefinition? ReadCriterion(
        FileProblems problems, JObject item, string area, AreaKind areaKind, Manifest? manifest, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var id = Str(item, "id");
        var title = Text(item, "title");
        var requirement = Text(item, "requirement");
        var lead = Str(item, "lead");
        var support = Str(item, "support");
        var deadlineToken = item["deadline"] as JObject;
        var deadlineText = deadlineToken is null ? null : Text(deadlineToken, "text");
        var deadlineDate = deadlineToken is null ? null : Date(problems, deadlineToken, "date");
        var max = Num(item, "maxPoints");

        var judged = ReadJudged(problems, item, max);
        var appliesTo = ReadAppliesTo(problems, item, manifest);
        var partTokens = Objects(item["parts"]).ToList();
        var parts = ReadParts(problems, partTokens, max, areaKind, indicators);
        if (max is not null && parts.Count == partTokens.Count && parts.Count > 0 && parts.Sum(p => p.MaxPoints) != max)
        {
            problems.At(item["maxPoints"]!, Messages.Say("rules.the-parts-maxpoints-add-up-to", parts.Sum(p => p.MaxPoints), max));
        }

        var position = JsonPosition.Of(item);
        var cases = new List<RuleCase>();
        foreach (var caseToken in Objects(item["cases"]))
        {
            var ruleCase = ReadCase(problems, caseToken, max, judged, manifest, indicators, cases);
            if (ruleCase is not null)
            {
                cases.Add(ruleCase);
            }
        }

        if (id is null || title is null || requirement is null || lead is null || support is null || deadlineText is null
            || max is null || parts.Count != partTokens.Count || (parts.Count == 0) == (judged is null) || appliesTo is { Count: 0 })
        {
            return null;
        }

        var leadOffice = Office(problems, item, "lead", lead, manifest);
        var supportOffice = Office(problems, item, "support", support, manifest);
        return new CriterionDefinition(id, area, title, requirement, lead, support, new Deadline(deadlineDate, deadlineText),
            max.Value, parts, cases, new SourcePosition(problems.File, position.Line, position.Column))
        {
            Judged = judged,
            AppliesTo = appliesTo,
            Deducts = areaKind == AreaKind.Penalty,
            LeadOffice = leadOffice,
            SupportOffice = supportOffice,
        };
    }

    /// <summary>Reads a criterion's parts; a penalty area's part must count events, and several parts need ids of their own.</summary>
    /// <returns>The parts read; fewer than the tokens when some could not be.</returns>
    private static List<PartDefinition> ReadParts(
        FileProblems problems, List<JObject> partTokens, decimal? max, AreaKind areaKind, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var parts = new List<PartDefinition>();
        foreach (var partToken in partTokens)
        {
            var part = ReadPart(problems, partToken, partTokens.Count, max, indicators);
            if (part is not null && areaKind == AreaKind.Penalty && part.Scale.Kind != ScaleKind.PerEvent)
            {
                // A penalty area's points are the points deducted: only a scale that counts up from 0 says that.
                problems.At(partToken["scale"]?["type"] ?? partToken, Messages.Say("rules.a-part-in-a-penalty-area"));
                part = null;
            }

            if (part is not null)
            {
                parts.Add(part with { Deducts = areaKind == AreaKind.Penalty });
            }
        }

        if (partTokens.Count > 1)
        {
            var ids = partTokens.Select(p => Str(p, "id")).ToList();
            for (var i = 0; i < partTokens.Count; i++)
            {
                if (ids[i] is null && partTokens[i]["id"] is null)
                {
                    problems.At(partTokens[i], Messages.Say("rules.parts-need-ids"));
                }
                else if (ids[i] is not null && ids.IndexOf(ids[i]) < i)
                {
                    problems.At(partTokens[i]["id"]!, Messages.Say("rules.the-part-id-is-used-twice", ids[i]));
                }
            }
        }

        return parts;
    }

    /// <summary>Reads <c>judged</c>, and checks that the criterion has parts or is judged, never both nor neither.</summary>
    private static JudgedDefinition? ReadJudged(FileProblems problems, JObject item, decimal? max)
    {
        var token = item["judged"] as JObject;
        if (token is not null && item["parts"] is not null)
        {
            problems.At(item["judged"]!, Messages.Say("rules.a-criterion-is-measured-parts-or"));
            return null;
        }

        if (token is null)
        {
            if (item["parts"] is null && item["judged"] is null)
            {
                problems.At(item, Messages.Say("rules.a-criterion-needs-parts-measured-from"));
            }

            return null;
        }

        var step = Num(token, "step");
        if (step is > 0 && max is not null && max.Value % step.Value != 0)
        {
            problems.At(token["step"]!, Messages.Say("rules.the-criterion-s-points-are-not", max, step));
        }

        return new JudgedDefinition(step);
    }

    /// <summary>Reads <c>appliesTo</c>: unit types the manifest lists, each once. Empty when it has problems, <see langword="null"/> when absent.</summary>
    private static List<string>? ReadAppliesTo(FileProblems problems, JObject item, Manifest? manifest)
    {
        if (item["appliesTo"] is not JArray array)
        {
            return null;
        }

        var types = new List<string>();
        var ok = true;
        foreach (var token in array)
        {
            if (token.Type != JTokenType.String || token.Value<string>() is not { Length: > 0 } type)
            {
                ok = false;
                continue;
            }

            if (types.Contains(type, StringComparer.Ordinal))
            {
                problems.At(token, Messages.Say("rules.the-unit-type-is-listed-twice", type));
                ok = false;
            }
            else if (manifest is not null && manifest.UnitTypes.Count == 0)
            {
                problems.At(token, Messages.Say("rules.appliesto-names-the-unit-type-but", type));
                ok = false;
            }
            else if (manifest is not null && !manifest.UnitTypes.Any(t => t.Id == type))
            {
                var ids = manifest.UnitTypes.Select(t => t.Id);
                problems.At(token, Messages.Say("rules.the-unit-type-is-not-in", type, DidYouMean.Said(type, ids)));
                ok = false;
            }

            types.Add(type);
        }

        return ok ? types : [];
    }

    private static RuleCase? ReadCase(
        FileProblems problems, JObject item, decimal? max, JudgedDefinition? judged, Manifest? manifest, IReadOnlyDictionary<string, IndicatorDefinition> indicators, List<RuleCase> earlier)
    {
        var name = Str(item, "name");
        var expect = item["expect"] as JObject;
        var statusText = expect is null ? null : Str(expect, "status");
        var points = expect is null ? null : Num(expect, "points");
        if (name is not null && earlier.Any(c => c.Name == name))
        {
            problems.At(item["name"]!, Messages.Say("rules.the-case-name-is-used-twice", name));
        }

        if (points is not null && max is not null && points > max)
        {
            problems.At(expect!["points"]!, Messages.Say("rules.case-points-above-criterion", points, max));
        }

        var given = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        if (item["given"] is JObject givenToken)
        {
            foreach (var property in givenToken.Properties())
            {
                if (!indicators.ContainsKey(property.Name))
                {
                    UnknownIndicator(problems, property, property.Name, indicators, Messages.Say("rules.fix-the-key"));
                    continue;
                }

                if (JsonValues.FromToken(property.Value) is { } value)
                {
                    given[property.Name] = value;
                }
            }
        }

        var claim = CasePoints(problems, item, "claim", max, judged);
        var appraisal = CasePoints(problems, item, "appraisal", max, judged);
        var type = Str(item, "type");
        if (type is not null && manifest is not null && !manifest.UnitTypes.Any(t => t.Id == type))
        {
            var ids = manifest.UnitTypes.Select(t => t.Id);
            problems.At(item["type"]!, Messages.Say("rules.unit-type-unknown-in-case", type, DidYouMean.Said(type, ids)));
        }

        if (name is null || statusText is null || points is null || !WireNames.Statuses.TryParse(statusText, out var status))
        {
            return null;
        }

        var position = JsonPosition.Of(item);
        return new RuleCase(name, given, status, points.Value, new SourcePosition(problems.File, position.Line, position.Column))
        {
            UnitType = type,
            Claim = claim,
            Appraisal = appraisal,
        };
    }

    /// <summary>A case's claim or appraisal: at most the criterion's maximum, at most 2 decimals, a multiple of a judged criterion's step.</summary>
    private static decimal? CasePoints(FileProblems problems, JObject item, string name, decimal? max, JudgedDefinition? judged)
    {
        var points = Num(item, name);
        if (points is null)
        {
            return null;
        }

        if (max is not null && points > max)
        {
            problems.At(item[name]!, Messages.Say("rules.points-above-criterion", points, max));
        }
        else if (decimal.Round(points.Value, 2) != points)
        {
            problems.At(item[name]!, Messages.Say("rules.has-more-than-decimals-points-are", points));
        }
        else if (judged?.Step is { } step && points.Value % step != 0)
        {
            problems.At(item[name]!, Messages.Say("rules.is-not-a-multiple-of-the", points, step));
        }

        return points;
    }

    private static string? IndicatorRef(FileProblems problems, JObject item, string name, IReadOnlyDictionary<string, IndicatorDefinition> indicators, bool numeric)
    {
        var key = Str(item, name);
        if (key is null)
        {
            return null;
        }

        if (!indicators.TryGetValue(key, out var indicator))
        {
            UnknownIndicator(problems, item[name]!, key, indicators, Messages.Say("rules.add-indicator-or-fix-key"));
            return null;
        }

        if (numeric && indicator.Type == IndicatorType.Boolean)
        {
            problems.At(item[name]!, Messages.Say("rules.is-a-yes-no-indicator-a", key));
            return null;
        }

        return key;
    }

    private static void UnknownIndicator(FileProblems problems, JToken at, string key, IReadOnlyDictionary<string, IndicatorDefinition> indicators, LocalizedText advice)
    {
        // An empty catalogue is missing or broken, which is reported already: every key would look unknown.
        if (indicators.Count > 0)
        {
            problems.At(at, Messages.Say("rules.unknown-indicator", key, DidYouMean.Said(key, indicators.Keys), advice));
        }
    }

    /// <summary>
    /// The catalogue's office a lead or support names; with a catalogue, one it does not name is an error at its
    /// position (never a plan group of its own), and without one there is nothing to resolve.
    /// </summary>
    private static OfficeDefinition? Office(FileProblems problems, JObject item, string field, string? written, Manifest? manifest)
    {
        if (written is null || manifest is not { Offices.Count: > 0 })
        {
            return null;
        }

        if (manifest.Offices.FirstOrDefault(o => o.IsWrittenAs(written)) is { } office)
        {
            return office;
        }

        var names = manifest.Offices.SelectMany(o => o.Spellings.Append(o.Id)).ToList();
        problems.At(item[field]!, Messages.Say("rules.names-no-office-of-ruleset-json", written, DidYouMean.Said(written, names)));
        return null;
    }
}
