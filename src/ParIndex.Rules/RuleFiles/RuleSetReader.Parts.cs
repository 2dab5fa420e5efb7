using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading a criterion's parts: value, requirement, scale, zero denominator and hint.
internal sealed partial class RuleSetReader
{
    private static readonly IReadOnlyList<string> Placeholders = WireNames.Placeholders.Names;

    private static PartDefinition? ReadPart(FileProblems problems, JObject item, int partCount, decimal? criterionMax, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        var max = Num(item, "maxPoints");
        if (max is null && item["maxPoints"] is null)
        {
            if (partCount > 1)
            {
                problems.At(item, Messages.Say("rules.parts-need-maxpoints"));
            }
            else
            {
                max = criterionMax;
            }
        }

        var (value, valueType) = ReadValue(problems, item["value"] as JObject, indicators);
        var requirement = ReadRequirement(problems, item["requirement"] as JObject, valueType);
        var scale = ReadScale(problems, item["scale"] as JObject, value, valueType, max);
        var zero = ReadZeroPolicy(problems, item, value);
        var hint = Text(item, "hint");
        if (hint is not null && item["hint"] is JObject hintToken)
        {
            CheckPlaceholders(problems, hintToken, "vi", hint.Vi);
            if (hint.En is not null)
            {
                CheckPlaceholders(problems, hintToken, "en", hint.En);
            }
        }

        if (scale is { Kind: ScaleKind.Step, Bands.Count: > 0 } && max is not null && !BandsMeetTheRequirement(problems, item, requirement, scale, max.Value))
        {
            return null;
        }

        if (value?.Kind == ValueKind.Rate && !RateNumbersReachable(problems, item))
        {
            return null;
        }

        if (value?.Kind == ValueKind.Indicator && valueType is IndicatorType.Count or IndicatorType.Amount && !CountNumbersReachable(problems, item))
        {
            return null;
        }

        if (max is null || value is null || requirement is null || scale is null || zero is null || hint is null)
        {
            return null;
        }

        return new PartDefinition(Str(item, "id"), Text(item, "label"), max.Value, value, requirement, scale, zero.Value, hint);
    }

    /// <summary>
    /// A step scale read as the decision's table: its top band gives the part's full points (else they can never be
    /// given), and a value that meets the requirement falls in some band (a requirement of "từ 80%" under bands from
    /// 85% passes a unit that earns nothing).
    /// </summary>
    private static bool BandsMeetTheRequirement(FileProblems problems, JObject item, Requirement? requirement, ScaleDefinition scale, decimal max)
    {
        var ok = true;
        var bands = Objects(item["scale"]?["bands"]).ToList();
        if (scale.Bands[0].Points != max && bands.Count > 0)
        {
            problems.At(bands[0]["points"]!, Messages.Say("rules.the-top-band-gives-not-the", scale.Bands[0].Points, max));
            ok = false;
        }

        var lowest = scale.Bands[^1].Min;
        if (requirement is { Operator: ComparisonOperator.AtLeast or ComparisonOperator.MoreThan } && requirement.Threshold < lowest && item["requirement"]?["threshold"] is { } threshold)
        {
            problems.At(threshold, Messages.Say("rules.a-value-of-meets-the-requirement", requirement.Threshold, lowest));
            ok = false;
        }

        return ok;
    }

    /// <summary>A count or an amount is never below 0, so a band or requirement below 0 is one no unit can fall short of.</summary>
    private static bool CountNumbersReachable(FileProblems problems, JObject item)
    {
        var ok = true;
        foreach (var token in ComparedNumbers(item).Where(t => t.Value<decimal>() < 0m))
        {
            problems.At(token, Messages.Say("rules.a-count-or-an-amount-is", token.Value<decimal>()));
            ok = false;
        }

        return ok;
    }

    /// <summary>Every number a part compares its value with: the requirement's and the scale's thresholds, zeroBelow, each band's min.</summary>
    private static IEnumerable<JValue> ComparedNumbers(JObject item) =>
        new[] { item["requirement"]?["threshold"], item["scale"]?["threshold"], item["scale"]?["zeroBelow"] }
            .Concat(Objects(item["scale"]?["bands"]).Select(b => b["min"]))
            .OfType<JValue>().Where(t => t.Type is JTokenType.Integer or JTokenType.Float);

    /// <summary>
    /// The numbers a rate is compared with must be rates a unit can have: from 0 to 100, and with at most 2 decimals,
    /// since a rate is rounded to 2 decimals before it is compared (99.995 lies between 99.99 and 100: a band or a
    /// requirement there is a gap no unit falls into, as a decision's "từ 95,01" after "dưới 95" would be).
    /// </summary>
    private static bool RateNumbersReachable(FileProblems problems, JObject item)
    {
        var ok = true;
        foreach (var token in ComparedNumbers(item))
        {
            var number = token.Value<decimal>();
            if (number is < 0m or > 100m)
            {
                problems.At(token, Messages.Say("rules.a-rate-lies-between-and-so", number));
                ok = false;
            }
            else if (decimal.Round(number, 2) != number)
            {
                var (below, above) = (decimal.Floor(number * 100m) / 100m, decimal.Ceiling(number * 100m) / 100m);
                problems.At(token, Messages.Say("rules.a-rate-is-rounded-to-decimals", number, below, above));
                ok = false;
            }
        }

        return ok;
    }

    private static Requirement? ReadRequirement(FileProblems problems, JObject? item, IndicatorType? valueType)
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
                problems.At(thresholdToken, Messages.Say("rules.the-value-is-a-yes-no"));
                return null;
            }

            if (op is not (ComparisonOperator.EqualTo or ComparisonOperator.NotEqualTo))
            {
                problems.At(item["op"]!, Messages.Say("rules.yes-no-compare-only"));
                return null;
            }

            return new Requirement(op.Value, thresholdToken.Value<bool>() ? 1m : 0m);
        }

        if (thresholdToken.Type == JTokenType.Boolean)
        {
            problems.At(thresholdToken, Messages.Say("rules.the-value-is-a-number-so"));
            return null;
        }

        var threshold = Num(item, "threshold");
        return threshold is null ? null : new Requirement(op.Value, threshold.Value);
    }

    private static ScaleDefinition? ReadScale(FileProblems problems, JObject? item, ValueDefinition? value, IndicatorType? valueType, decimal? max)
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
        Unused(problems, item, used, valueType);

        if (valueType == IndicatorType.Boolean && kind != ScaleKind.Binary)
        {
            problems.At(item["type"]!, Messages.Say("rules.yes-no-binary-scale-only"));
            return null;
        }

        var ok = true;
        decimal? Required(string name, LocalizedText purpose)
        {
            var number = Num(item, name);
            if (number is null && item[name] is null)
            {
                problems.At(item, Messages.Say("rules.scale-needs", Str(item, "type"), name, purpose));
                ok = false;
            }

            return number;
        }

        var threshold = used.Contains("threshold") ? Required("threshold", Messages.Say("rules.purpose-threshold")) : null;
        var zeroBelow = kind == ScaleKind.Proportional ? Num(item, "zeroBelow") : null;
        var perEvent = kind == ScaleKind.Penalty ? Required("pointsPerEvent", Messages.Say("rules.purpose-points-lost-per-event"))
            : kind == ScaleKind.PerEvent ? Required("pointsPerEvent", Messages.Say("rules.purpose-points-per-event")) : null;
        var bands = new List<StepBand>();

        if (kind == ScaleKind.Proportional && threshold is <= 0)
        {
            problems.At(item["threshold"]!, Messages.Say("rules.a-proportional-threshold-must-be-more"));
            ok = false;
        }

        if (zeroBelow is not null && threshold is not null && (zeroBelow < 0 || zeroBelow >= threshold))
        {
            problems.At(item["zeroBelow"]!, Messages.Say("rules.zerobelow-must-be-at-least-and", zeroBelow, threshold));
            ok = false;
        }

        if (kind is ScaleKind.Penalty or ScaleKind.PerEvent && value is not null && value.Kind == ValueKind.Rate)
        {
            problems.At(item["type"]!, Messages.Say("rules.counting-scale-not-rate", Str(item, "type")));
            ok = false;
        }

        if (kind == ScaleKind.Step && !ReadBands(problems, item, max, bands))
        {
            ok = false;
        }

        return ok ? new ScaleDefinition(kind.Value, threshold, zeroBelow, bands, perEvent) : null;
    }

    /// <summary>Reads a step scale's bands into <paramref name="bands"/>: highest min first, none above the part's points, none earning more than a higher one.</summary>
    /// <returns>Whether every band is right.</returns>
    private static bool ReadBands(FileProblems problems, JObject item, decimal? max, List<StepBand> bands)
    {
        var ok = true;
        if (item["bands"] is null)
        {
            problems.At(item, Messages.Say("rules.a-step-scale-needs-bands-min"));
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
                problems.At(band["points"]!, Messages.Say("rules.is-more-than-the-part-s", points, max));
                ok = false;
            }

            if (bands.Count > 0 && min >= bands[^1].Min)
            {
                problems.At(band["min"]!, Messages.Say("rules.the-band-at-is-not-below", min, bands[^1].Min));
                ok = false;
            }
            else if (bands.Count > 0 && points > bands[^1].Points)
            {
                problems.At(band["points"]!, Messages.Say("rules.the-band-at-earns-more-than", min, points, bands[^1].Min, bands[^1].Points));
                ok = false;
            }

            bands.Add(new StepBand(min.Value, points.Value));
        }

        return ok;
    }

    /// <summary>Tells each property the scale's type does not use, so a setting that does nothing is never kept by mistake.</summary>
    private static void Unused(FileProblems problems, JObject item, string[] used, IndicatorType? valueType)
    {
        foreach (var property in item.Properties().Where(p => p.Name != "type" && !used.Contains(p.Name)))
        {
            problems.At(property, Messages.Say(valueType == IndicatorType.Boolean ? "rules.unused-by-yes-no-scale" : "rules.unused-by-scale", property.Name, Str(item, "type")));
        }
    }

    private static ZeroDenominatorPolicy? ReadZeroPolicy(FileProblems problems, JObject item, ValueDefinition? value)
    {
        var text = Str(item, "zeroDenominator");
        if (text is null)
        {
            return value?.Kind == ValueKind.Rate ? ZeroDenominatorPolicy.MissingData : ZeroDenominatorPolicy.Score;
        }

        if (value is not null && value.Kind == ValueKind.Indicator)
        {
            problems.At(item["zeroDenominator"]!, Messages.Say("rules.zerodenominator-applies-to-a-rate-or"));
            return null;
        }

        return WireNames.ZeroDenominators.Parse(text);
    }

    private static void CheckPlaceholders(FileProblems problems, JObject hint, string language, string text)
    {
        if (HintTemplate.StrayBrace(text) is { } at)
        {
            problems.At(hint[language]!, Messages.Say("rules.the-brace-at-character-is-not", at + 1));
        }

        foreach (var segment in HintTemplate.Segments(text).Where(s => s.IsPlaceholder))
        {
            var name = text.Substring(segment.Start, segment.Length);
            if (!Placeholders.Contains(name))
            {
                problems.At(hint[language]!, Messages.Say("rules.unknown-placeholder-use-one-of", name, DidYouMean.Said(name, Placeholders), string.Join("} {", Placeholders)));
            }
        }
    }

    private static (ValueDefinition? Value, IndicatorType? Type) ReadValue(FileProblems problems, JObject? item, IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        if (item is null || item.Count != 1)
        {
            return (null, null);
        }

        if (item["indicator"] is not null)
        {
            var key = IndicatorRef(problems, item, "indicator", indicators, numeric: false);
            return key is null ? (null, null) : (new ValueDefinition(ValueKind.Indicator, [key]), indicators[key].Type);
        }

        if (item["rate"] is JObject rate)
        {
            var numerator = IndicatorRef(problems, rate, "numerator", indicators, numeric: true);
            var denominator = IndicatorRef(problems, rate, "denominator", indicators, numeric: true);
            return numerator is null || denominator is null
                ? (null, null)
                : (new ValueDefinition(ValueKind.Rate, [numerator, denominator]), IndicatorType.Count);
        }

        if (item["difference"] is JObject difference)
        {
            var total = IndicatorRef(problems, difference, "total", indicators, numeric: true);
            var subtract = IndicatorRef(problems, difference, "subtract", indicators, numeric: true);
            return total is null || subtract is null
                ? (null, null)
                : (new ValueDefinition(ValueKind.Difference, [total, subtract]), IndicatorType.Count);
        }

        return (null, null);
    }
}
