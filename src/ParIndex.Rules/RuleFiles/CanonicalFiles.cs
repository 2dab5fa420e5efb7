using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>
/// A rule set's canonical files: every field it holds, in one layout, without comments. The content hash is taken over
/// them, so two sets that mean the same hash the same however their files were laid out (or whether they came from a
/// workbook); <see cref="Authoring.RuleSetWriter"/> hands them to applications.
/// </summary>
/// <remarks>Stateless and thread-safe. A test holds that every field the schemas allow is written.</remarks>
internal static class CanonicalFiles
{
    /// <summary>The manifest's optional parts, each written only when the rule set has it, so a set without them writes as before.</summary>
    private static void Optional(JObject manifest, RuleSet ruleSet)
    {
        foreach (var (name, day) in new[] { ("validFrom", ruleSet.ValidFrom), ("validTo", ruleSet.ValidTo) })
        {
            if (day is { } date)
            {
                manifest.Property("period", StringComparison.Ordinal)!.AddBeforeSelf(new JProperty(name, Date(date)));
            }
        }

        if (ruleSet.NotApplicable != NotApplicablePolicy.Full)
        {
            manifest.Property("classification", StringComparison.Ordinal)!.AddBeforeSelf(new JProperty("notApplicable", WireNames.NotApplicablePolicies.Name(ruleSet.NotApplicable)));
        }

        if (ruleSet.UnitTypes.Count > 0)
        {
            // Written only when listed, so a rule set without types writes as before.
            manifest.Property("targets", StringComparison.Ordinal)!.AddBeforeSelf(new JProperty("unitTypes", new JArray(ruleSet.UnitTypes.Select(t => new JObject { ["id"] = t.Id, ["title"] = Text(t.Title) }))));
        }

        if (ruleSet.Offices.Count > 0)
        {
            manifest.Property("targets", StringComparison.Ordinal)!.AddBeforeSelf(new JProperty("offices", new JArray(ruleSet.Offices.Select(o =>
                new JObject { ["id"] = o.Id, ["title"] = Text(o.Title), ["spellings"] = new JArray(o.Spellings) }))));
        }
    }

    /// <summary>The rule set's files: <c>ruleset.json</c>, <c>indicators.json</c> and <c>criteria/area-&lt;id&gt;.json</c>.</summary>
    public static IReadOnlyList<RuleFile> ToFiles(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var manifest = new JObject
        {
            ["$schema"] = "../schemas/ruleset.schema.json",
            ["id"] = ruleSet.Id,
            ["title"] = Text(ruleSet.Title),
            ["version"] = ruleSet.Version,
            ["period"] = new JObject { ["from"] = Date(ruleSet.PeriodFrom), ["to"] = Date(ruleSet.PeriodTo) },
            ["level"] = ruleSet.Level,
            ["totalPoints"] = Num(ruleSet.TotalPoints),
            ["areas"] = new JArray(ruleSet.Areas.Select(Area)),
            ["classification"] = new JArray(ruleSet.Classification.Select(b => new JObject { ["name"] = b.Name, ["minTotal"] = Num(b.MinTotal) })),
            ["targets"] = new JObject { ["minTotal"] = Num(ruleSet.Targets.MinTotal), ["minSipas"] = Num(ruleSet.Targets.MinSipas) },
            ["sipas"] = new JObject
            {
                ["aspects"] = new JArray(ruleSet.SipasAspects.Select(a =>
                {
                    var aspect = new JObject { ["id"] = a.Id };
                    if (a.Title is not null)
                    {
                        aspect["title"] = Text(a.Title);
                    }

                    aspect["numerator"] = a.Numerator;
                    aspect["denominator"] = a.Denominator;
                    return aspect;
                })),
            },
        };
        Optional(manifest, ruleSet);
        var indicators = new JObject
        {
            ["$schema"] = "../schemas/indicators.schema.json",
            ["indicators"] = new JArray(ruleSet.Indicators.Select(i =>
            {
                var indicator = new JObject { ["key"] = i.Key, ["type"] = WireNames.IndicatorTypes.Name(i.Type), ["title"] = Text(i.Title) };
                if (i.Merge != new IndicatorDefinition(i.Key, i.Type, i.Title).Merge)
                {
                    indicator["merge"] = WireNames.MergeRules.Name(i.Merge);
                }

                return indicator;
            })),
        };

        var files = new List<RuleFile> { Write("ruleset.json", manifest), Write("indicators.json", indicators) };
        foreach (var area in ruleSet.Areas)
        {
            var criteria = ruleSet.Criteria.Where(c => c.Area == area.Id).ToList();
            if (criteria.Count == 0)
            {
                continue;
            }

            var file = new JObject
            {
                ["$schema"] = "../../schemas/criteria.schema.json",
                ["area"] = area.Id,
                ["criteria"] = new JArray(criteria.Select(c => Criterion(c, ruleSet))),
            };
            files.Add(Write($"criteria/area-{area.Id}.json", file));
        }

        return files;
    }

    /// <summary>A criterion as its rule file writes it, for comparing two rule sets field by field.</summary>
    internal static JObject CriterionJson(CriterionDefinition criterion, RuleSet ruleSet) => Criterion(criterion, ruleSet);

    private static JObject Criterion(CriterionDefinition criterion, RuleSet ruleSet)
    {
        var deadline = new JObject();
        if (criterion.Deadline.Date is { } date)
        {
            deadline["date"] = Date(date);
        }

        deadline["text"] = Text(criterion.Deadline.Text);
        var result = new JObject
        {
            ["id"] = criterion.Id,
            ["title"] = Text(criterion.Title),
            ["requirement"] = Text(criterion.RequirementText),
            ["lead"] = criterion.Lead,
            ["support"] = criterion.Support,
            ["deadline"] = deadline,
            ["maxPoints"] = Num(criterion.MaxPoints),
        };

        // The assessment's optional fields are written only when set, so a rule set without them writes as before.
        if (criterion.AppliesTo is { } appliesTo)
        {
            result["appliesTo"] = new JArray(appliesTo);
        }

        if (criterion.Judged is { } judged)
        {
            result["judged"] = judged.Step is { } step ? new JObject { ["step"] = Num(step) } : new JObject();
        }
        else
        {
            result["parts"] = new JArray(criterion.Parts.Select(p => Part(p, ruleSet)));
        }

        result["cases"] = new JArray(criterion.Cases.Select(Case));
        return result;
    }

    private static JObject Area(AreaDefinition area)
    {
        var result = new JObject { ["id"] = area.Id, ["title"] = Text(area.Title), ["maxPoints"] = Num(area.MaxPoints) };
        if (area.Kind != AreaKind.Base)
        {
            result["kind"] = WireNames.AreaKinds.Name(area.Kind);
        }

        return result;
    }

    private static JObject Part(PartDefinition part, RuleSet ruleSet)
    {
        var result = new JObject();
        if (part.Id is not null)
        {
            result["id"] = part.Id;
        }

        if (part.Label is not null)
        {
            result["label"] = Text(part.Label);
        }

        result["maxPoints"] = Num(part.MaxPoints);
        var inputs = part.Value.Inputs;
        result["value"] = part.Value.Kind switch
        {
            ValueKind.Indicator => new JObject { ["indicator"] = inputs[0] },
            ValueKind.Rate => new JObject { ["rate"] = new JObject { ["numerator"] = inputs[0], ["denominator"] = inputs[1] } },
            _ => new JObject { ["difference"] = new JObject { ["total"] = inputs[0], ["subtract"] = inputs[1] } },
        };
        var isBoolean = ruleSet.IndicatorsByKey[inputs[0]].Type == IndicatorType.Boolean;
        result["requirement"] = new JObject
        {
            ["op"] = part.Requirement.Symbol,
            ["threshold"] = isBoolean ? new JValue(part.Requirement.Threshold == 1m) : Num(part.Requirement.Threshold),
        };
        var scale = new JObject
        {
            ["type"] = WireNames.Scales.Name(part.Scale.Kind),
        };
        if (part.Scale.Threshold is { } threshold)
        {
            scale["threshold"] = Num(threshold);
        }

        if (part.Scale.ZeroBelow is { } zeroBelow)
        {
            scale["zeroBelow"] = Num(zeroBelow);
        }

        if (part.Scale.Kind == ScaleKind.Step)
        {
            scale["bands"] = new JArray(part.Scale.Bands.Select(b => new JObject { ["min"] = Num(b.Min), ["points"] = Num(b.Points) }));
        }

        if (part.Scale.PointsPerEvent is { } perEvent)
        {
            scale["pointsPerEvent"] = Num(perEvent);
        }

        result["scale"] = scale;
        var defaultPolicy = part.Value.Kind == ValueKind.Rate ? ZeroDenominatorPolicy.MissingData : ZeroDenominatorPolicy.Score;
        if (part.ZeroDenominator != defaultPolicy)
        {
            result["zeroDenominator"] = WireNames.ZeroDenominators.Name(part.ZeroDenominator);
        }

        result["hint"] = Text(part.Hint);
        return result;
    }

    private static JObject Case(RuleCase ruleCase)
    {
        var result = new JObject
        {
            ["name"] = ruleCase.Name,
            ["given"] = new JObject(ruleCase.Given.Select(g => new JProperty(g.Key, Value(g.Value)))),
        };
        if (ruleCase.UnitType is { } type)
        {
            result["type"] = type;
        }

        if (ruleCase.Claim is { } claim)
        {
            result["claim"] = Num(claim);
        }

        if (ruleCase.Appraisal is { } appraisal)
        {
            result["appraisal"] = Num(appraisal);
        }

        result["expect"] = new JObject { ["status"] = ruleCase.ExpectedStatus.ToWireName(), ["points"] = Num(ruleCase.ExpectedPoints) };
        return result;
    }

    /// <summary>A case's value as JSON that reads back to the same value, impossible ones included.</summary>
    private static JToken Value(IndicatorValue value) => value.Kind switch
    {
        IndicatorValueKind.Boolean => new JValue(value.Number == 1m),
        IndicatorValueKind.Number => Num(value.Number),
        _ => value.Raw switch
        {
            "an object" => new JObject(),
            "an array" => new JArray(),
            ['"', .. var text, '"'] => new JValue(text),
            var other => new JValue(other),
        },
    };

    /// <summary>A number as its shortest exact text (2, not 2.0), as an author would write it.</summary>
    private static JRaw Num(decimal value) => new(value.ToString("G29", CultureInfo.InvariantCulture));

    private static JObject Text(LocalizedText text)
    {
        var result = new JObject { ["vi"] = text.Vi };
        if (text.En is not null)
        {
            result["en"] = text.En;
        }

        return result;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RuleFile Write(string path, JObject content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            content.WriteTo(json);
        }

        return new RuleFile(path, writer.ToString() + "\n");
    }
}
