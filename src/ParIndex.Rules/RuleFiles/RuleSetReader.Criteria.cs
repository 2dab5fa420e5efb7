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

        foreach (var item in Objects(root["criteria"]))
        {
            var criterion = ReadCriterion(problems, item, area ?? string.Empty, indicators);
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

    private static CriterionDefinition? ReadCriterion(FileProblems problems, JObject item, string area, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
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

        var partTokens = Objects(item["parts"]).ToList();
        var parts = new List<PartDefinition>();
        foreach (var partToken in partTokens)
        {
            var part = ReadPart(problems, partToken, partTokens.Count, max, indicators);
            if (part is not null)
            {
                parts.Add(part);
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
            var ruleCase = ReadCase(problems, caseToken, max, indicators, cases);
            if (ruleCase is not null)
            {
                cases.Add(ruleCase);
            }
        }

        if (id is null || title is null || requirement is null || lead is null || support is null || deadlineText is null
            || max is null || parts.Count != partTokens.Count || parts.Count == 0)
        {
            return null;
        }

        return new CriterionDefinition(id, area, title, requirement, lead, support, new Deadline(deadlineDate, deadlineText),
            max.Value, parts, cases, new SourcePosition(problems.File, position.Line, position.Column));
    }

    private static RuleCase? ReadCase(FileProblems problems, JObject item, decimal? max, IReadOnlyDictionary<string, IndicatorDefinition> indicators, List<RuleCase> earlier)
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

        if (name is null || statusText is null || points is null || !WireNames.Statuses.TryParse(statusText, out var status))
        {
            return null;
        }

        var position = JsonPosition.Of(item);
        return new RuleCase(name, given, status, points.Value, new SourcePosition(problems.File, position.Line, position.Column));
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
}
