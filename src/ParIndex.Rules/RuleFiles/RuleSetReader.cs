using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Turns parsed, schema-checked rule files into a <see cref="RuleSet"/>, collecting every semantic problem on the way.</summary>
/// <remarks>
/// Reading is defensive: the schema has already reported structural errors, so a field of the wrong type is
/// skipped here rather than reported twice, and every other check still runs.
/// </remarks>
internal sealed partial class RuleSetReader
{
    internal const string ManifestFile = "ruleset.json";
    internal const string IndicatorsFile = "indicators.json";
    internal const string CriteriaFolder = "criteria/";

    private static readonly IReadOnlyList<string> Placeholders = WireNames.Placeholders.Names;

    private readonly List<RuleProblem> _problems = [];

    // Areas some of whose criteria could not be read: their sums would only repeat the problem already reported.
    private readonly HashSet<string> _incompleteAreas = new(StringComparer.Ordinal);
    private bool _allAreasIncomplete;
    private string _file = string.Empty;

    public IReadOnlyList<RuleProblem> Problems => _problems;

    public void Report(RuleProblem problem) => _problems.Add(problem);

    public RuleSet? Read(string origin, IReadOnlyList<RuleFile> files)
    {
        var parsed = new List<(RuleFile File, RuleFileKind Kind, JToken? Token)>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var kind = KindOf(file.Path);
            if (kind is null)
            {
                _problems.Add(new RuleProblem(file.Path, 0, 0, "$", "not a rule file; a rule set holds ruleset.json, indicators.json and criteria/*.json only. Move or remove it."));
                continue;
            }

            var token = SchemaCatalog.Read(kind.Value, file.Path, file.Text, _problems);
            if (token is null && kind == RuleFileKind.Criteria)
            {
                _allAreasIncomplete = true;
            }

            parsed.Add((file, kind.Value, token));
        }

        RequireFile(parsed, RuleFileKind.Manifest, ManifestFile, "the manifest");
        RequireFile(parsed, RuleFileKind.Indicators, IndicatorsFile, "the indicator catalogue");
        RequireFile(parsed, RuleFileKind.Criteria, CriteriaFolder + "*.json", "at least one criteria file");

        var indicators = parsed.Where(p => p.Kind == RuleFileKind.Indicators && p.Token is JObject)
            .Select(p => ReadIndicators(p.File.Path, (JObject)p.Token!)).FirstOrDefault() ?? [];
        var byKey = indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var manifestEntry = parsed.FirstOrDefault(p => p.Kind == RuleFileKind.Manifest && p.Token is JObject);
        var manifest = manifestEntry.Token is JObject m ? ReadManifest(manifestEntry.File.Path, m, byKey) : null;

        var criteria = new List<CriterionDefinition>();
        foreach (var (file, _, token) in parsed.Where(p => p.Kind == RuleFileKind.Criteria && p.Token is JObject))
        {
            criteria.AddRange(ReadCriteriaFile(file.Path, (JObject)token!, manifest, byKey));
        }

        CheckDuplicateCriteria(criteria);
        if (manifest is not null && manifestEntry.Token is JObject manifestToken)
        {
            CheckAreaSums(manifestEntry.File.Path, manifestToken, manifest, criteria);
        }

        // Stable: problems at the same position keep the order they were found in.
        var sorted = _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        _problems.Clear();
        _problems.AddRange(sorted);
        if (_problems.Count > 0 || manifest is null)
        {
            return null;
        }

        return new RuleSet(
            manifest.Id, manifest.Title, manifest.Version, manifest.From, manifest.To, manifest.Level, manifest.TotalPoints,
            manifest.Areas, manifest.Classification, manifest.Targets, manifest.Sipas,
            indicators, criteria, Hash(files), origin);
    }

    internal static string Hash(IEnumerable<RuleFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // Line endings are normalised so a checkout on Windows hashes the same as one on Linux.
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.Text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static RuleFileKind? KindOf(string path) => path switch
    {
        ManifestFile => RuleFileKind.Manifest,
        IndicatorsFile => RuleFileKind.Indicators,
        _ when path.StartsWith(CriteriaFolder, StringComparison.Ordinal)
            && path.EndsWith(".json", StringComparison.Ordinal)
            && path.IndexOf('/', CriteriaFolder.Length) < 0 => RuleFileKind.Criteria,
        _ => null,
    };

    private void RequireFile(List<(RuleFile File, RuleFileKind Kind, JToken? Token)> parsed, RuleFileKind kind, string name, string what)
    {
        if (!parsed.Any(p => p.Kind == kind))
        {
            _problems.Add(new RuleProblem(name, 0, 0, "$", $"the rule set has no {name}; add {what}."));
        }
    }

    private List<IndicatorDefinition> ReadIndicators(string file, JObject root)
    {
        _file = file;
        var result = new List<IndicatorDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Objects(root["indicators"]))
        {
            var key = Str(item, "key");
            var type = WireNames.IndicatorTypes.Parse(Str(item, "type"));
            var title = Text(item, "title");
            if (key is null || type is null || title is null)
            {
                continue;
            }

            if (!seen.Add(key))
            {
                Problem(item["key"]!, $"the indicator '{key}' is declared twice; keep one.");
                continue;
            }

            result.Add(new IndicatorDefinition(key, type.Value, title));
        }

        return result;
    }

    private sealed record Manifest(
        string Id, LocalizedText Title, string Version, DateOnly From, DateOnly To, string Level, decimal TotalPoints,
        IReadOnlyList<AreaDefinition> Areas, IReadOnlyList<ClassificationBand> Classification, Targets Targets, IReadOnlyList<SipasAspect> Sipas);

    private Manifest? ReadManifest(string file, JObject root, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        _file = file;
        var id = Str(root, "id");
        var title = Text(root, "title");
        var version = Str(root, "version");
        var level = Str(root, "level");
        var total = Num(root, "totalPoints");
        var from = Date(root["period"] as JObject, "from");
        var to = Date(root["period"] as JObject, "to");
        if (from is not null && to is not null && from > to)
        {
            Problem(root["period"]!["to"]!, $"the period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); swap or correct the dates.");
        }

        var areas = new List<AreaDefinition>();
        foreach (var item in Objects(root["areas"]))
        {
            var areaId = Str(item, "id");
            var areaTitle = Text(item, "title");
            var max = Num(item, "maxPoints");
            if (areaId is null || areaTitle is null || max is null)
            {
                continue;
            }

            if (areas.Any(a => a.Id == areaId))
            {
                Problem(item["id"]!, $"the area '{areaId}' is declared twice; keep one.");
                continue;
            }

            areas.Add(new AreaDefinition(areaId, areaTitle, max.Value));
        }

        if (total is not null && areas.Count > 0 && areas.Sum(a => a.MaxPoints) != total)
        {
            Problem(root["totalPoints"]!, Invariant($"the areas add up to {areas.Sum(a => a.MaxPoints)} points, not the totalPoints {total}; make them agree."));
        }

        var bands = new List<ClassificationBand>();
        foreach (var item in Objects(root["classification"]))
        {
            var name = Str(item, "name");
            var min = Num(item, "minTotal");
            if (name is null || min is null)
            {
                continue;
            }

            if (bands.Count > 0 && min >= bands[^1].MinTotal)
            {
                Problem(item["minTotal"]!, Invariant($"the band '{name}' starts at {min}, not below the band before it ({bands[^1].Name}, {bands[^1].MinTotal}); list bands from the highest minimum down."));
            }

            if (bands.Any(b => b.Name == name))
            {
                Problem(item["name"]!, $"the band '{name}' is declared twice; keep one.");
            }

            bands.Add(new ClassificationBand(name, min.Value));
        }

        var targetsToken = root["targets"] as JObject;
        var minTotal = targetsToken is null ? null : Num(targetsToken, "minTotal");
        var minSipas = targetsToken is null ? null : Num(targetsToken, "minSipas");

        var aspects = new List<SipasAspect>();
        foreach (var item in Objects((root["sipas"] as JObject)?["aspects"]))
        {
            var aspectId = Str(item, "id");
            var numerator = IndicatorRef(item, "numerator", indicators, numeric: true);
            var denominator = IndicatorRef(item, "denominator", indicators, numeric: true);
            if (aspectId is not null && numerator is not null && denominator is not null)
            {
                aspects.Add(new SipasAspect(aspectId, Text(item, "title"), numerator, denominator));
            }
        }

        if (id is null || title is null || version is null || level is null || total is null || from is null || to is null
            || minTotal is null || minSipas is null || bands.Count == 0 || areas.Count == 0)
        {
            return null;
        }

        return new Manifest(id, title, version, from.Value, to.Value, level, total.Value, areas, bands,
            new Targets(minTotal.Value, minSipas.Value), aspects);
    }

    private List<CriterionDefinition> ReadCriteriaFile(string file, JObject root, Manifest? manifest, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        _file = file;
        var result = new List<CriterionDefinition>();
        var area = Str(root, "area");
        _allAreasIncomplete |= area is null;
        if (area is not null && manifest is not null && !manifest.Areas.Any(a => a.Id == area))
        {
            Problem(root["area"]!, $"the area '{area}' is not declared in ruleset.json" + DidYouMean.Suffix(area, manifest.Areas.Select(a => a.Id)).TrimEnd('.') + " Declare it there or fix the id.");
        }

        foreach (var item in Objects(root["criteria"]))
        {
            var criterion = ReadCriterion(file, item, area ?? string.Empty, indicators);
            if (criterion is not null)
            {
                result.Add(criterion);
            }
            else if (area is null)
            {
                _allAreasIncomplete = true;
            }
            else
            {
                _incompleteAreas.Add(area);
            }
        }

        return result;
    }

    private CriterionDefinition? ReadCriterion(string file, JObject item, string area, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var id = Str(item, "id");
        var title = Text(item, "title");
        var requirement = Text(item, "requirement");
        var lead = Str(item, "lead");
        var support = Str(item, "support");
        var deadlineToken = item["deadline"] as JObject;
        var deadlineText = deadlineToken is null ? null : Text(deadlineToken, "text");
        var deadlineDate = deadlineToken is null ? null : Date(deadlineToken, "date");
        var max = Num(item, "maxPoints");

        var partTokens = Objects(item["parts"]).ToList();
        var parts = new List<PartDefinition>();
        foreach (var partToken in partTokens)
        {
            var part = ReadPart(partToken, partTokens.Count, max, indicators);
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
                    Problem(partTokens[i], "a criterion with several parts needs an id on each part (a, b, c…); add one.");
                }
                else if (ids[i] is not null && ids.IndexOf(ids[i]) < i)
                {
                    Problem(partTokens[i]["id"]!, $"the part id '{ids[i]}' is used twice in this criterion; make it unique.");
                }
            }
        }

        if (max is not null && parts.Count == partTokens.Count && parts.Count > 0 && parts.Sum(p => p.MaxPoints) != max)
        {
            Problem(item["maxPoints"]!, Invariant($"the parts' maxPoints add up to {parts.Sum(p => p.MaxPoints)}, not the criterion's {max}; make them agree."));
        }

        var position = JsonPosition.Of(item);
        var cases = new List<RuleCase>();
        foreach (var caseToken in Objects(item["cases"]))
        {
            var ruleCase = ReadCase(caseToken, max, indicators, cases);
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
            max.Value, parts, cases, new SourcePosition(file, position.Line, position.Column));
    }

    private PartDefinition? ReadPart(JObject item, int partCount, decimal? criterionMax, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var max = Num(item, "maxPoints");
        if (max is null && item["maxPoints"] is null)
        {
            if (partCount > 1)
            {
                Problem(item, "a criterion with several parts needs maxPoints on each part; add it.");
            }
            else
            {
                max = criterionMax;
            }
        }

        var (value, valueType) = ReadValue(item["value"] as JObject, indicators);
        var requirement = ReadRequirement(item["requirement"] as JObject, valueType);
        var scale = ReadScale(item["scale"] as JObject, value, valueType, max);
        var zero = ReadZeroPolicy(item, value);
        var hint = Text(item, "hint");
        if (hint is not null && item["hint"] is JObject hintToken)
        {
            CheckPlaceholders(hintToken, "vi", hint.Vi);
            if (hint.En is not null)
            {
                CheckPlaceholders(hintToken, "en", hint.En);
            }
        }

        if (max is null || value is null || requirement is null || scale is null || zero is null || hint is null)
        {
            return null;
        }

        return new PartDefinition(Str(item, "id"), Text(item, "label"), max.Value, value, requirement, scale, zero.Value, hint);
    }

    private (ValueDefinition? Value, IndicatorType? Type) ReadValue(JObject? item, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        if (item is null || item.Count != 1)
        {
            return (null, null);
        }

        if (item["indicator"] is not null)
        {
            var key = IndicatorRef(item, "indicator", indicators, numeric: false);
            return key is null ? (null, null) : (new ValueDefinition(ValueKind.Indicator, [key]), indicators[key].Type);
        }

        if (item["rate"] is JObject rate)
        {
            var numerator = IndicatorRef(rate, "numerator", indicators, numeric: true);
            var denominator = IndicatorRef(rate, "denominator", indicators, numeric: true);
            return numerator is null || denominator is null
                ? (null, null)
                : (new ValueDefinition(ValueKind.Rate, [numerator, denominator]), IndicatorType.Count);
        }

        if (item["difference"] is JObject difference)
        {
            var total = IndicatorRef(difference, "total", indicators, numeric: true);
            var subtract = IndicatorRef(difference, "subtract", indicators, numeric: true);
            return total is null || subtract is null
                ? (null, null)
                : (new ValueDefinition(ValueKind.Difference, [total, subtract]), IndicatorType.Count);
        }

        return (null, null);
    }

    private Requirement? ReadRequirement(JObject? item, IndicatorType? valueType)
    {
        if (item is null)
        {
            return null;
        }

        var op = WireNames.Operators.Parse(Str(item, "op"));
        var thresholdToken = item["threshold"];
        if (op is null || thresholdToken is null || valueType is null)
        {
            return null;
        }

        if (valueType == IndicatorType.Boolean)
        {
            if (thresholdToken.Type != JTokenType.Boolean)
            {
                Problem(thresholdToken, "the value is a yes/no indicator, so the threshold must be true or false.");
                return null;
            }

            if (op is not (ComparisonOperator.EqualTo or ComparisonOperator.NotEqualTo))
            {
                Problem(item["op"]!, "a yes/no value can only be compared with == or !=.");
                return null;
            }

            return new Requirement(op.Value, thresholdToken.Value<bool>() ? 1m : 0m);
        }

        if (thresholdToken.Type == JTokenType.Boolean)
        {
            Problem(thresholdToken, "the value is a number, so the threshold must be a number, not true or false.");
            return null;
        }

        var threshold = Num(item, "threshold");
        return threshold is null ? null : new Requirement(op.Value, threshold.Value);
    }

    private ScaleDefinition? ReadScale(JObject? item, ValueDefinition? value, IndicatorType? valueType, decimal? max)
    {
        if (item is null)
        {
            return null;
        }

        var kind = WireNames.Scales.Parse(Str(item, "type"));
        if (kind is null)
        {
            return null;
        }

        var used = kind switch
        {
            ScaleKind.Binary => valueType == IndicatorType.Boolean ? [] : new[] { "threshold" },
            ScaleKind.Step => ["bands"],
            ScaleKind.Proportional => ["threshold", "zeroBelow"],
            _ => new[] { "pointsPerEvent" },
        };
        foreach (var property in item.Properties().Where(p => p.Name != "type" && !used.Contains(p.Name)))
        {
            Problem(property, $"'{property.Name}' is not used by a {Str(item, "type")} scale{(valueType == IndicatorType.Boolean ? " of a yes/no value" : string.Empty)}; remove it.");
        }

        if (valueType == IndicatorType.Boolean && kind != ScaleKind.Binary)
        {
            Problem(item["type"]!, "a yes/no value can only have a binary scale (yes earns all points).");
            return null;
        }

        var ok = true;
        decimal? Required(string name, string purpose)
        {
            var number = Num(item, name);
            if (number is null && item[name] is null)
            {
                Problem(item, $"a {Str(item, "type")} scale needs '{name}' ({purpose}); add it.");
                ok = false;
            }

            return number;
        }

        var threshold = used.Contains("threshold") ? Required("threshold", "the value that earns all points") : null;
        var zeroBelow = kind == ScaleKind.Proportional ? Num(item, "zeroBelow") : null;
        var perEvent = kind == ScaleKind.Penalty ? Required("pointsPerEvent", "the points lost per event") : null;
        var bands = new List<StepBand>();

        if (kind == ScaleKind.Proportional && threshold is <= 0)
        {
            Problem(item["threshold"]!, "a proportional threshold must be more than 0 (points are max × value / threshold).");
            ok = false;
        }

        if (zeroBelow is not null && threshold is not null && (zeroBelow < 0 || zeroBelow >= threshold))
        {
            Problem(item["zeroBelow"]!, Invariant($"zeroBelow {zeroBelow} must be at least 0 and below the threshold {threshold}."));
            ok = false;
        }

        if (kind == ScaleKind.Penalty && value is not null && value.Kind == ValueKind.Rate)
        {
            Problem(item["type"]!, "a penalty scale counts events, so its value must be an indicator or a difference, not a rate.");
            ok = false;
        }

        if (kind == ScaleKind.Step)
        {
            if (item["bands"] is null)
            {
                Problem(item, "a step scale needs 'bands' (min → points, highest first); add them.");
                ok = false;
            }

            foreach (var band in Objects(item["bands"]))
            {
                var min = Num(band, "min");
                var points = Num(band, "points");
                if (min is null || points is null)
                {
                    ok = false;
                    continue;
                }

                if (max is not null && points > max)
                {
                    Problem(band["points"]!, Invariant($"{points} is more than the part's {max} points; lower it."));
                    ok = false;
                }

                if (bands.Count > 0 && min >= bands[^1].Min)
                {
                    Problem(band["min"]!, Invariant($"the band at {min} is not below the band before it ({bands[^1].Min}); list bands from the highest min down."));
                    ok = false;
                }
                else if (bands.Count > 0 && points > bands[^1].Points)
                {
                    Problem(band["points"]!, Invariant($"the band at {min} earns {points}, more than the higher band at {bands[^1].Min} ({bands[^1].Points}); a lower band must not earn more."));
                    ok = false;
                }

                bands.Add(new StepBand(min.Value, points.Value));
            }
        }

        return ok ? new ScaleDefinition(kind.Value, threshold, zeroBelow, bands, perEvent) : null;
    }

    private ZeroDenominatorPolicy? ReadZeroPolicy(JObject item, ValueDefinition? value)
    {
        var text = Str(item, "zeroDenominator");
        if (text is null)
        {
            return value?.Kind == ValueKind.Rate ? ZeroDenominatorPolicy.MissingData : ZeroDenominatorPolicy.Score;
        }

        if (value is not null && value.Kind == ValueKind.Indicator)
        {
            Problem(item["zeroDenominator"]!, "zeroDenominator applies to a rate or a difference only; remove it.");
            return null;
        }

        return WireNames.ZeroDenominators.Parse(text);
    }

    private void CheckPlaceholders(JObject hint, string language, string text)
    {
        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (!Placeholders.Contains(name))
            {
                Problem(hint[language]!, $"unknown placeholder '{{{name}}}'" + DidYouMean.Suffix(name, Placeholders).TrimEnd('.')
                    + " Use one of {" + string.Join("} {", Placeholders) + "}.");
            }
        }
    }

    private RuleCase? ReadCase(JObject item, decimal? max, IReadOnlyDictionary<string, IndicatorDefinition> indicators, List<RuleCase> earlier)
    {
        var name = Str(item, "name");
        var expect = item["expect"] as JObject;
        var statusText = expect is null ? null : Str(expect, "status");
        var points = expect is null ? null : Num(expect, "points");
        if (name is not null && earlier.Any(c => c.Name == name))
        {
            Problem(item["name"]!, $"the case name '{name}' is used twice in this criterion; make it unique so a failure names one case.");
        }

        if (points is not null && max is not null && points > max)
        {
            Problem(expect!["points"]!, Invariant($"{points} is more than the criterion's {max} points; no case can expect that."));
        }

        var given = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        if (item["given"] is JObject givenToken)
        {
            foreach (var property in givenToken.Properties())
            {
                if (!indicators.ContainsKey(property.Name))
                {
                    UnknownIndicator(property, property.Name, indicators, "Fix the key.");
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
        return new RuleCase(name, given, status, points.Value, new SourcePosition(_file, position.Line, position.Column));
    }

    private void CheckDuplicateCriteria(List<CriterionDefinition> criteria)
    {
        foreach (var group in criteria.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Source;
            foreach (var duplicate in group.Skip(1))
            {
                _problems.Add(new RuleProblem(duplicate.Source.File, duplicate.Source.Line, duplicate.Source.Column, "$.criteria",
                    $"the criterion id '{group.Key}' is already used at {first}; criterion ids must be unique."));
            }
        }
    }

    private void CheckAreaSums(string file, JObject manifestToken, Manifest manifest, List<CriterionDefinition> criteria)
    {
        _file = file;
        var areaTokens = Objects(manifestToken["areas"]).ToList();
        foreach (var area in manifest.Areas.Where(a => !_allAreasIncomplete && !_incompleteAreas.Contains(a.Id)))
        {
            var sum = criteria.Where(c => c.Area == area.Id).Sum(c => c.MaxPoints);
            if (sum != area.MaxPoints)
            {
                var token = areaTokens.FirstOrDefault(t => Str(t, "id") == area.Id)?["maxPoints"] ?? manifestToken;
                Problem(token, Invariant($"the criteria of area {area.Id} add up to {sum} points, not the area's {area.MaxPoints}; make them agree."));
            }
        }
    }

    private string? IndicatorRef(JObject item, string name, IReadOnlyDictionary<string, IndicatorDefinition> indicators, bool numeric)
    {
        var key = Str(item, name);
        if (key is null)
        {
            return null;
        }

        if (!indicators.TryGetValue(key, out var indicator))
        {
            UnknownIndicator(item[name]!, key, indicators, "Add it to indicators.json or fix the key.");
            return null;
        }

        if (numeric && indicator.Type == IndicatorType.Boolean)
        {
            Problem(item[name]!, $"'{key}' is a yes/no indicator; a rate, a difference or a SIPAS aspect needs counts or amounts.");
            return null;
        }

        return key;
    }

    private void UnknownIndicator(JToken at, string key, IReadOnlyDictionary<string, IndicatorDefinition> indicators, string advice)
    {
        // An empty catalogue is missing or broken, which is reported already: every key would look unknown.
        if (indicators.Count > 0)
        {
            Problem(at, $"unknown indicator '{key}'" + DidYouMean.Suffix(key, indicators.Keys).TrimEnd('.') + " " + advice);
        }
    }

    private static IEnumerable<JObject> Objects(JToken? token) =>
        token is JArray array ? array.OfType<JObject>() : [];

    private static string? Str(JObject item, string name) =>
        item[name] is JValue { Type: JTokenType.String } value ? (string?)value.Value : null;

    private static decimal? Num(JObject item, string name) => item[name] is JValue value
        ? value.Type switch
        {
            JTokenType.Integer => value.Value switch
            {
                long l => l,
                int i => i,
                _ => null,
            },
            JTokenType.Float => value.Value as decimal?,
            _ => null,
        }
        : null;

    private static LocalizedText? Text(JObject item, string name) =>
        item[name] is JObject text && Str(text, "vi") is { Length: > 0 } vi ? new LocalizedText(vi, Str(text, "en")) : null;

    private DateOnly? Date(JObject? item, string name)
    {
        var text = item is null ? null : Str(item, name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(item![name]!, $"'{text}' is not a date; write it yyyy-MM-dd.");
        return null;
    }

    private void Problem(JToken at, string message) => _problems.Add(JsonPosition.Problem(_file, at, message));

    private static string Invariant(FormattableString text) => text.ToString(ShortestDecimals.Instance);

    /// <summary>Formats decimals as their shortest exact text (13.0 → 13, 99.995 → 99.995), everything else invariantly.</summary>
    private sealed class ShortestDecimals : IFormatProvider, ICustomFormatter
    {
        public static readonly ShortestDecimals Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            decimal d when format is null => d.ToString("G29", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? string.Empty,
        };
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();
}
