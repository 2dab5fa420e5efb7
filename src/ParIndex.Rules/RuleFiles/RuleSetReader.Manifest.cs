using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading the manifest (ruleset.json) and the indicator catalogue (indicators.json).
internal sealed partial class RuleSetReader
{
    private static List<IndicatorDefinition> ReadIndicators(FileProblems problems, JObject root)
    {
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
                problems.At(item["key"]!, Messages.Say("rules.the-indicator-is-declared-twice-keep", key));
                continue;
            }

            var merge = WireNames.MergeRules.Parse(Str(item, "merge"));
            if (merge is not null && (merge == MergeRule.Sum) == (type == IndicatorType.Boolean))
            {
                // A count or an amount is summed; a yes/no is combined with all or any: the other pairs mean nothing.
                problems.At(item["merge"]!, type == IndicatorType.Boolean
                    ? Messages.Say("rules.yes-no-not-summed")
                    : Messages.Say("rules.summed-merge-only", WireNames.IndicatorTypes.Name(type.Value), Str(item, "merge")));

                // Kept with its default rule, so the criteria that use it are not told it is unknown.
                merge = null;
            }

            result.Add(merge is { } rule ? new IndicatorDefinition(key, type.Value, title) { Merge = rule } : new IndicatorDefinition(key, type.Value, title));
        }

        return result;
    }

    private sealed record Manifest(
        string Id, LocalizedText Title, string Version, DateOnly From, DateOnly To, string Level, decimal TotalPoints,
        IReadOnlyList<AreaDefinition> Areas, IReadOnlyList<ClassificationBand> Classification, Targets Targets, IReadOnlyList<SipasAspect> Sipas,
        IReadOnlyList<UnitTypeDefinition> UnitTypes, NotApplicablePolicy NotApplicable)
    {
        /// <summary>The first day in force, when the manifest says.</summary>
        public DateOnly? ValidFrom { get; init; }

        /// <summary>The last day in force, when the manifest says.</summary>
        public DateOnly? ValidTo { get; init; }

        /// <summary>The offices' catalogue; empty when the rule set has none.</summary>
        public IReadOnlyList<OfficeDefinition> Offices { get; init; } = [];

        /// <summary>Some area's kind could not be read (the schema told it): which areas must add up is not known.</summary>
        public bool KindsUnreadable { get; init; }
    }

    /// <summary>Whether a version is written as a package version is: ASCII letters, digits, '.', '-' and '+', 1 to 64 of them, starting with a letter or digit.</summary>
    internal static bool IsVersion(string version) =>
        version.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(version[0]) && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+');

    private static Manifest? ReadManifest(FileProblems problems, JObject root, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var id = Str(root, "id");
        var title = Text(root, "title");
        var version = Str(root, "version");
        if (version is not null && !IsVersion(version))
        {
            // The version goes into every result's stamp, HTTP headers and file names: a package version's characters only.
            problems.At(root["version"]!, Messages.Say("rules.the-version-may-hold-only-letters", version));
        }

        var level = Str(root, "level");
        var total = Num(root, "totalPoints");
        var from = Date(problems, root["period"] as JObject, "from");
        var to = Date(problems, root["period"] as JObject, "to");
        if (from is not null && to is not null && from > to)
        {
            problems.At(root["period"]!["to"]!, Messages.Say("rules.the-period-ends-before-it-starts", to, from));
        }

        var validFrom = Date(problems, root, "validFrom");
        var validTo = Date(problems, root, "validTo");
        if ((validFrom ?? from) is { } first && (validTo ?? to) is { } last && first > last)
        {
            problems.At(root["validTo"] ?? root["validFrom"] ?? root["period"]!, Messages.Say("rules.the-rule-set-stops-being-in", last, first));
        }

        var (areas, unreadableKind) = Areas(problems, root, total);
        var bands = Bands(problems, root);
        var targetsToken = root["targets"] as JObject;
        var minTotal = targetsToken is null ? null : Num(targetsToken, "minTotal");
        var minSipas = targetsToken is null ? null : Num(targetsToken, "minSipas");

        var aspects = Objects((root["sipas"] as JObject)?["aspects"])
            .Select(item => (Id: Str(item, "id"), Item: item,
                Numerator: IndicatorRef(problems, item, "numerator", indicators, numeric: true),
                Denominator: IndicatorRef(problems, item, "denominator", indicators, numeric: true)))
            .Where(a => a.Id is not null && a.Numerator is not null && a.Denominator is not null)
            .Select(a => new SipasAspect(a.Id!, Text(a.Item, "title"), a.Numerator!, a.Denominator!))
            .ToList();
        var unitTypes = UnitTypes(problems, root);

        if (id is null || title is null || version is null || level is null || total is null || from is null || to is null
            || minTotal is null || minSipas is null || bands.Count == 0 || areas.Count == 0)
        {
            return null;
        }

        return new Manifest(id, title, version, from.Value, to.Value, level, total.Value, areas, bands,
            new Targets(minTotal.Value, minSipas.Value), aspects, unitTypes,
            WireNames.NotApplicablePolicies.Parse(Str(root, "notApplicable")) ?? NotApplicablePolicy.Full)
        {
            KindsUnreadable = unreadableKind,
            Offices = Offices(problems, root),
            ValidFrom = validFrom,
            ValidTo = validTo,
        };
    }

    /// <summary>Reads the areas and checks that the base areas add up to the total points.</summary>
    /// <returns>The areas, and whether some area's kind could not be read.</returns>
    private static (List<AreaDefinition> Areas, bool UnreadableKind) Areas(FileProblems problems, JObject root, decimal? total)
    {
        var areas = new List<AreaDefinition>();
        var unreadableKind = false;
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
                problems.At(item["id"]!, Messages.Say("rules.the-area-is-declared-twice-keep", areaId));
                continue;
            }

            var kind = WireNames.AreaKinds.Parse(Str(item, "kind"));
            if (kind is null && item["kind"] is not null)
            {
                // The schema has told the unknown kind; guessing "base" would only add sums that cannot add up.
                unreadableKind = true;
            }

            areas.Add(new AreaDefinition(areaId, areaTitle, max.Value) { Kind = kind ?? AreaKind.Base });
        }

        // Bonus and penalty areas sit outside the index: their maxPoints are caps, not shares of totalPoints.
        var baseAreas = areas.Where(a => a.Kind == AreaKind.Base).ToList();
        if (unreadableKind)
        {
            // Nothing more to check: which areas are the base is not known.
        }
        else if (total is not null && areas.Count > 0 && baseAreas.Count == 0)
        {
            problems.At(root["areas"]!, Messages.Say("rules.every-area-is-a-bonus-or"));
        }
        else if (total is not null && areas.Count > 0 && baseAreas.Sum(a => a.MaxPoints) != total)
        {
            var sum = baseAreas.Sum(a => a.MaxPoints);
            problems.At(root["totalPoints"]!, Messages.Say(baseAreas.Count == areas.Count ? "rules.areas-sum" : "rules.base-areas-sum", sum, total));
        }


        return (areas, unreadableKind);
    }

    /// <summary>Reads the classification bands, highest minimum first.</summary>
    private static List<ClassificationBand> Bands(FileProblems problems, JObject root)
    {
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
                problems.At(item["minTotal"]!, Messages.Say("rules.the-band-starts-at-not-below", name, min, bands[^1].Name, bands[^1].MinTotal));
            }

            if (bands.Any(b => b.Name == name))
            {
                problems.At(item["name"]!, Messages.Say("rules.the-band-is-declared-twice-keep", name));
            }

            bands.Add(new ClassificationBand(name, min.Value));
        }

        return bands;
    }

    /// <summary>Reads the offices' catalogue; an id declared twice, or a spelling that names two offices, is an error.</summary>
    private static List<OfficeDefinition> Offices(FileProblems problems, JObject root)
    {
        var offices = new List<OfficeDefinition>();
        foreach (var item in Objects(root["offices"]))
        {
            var officeId = Str(item, "id");
            var officeTitle = Text(item, "title");
            var spellings = (item["spellings"] as JArray ?? []).Select(s => s.Type == JTokenType.String ? (string?)s : null).OfType<string>().ToList();
            if (officeId is null || officeTitle is null)
            {
                continue;
            }

            if (offices.Any(o => o.Id == officeId))
            {
                problems.At(item["id"]!, Messages.Say("rules.the-office-is-declared-twice-keep", officeId));
                continue;
            }

            var office = new OfficeDefinition(officeId, officeTitle, spellings);
            foreach (var taken in offices.Where(o => office.Spellings.Append(office.Title.Vi).Any(o.IsWrittenAs)))
            {
                // A spelling that names two offices would put a criterion's lead under whichever was found first.
                problems.At(item["id"]!, Messages.Say("rules.the-office-shares-a-spelling-or", officeId, taken.Id));
            }

            offices.Add(office);
        }

        return offices;
    }

    /// <summary>Reads the unit types; one declared twice is an error.</summary>
    private static List<UnitTypeDefinition> UnitTypes(FileProblems problems, JObject root)
    {
        var unitTypes = new List<UnitTypeDefinition>();
        foreach (var item in Objects(root["unitTypes"]))
        {
            var typeId = Str(item, "id");
            var typeTitle = Text(item, "title");
            if (typeId is null || typeTitle is null)
            {
                continue;
            }

            if (unitTypes.Any(t => t.Id == typeId))
            {
                problems.At(item["id"]!, Messages.Say("rules.the-unit-type-is-declared-twice", typeId));
                continue;
            }

            unitTypes.Add(new UnitTypeDefinition(typeId, typeTitle));
        }

        return unitTypes;
    }
}
