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
            problems.At(root["area"]!,
                $"the area '{area}' is not declared in ruleset.json" + DidYouMean.Suffix(area, manifest.Areas.Select(a => a.Id)) + " Declare it there or fix the id.",
                $"lĩnh vực '{area}' chưa được khai báo trong ruleset.json" + DidYouMean.SuffixVi(area, manifest.Areas.Select(a => a.Id)) + " Hãy khai báo ở đó hoặc sửa mã.");
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
            problems.At(item["maxPoints"]!,
                Invariant($"the parts' maxPoints add up to {parts.Sum(p => p.MaxPoints)}, not the criterion's {max}; make them agree."),
                Invariant($"maxPoints của các phần cộng lại được {parts.Sum(p => p.MaxPoints)}, không phải {max} của tiêu chí; hãy làm cho khớp."));
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
                problems.At(partToken["scale"]?["type"] ?? partToken,
                    "a part in a penalty area gives the points it deducts, so its scale must be perEvent (points per event, up to maxPoints).",
                    "một phần trong lĩnh vực điểm trừ cho số điểm bị trừ, nên thang của nó phải là perEvent (điểm mỗi lần, tối đa maxPoints).");
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
                    problems.At(partTokens[i], "a criterion with several parts needs an id on each part (a, b, c…); add one.", "tiêu chí có nhiều phần cần mã cho từng phần (a, b, c…); hãy thêm.");
                }
                else if (ids[i] is not null && ids.IndexOf(ids[i]) < i)
                {
                    problems.At(partTokens[i]["id"]!, $"the part id '{ids[i]}' is used twice in this criterion; make it unique.", $"mã phần '{ids[i]}' được dùng hai lần trong tiêu chí này; hãy đặt mã riêng.");
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
            problems.At(item["judged"]!, "a criterion is measured (parts) or judged, not both; remove one.", "một tiêu chí được đo (parts) hoặc được thẩm định (judged), không thể cả hai; hãy xóa một.");
            return null;
        }

        if (token is null)
        {
            if (item["parts"] is null && item["judged"] is null)
            {
                problems.At(item, "a criterion needs parts (measured from figures) or judged (set by the appraisal); add one.", "tiêu chí cần parts (đo từ số liệu) hoặc judged (do hội đồng thẩm định cho điểm); hãy thêm một.");
            }

            return null;
        }

        var step = Num(token, "step");
        if (step is > 0 && max is not null && max.Value % step.Value != 0)
        {
            problems.At(token["step"]!,
                Invariant($"the criterion's {max} points are not a multiple of the step {step}, so full points could never be given; change one."),
                Invariant($"{max} điểm của tiêu chí không phải bội số của bước {step}, nên không bao giờ cho được đủ điểm; hãy sửa một trong hai."));
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
                problems.At(token, $"the unit type '{type}' is listed twice; keep one.", $"loại đơn vị '{type}' được liệt kê hai lần; hãy giữ một.");
                ok = false;
            }
            else if (manifest is not null && manifest.UnitTypes.Count == 0)
            {
                problems.At(token,
                    $"appliesTo names the unit type '{type}', but ruleset.json lists no unitTypes; list them there so every unit's type can be checked.",
                    $"appliesTo nêu loại đơn vị '{type}', nhưng ruleset.json không liệt kê unitTypes; hãy liệt kê ở đó để kiểm tra được loại của mọi đơn vị.");
                ok = false;
            }
            else if (manifest is not null && !manifest.UnitTypes.Any(t => t.Id == type))
            {
                var ids = manifest.UnitTypes.Select(t => t.Id);
                problems.At(token,
                    $"the unit type '{type}' is not in ruleset.json's unitTypes" + DidYouMean.Suffix(type, ids) + " Fix the id or add the type there.",
                    $"loại đơn vị '{type}' không có trong unitTypes của ruleset.json" + DidYouMean.SuffixVi(type, ids) + " Hãy sửa mã hoặc thêm loại đó.");
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
            problems.At(item["name"]!,
                $"the case name '{name}' is used twice in this criterion; make it unique so a failure names one case.",
                $"tên ca '{name}' được dùng hai lần trong tiêu chí này; hãy đặt tên riêng để một lỗi chỉ đúng một ca.");
        }

        if (points is not null && max is not null && points > max)
        {
            problems.At(expect!["points"]!,
                Invariant($"{points} is more than the criterion's {max} points; no case can expect that."),
                Invariant($"{points} lớn hơn {max} điểm của tiêu chí; không ca nào có thể mong đợi như vậy."));
        }

        var given = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        if (item["given"] is JObject givenToken)
        {
            foreach (var property in givenToken.Properties())
            {
                if (!indicators.ContainsKey(property.Name))
                {
                    UnknownIndicator(problems, property, property.Name, indicators, "Fix the key.", "Hãy sửa mã.");
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
            problems.At(item["type"]!,
                $"the unit type '{type}' is not in ruleset.json's unitTypes" + DidYouMean.Suffix(type, ids) + " Fix the id or add the type there.",
                $"loại đơn vị '{type}' không có trong unitTypes của ruleset.json" + DidYouMean.SuffixVi(type, ids) + " Hãy sửa mã hoặc thêm loại đó.");
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
            problems.At(item[name]!, Invariant($"{points} is more than the criterion's {max} points; lower it."), Invariant($"{points} lớn hơn {max} điểm của tiêu chí; hãy hạ xuống."));
        }
        else if (decimal.Round(points.Value, 2) != points)
        {
            problems.At(item[name]!, Invariant($"{points} has more than 2 decimals; points are given to 2 decimals."), Invariant($"{points} có quá 2 chữ số thập phân; điểm chỉ lấy 2 chữ số thập phân."));
        }
        else if (judged?.Step is { } step && points.Value % step != 0)
        {
            problems.At(item[name]!, Invariant($"{points} is not a multiple of the criterion's step {step}."), Invariant($"{points} không phải bội số của bước {step} của tiêu chí."));
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
            UnknownIndicator(problems, item[name]!, key, indicators, "Add it to indicators.json or fix the key.", "Hãy thêm vào indicators.json hoặc sửa mã.");
            return null;
        }

        if (numeric && indicator.Type == IndicatorType.Boolean)
        {
            problems.At(item[name]!,
                $"'{key}' is a yes/no indicator; a rate, a difference or a SIPAS aspect needs counts or amounts.",
                $"'{key}' là chỉ tiêu có/không; một tỷ lệ, một hiệu số hay một khía cạnh SIPAS cần số lượng hoặc số tiền.");
            return null;
        }

        return key;
    }

    private static void UnknownIndicator(FileProblems problems, JToken at, string key, IReadOnlyDictionary<string, IndicatorDefinition> indicators, string advice, string adviceVi)
    {
        // An empty catalogue is missing or broken, which is reported already: every key would look unknown.
        if (indicators.Count > 0)
        {
            problems.At(at,
                $"unknown indicator '{key}'" + DidYouMean.Suffix(key, indicators.Keys) + " " + advice,
                $"chỉ tiêu không xác định '{key}'" + DidYouMean.SuffixVi(key, indicators.Keys) + " " + adviceVi);
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
        problems.At(item[field]!,
            $"'{written}' names no office of ruleset.json's offices" + DidYouMean.Suffix(written, names) + " Add it to an office's spellings, or write an office's id.",
            $"'{written}' không phải đơn vị nào trong offices của ruleset.json" + DidYouMean.SuffixVi(written, names) + " Hãy thêm vào cách viết (spellings) của một đơn vị, hoặc ghi mã đơn vị.");
        return null;
    }
}
