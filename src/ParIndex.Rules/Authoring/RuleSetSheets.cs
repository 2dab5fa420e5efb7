using System.Globalization;
using Newtonsoft.Json.Linq;
using W = ParIndex.Rules.RuleWorkbook;

namespace ParIndex.Rules.Authoring;

/// <summary>
/// The rows of a rule set's workbook, projected field for field from its canonical rule files: every property is
/// taken by a column, and one that no column takes refuses the export, so a field added to the files can never be
/// dropped by the workbook in silence.
/// </summary>
internal sealed class RuleSetSheets(string? sealedHash)
{
    private readonly List<RuleProblem> _refusals = [];
    private string _file = RuleSetReader.ManifestFile;
    private readonly List<object?[]> _items = [], _areas = [], _classes = [], _types = [], _offices = [], _sipas = [], _indicators = [], _criteria = [], _cases = [];

    public IReadOnlyList<RuleProblem> Refusals => _refusals;

    /// <summary>Each sheet with its headings, column widths and rows, in the order a reader meets them.</summary>
    public IEnumerable<(string Name, IReadOnlyList<string> Headings, IReadOnlyList<double> Widths, List<object?[]> Rows)> All =>
    [
        (W.RuleSet, [W.Item, W.Value, W.English], [24, 60, 50], _items),
        (W.Areas, W.AreaColumns, [8, 50, 40, 12, 10], _areas),
        (W.Classes, W.ClassColumns, [16, 14], _classes),
        (W.UnitTypes, W.UnitTypeColumns, [12, 24, 24], _types),
        (W.Offices, W.OfficeColumns, [18, 40, 36, 50], _offices),
        (W.Sipas, W.SipasColumns, [16, 36, 30, 30, 30], _sipas),
        (W.Indicators, W.IndicatorColumns, [30, 60, 50, 10, 8], _indicators),
        (W.Criteria, W.CriteriaColumns, [.. W.CriteriaColumns.Select(c => c is W.Title or W.Requirement or W.Hint or W.TitleEn or W.RequirementEn or W.HintEn ? 50d : 14d)], _criteria),
        (W.Cases, W.CaseColumns, [10, 50, 12, 10, 10, 16, 12, 30, 16], _cases),
    ];

    public void Fill(IReadOnlyDictionary<string, JObject> files)
    {
        var manifest = files[RuleSetReader.ManifestFile];
        Taken(manifest, "$schema", "id", "title", "version", "period", "validFrom", "validTo", "level", "totalPoints", "areas", "notApplicable", "classification",
            "unitTypes", "offices", "targets", "sipas");
        Item(W.Id, manifest["id"]);
        _items.Add([W.Title, Text(manifest["title"]?["vi"]), Text(manifest["title"]?["en"])]);
        Taken((JObject)manifest["title"]!, "vi", "en");
        Item(W.Version, manifest["version"]);
        Item(W.PeriodFrom, manifest["period"]?["from"]);
        Item(W.PeriodTo, manifest["period"]?["to"]);
        Taken((JObject)manifest["period"]!, "from", "to");
        Item(W.ValidFrom, manifest["validFrom"]);
        Item(W.ValidTo, manifest["validTo"]);
        Item(W.Level, manifest["level"]);
        Item(W.TotalPoints, manifest["totalPoints"]);
        Item(W.NotApplicable, manifest["notApplicable"]);
        Item(W.MinTotal, manifest["targets"]?["minTotal"]);
        Item(W.MinSipas, manifest["targets"]?["minSipas"]);
        Taken((JObject)manifest["targets"]!, "minTotal", "minSipas");
        if (sealedHash is not null)
        {
            _items.Add([W.Seal, sealedHash]);
        }

        Table(manifest["areas"], _areas, ["id", "title", "maxPoints", "kind"], a => [Cell(a["id"]), .. Texts(a["title"]), Cell(a["maxPoints"]), Cell(a["kind"])]);
        Table(manifest["classification"], _classes, ["name", "minTotal"], c => [Cell(c["name"]), Cell(c["minTotal"])]);
        Table(manifest["unitTypes"], _types, ["id", "title"], t => [Cell(t["id"]), .. Texts(t["title"])]);
        Table(manifest["offices"], _offices, ["id", "title", "spellings"], o => [Cell(o["id"]), .. Texts(o["title"]), List(o["spellings"])]);
        Taken((JObject)manifest["sipas"]!, "aspects");
        Table(manifest["sipas"]!["aspects"], _sipas, ["id", "title", "numerator", "denominator"], a => [Cell(a["id"]), .. Texts(a["title"]), Cell(a["numerator"]), Cell(a["denominator"])]);
        _file = RuleSetReader.IndicatorsFile;
        var indicators = files[RuleSetReader.IndicatorsFile];
        Taken(indicators, "$schema", "indicators");
        Table(indicators["indicators"], _indicators, ["key", "title", "type", "merge"], i => [Cell(i["key"]), .. Texts(i["title"]), Cell(i["type"]), Cell(i["merge"])]);
        foreach (var (path, file) in files.Where(f => f.Key.StartsWith(RuleSetReader.CriteriaFolder, StringComparison.Ordinal)))
        {
            _file = path;
            Taken(file, "$schema", "area", "criteria");
            foreach (var criterion in file["criteria"]!.Cast<JObject>())
            {
                Criterion((string)file["area"]!, criterion);
            }
        }
    }

    private void Criterion(string area, JObject criterion)
    {
        Taken(criterion, "id", "title", "requirement", "lead", "support", "deadline", "maxPoints", "appliesTo", "judged", "parts", "cases");
        var deadline = (JObject)criterion["deadline"]!;
        Taken(deadline, "date", "text");
        var judged = criterion["judged"] as JObject;
        if (judged is not null)
        {
            Taken(judged, "step");
        }

        object?[] head = [area, Cell(criterion["id"]), .. Texts(criterion["title"]), .. Texts(criterion["requirement"]), Cell(criterion["lead"]), Cell(criterion["support"]),
            Cell(deadline["date"]), .. Texts(deadline["text"]), Cell(criterion["maxPoints"]), List(criterion["appliesTo"]), judged is null ? null : true, Cell(judged?["step"])];
        var rows = new List<object?[]>();
        foreach (var part in (criterion["parts"] as JArray ?? []).Cast<JObject>())
        {
            rows.AddRange(Part(part));
        }

        if (rows.Count == 0)
        {
            rows.Add(new object?[W.CriteriaColumns.Count]);
        }

        head.CopyTo(rows[0], 0);
        _criteria.AddRange(rows);
        foreach (var ruleCase in ((JArray)criterion["cases"]!).Cast<JObject>())
        {
            Case((string)criterion["id"]!, ruleCase);
        }
    }

    private IEnumerable<object?[]> Part(JObject part)
    {
        Taken(part, "id", "label", "maxPoints", "value", "requirement", "scale", "zeroDenominator", "hint");
        var value = (JObject)part["value"]!;
        var (kind, inputs) = value.Properties().Single() switch
        {
            { Name: "indicator" } p => (W.OfIndicator, new[] { p.Value, null }),
            { Name: "rate" } p => (W.OfRate, [p.Value["numerator"], p.Value["denominator"]]),
            { Name: "difference" } p => (W.OfDifference, [p.Value["total"], p.Value["subtract"]]),
            var p => (Refuse(p, NoColumn), [null, null]),
        };
        var requirement = (JObject)part["requirement"]!;
        var scale = (JObject)part["scale"]!;
        Taken(requirement, "op", "threshold");
        Taken(scale, "type", "threshold", "zeroBelow", "bands", "pointsPerEvent");
        var row = new object?[W.CriteriaColumns.Count];
        object?[] cells = [Cell(part["id"]), .. Texts(part["label"]), Cell(part["maxPoints"]), kind, Cell(inputs[0]), Cell(inputs[1]), Cell(requirement["op"]),
            Cell(requirement["threshold"]), Cell(scale["type"]), Cell(scale["threshold"]), Cell(scale["zeroBelow"]), Cell(scale["pointsPerEvent"]), Cell(part["zeroDenominator"])];
        cells.CopyTo(row, W.CriterionColumns.Count);
        Texts(part["hint"]).CopyTo(row, W.CriterionColumns.Count + W.PartColumns.Count + W.BandColumns.Count);
        var bands = (scale["bands"] as JArray ?? []).Cast<JObject>().ToList();
        for (var i = 0; i < Math.Max(1, bands.Count); i++)
        {
            var band = i == 0 ? row : new object?[W.CriteriaColumns.Count];
            if (i < bands.Count)
            {
                Taken(bands[i], "min", "points");
                band[W.CriterionColumns.Count + W.PartColumns.Count] = Cell(bands[i]["min"]);
                band[W.CriterionColumns.Count + W.PartColumns.Count + 1] = Cell(bands[i]["points"]);
            }

            yield return band;
        }
    }

    private void Case(string criterion, JObject ruleCase)
    {
        Taken(ruleCase, "name", "given", "type", "claim", "appraisal", "expect");
        var expect = (JObject)ruleCase["expect"]!;
        Taken(expect, "status", "points");
        object?[] head = [criterion, Cell(ruleCase["name"]), Cell(ruleCase["type"]), Cell(ruleCase["claim"]), Cell(ruleCase["appraisal"]), Cell(expect["status"]), Cell(expect["points"])];
        var given = ((JObject)ruleCase["given"]!).Properties().ToList();
        for (var i = 0; i < Math.Max(1, given.Count); i++)
        {
            var row = new object?[W.CaseColumns.Count];
            if (i == 0)
            {
                head.CopyTo(row, 0);
            }

            if (i < given.Count)
            {
                row[^2] = Cell(given[i].Name);
                row[^1] = Figure(given[i].Value);
            }

            _cases.Add(row);
        }
    }

    /// <summary>A case's figure: a number, a yes/no, text, or an object or array as the words the reader takes for them.</summary>
    private object? Figure(JToken value) => value switch
    {
        JObject { Count: 0 } => W.AnObject,
        JArray { Count: 0 } => W.AnArray,
        JValue { Value: string text } when text is W.AnObject or W.AnArray || text.Length == 0 =>
            Refuse(value, Messages.Say(text.Length == 0 ? "authoring.text-reads-as-no-figure" : "authoring.text-reads-as-object-or-array", text)),
        JContainer => Refuse(value, Messages.Say("authoring.figure-with-content")),
        _ => Cell(value),
    };

    private void Item(string item, JToken? value)
    {
        if (value is not null)
        {
            _items.Add([item, Cell(value)]);
        }
    }

    private void Table(JToken? list, List<object?[]> rows, string[] fields, Func<JObject, object?[]> row)
    {
        foreach (var item in (list as JArray ?? []).Cast<JObject>())
        {
            Taken(item, fields);
            if (item["title"] is JObject title)
            {
                Taken(title, "vi", "en");
            }

            rows.Add(row(item));
        }
    }

    private object?[] Texts(JToken? text)
    {
        if (text is JObject texts)
        {
            Taken(texts, "vi", "en");
        }

        return [Text(text?["vi"]), Text(text?["en"])];
    }

    private object? Text(JToken? token) => Cell(token);

    /// <summary>A list, one item a line: an item that holds a line break, or is empty or padded, would read back otherwise.</summary>
    private string? List(JToken? list)
    {
        if (list is not JArray items)
        {
            return null;
        }

        foreach (var item in items.Where(i => i is not JValue { Value: string s } || s.Length == 0 || s.Trim() != s || s.Contains(W.ListSeparator, StringComparison.Ordinal)))
        {
            Refuse(item, Messages.Say("authoring.list-item-unfit"));
        }

        return items.Count == 0 ? null : string.Join(W.ListSeparator, items.Select(i => (string?)i));
    }

    /// <summary>A scalar as a cell: text, an exact number or a yes/no; a text a cell cannot keep whole refuses the export.</summary>
    private object? Cell(JToken? token)
    {
        switch (token)
        {
            case null or JValue { Type: JTokenType.Null }:
                return null;
            case JValue { Value: string text }:
                var (kept, dropped, cut) = WorkbookWriter.CellText(text);
                return dropped > 0 || cut || kept.Length == 0
                    ? Refuse(token, Messages.Say(dropped > 0 ? "authoring.characters-a-cell-cannot-hold" : cut ? "authoring.text-longer-than-a-cell" : "authoring.empty-text"))
                    : text;
            case JValue { Value: bool yes }:
                return yes;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                return decimal.Parse(number.ToString(Newtonsoft.Json.Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture);
            default:
                return Refuse(token, NoColumn);
        }
    }

    /// <summary>Every property of an object must be one a column takes.</summary>
    private void Taken(JObject item, params string[] names)
    {
        foreach (var property in item.Properties().Where(p => !names.Contains(p.Name)))
        {
            Refuse(property, NoColumn);
        }
    }

    private static readonly LocalizedText NoColumn = Messages.Say("authoring.field-without-column");

    private string? Refuse(JToken at, LocalizedText what)
    {
        _refusals.Add(new RuleProblem(_file, 0, 0, JsonPosition.PathOf(at), Messages.Say("authoring.not-exported", what)));
        return null;
    }
}
