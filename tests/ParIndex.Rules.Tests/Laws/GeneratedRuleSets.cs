using System.Globalization;
using System.Text;

namespace ParIndex.Rules.Tests.Laws;

/// <summary>Small valid rule sets made from a seed: rates, counts and yes/no values under every kind of scale.</summary>
internal static class GeneratedRuleSets
{
    public static IReadOnlyList<RuleFile> Files(int seed)
    {
        var random = new Random(seed);
        var criteria = new List<string>();
        var total = 0m;
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var max = random.Next(1, 9) + (random.Next(2) * 0.5m);
            total += max;
            criteria.Add(Criterion(random, i, max));
        }

        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        return
        [
            new RuleFile("ruleset.json", $$"""
                { "id": "gen-{{seed}}", "title": { "vi": "Sinh tự động" }, "version": "1", "period": { "from": "2025-01-01", "to": "2025-12-31" },
                  "level": "commune", "totalPoints": {{N(total)}}, "areas": [ { "id": "A", "title": { "vi": "A" }, "maxPoints": {{N(total)}} } ],
                  "classification": [ { "name": "Tốt", "minTotal": {{N(total / 2)}} }, { "name": "Yếu", "minTotal": 0 } ],
                  "targets": { "minTotal": 1, "minSipas": 90 },
                  "sipas": { "aspects": [ { "id": "s", "numerator": "a", "denominator": "b" } ] } }
                """),
            new RuleFile("indicators.json", """
                { "indicators": [ { "key": "a", "type": "count", "title": { "vi": "a" } }, { "key": "b", "type": "count", "title": { "vi": "b" } },
                                  { "key": "c", "type": "count", "title": { "vi": "c" } }, { "key": "flag", "type": "boolean", "title": { "vi": "cờ" } } ] }
                """),
            new RuleFile("criteria/a.json", "{ \"area\": \"A\", \"criteria\": [" + string.Join(",", criteria) + "] }"),
        ];
    }

    /// <summary>A snapshot with counts around each other, sometimes absent, impossible or zero.</summary>
    public static IndicatorSnapshot Unit(Random random, string id)
    {
        var values = new Dictionary<string, IndicatorValue>();
        var b = random.Next(0, 200);
        values["b"] = b;
        values["a"] = random.Next(0, Math.Max(1, b + 1));
        values["c"] = random.Next(0, 12);
        values["flag"] = random.Next(2) == 1;
        var spoil = random.Next(20);
        if (spoil == 0)
        {
            values.Remove(random.Next(2) == 0 ? "a" : "b");
        }
        else if (spoil == 1)
        {
            values["a"] = b + 1;
        }
        else if (spoil == 2)
        {
            values["c"] = -1;
        }

        return new IndicatorSnapshot(id, id, values);
    }

    private static string Criterion(Random random, int index, decimal max)
    {
        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        var kind = random.Next(4);
        var (value, requirement, scale) = kind switch
        {
            0 => Rate(random, max),
            1 => ("{ \"indicator\": \"c\" }", $"{{ \"op\": \"<=\", \"threshold\": {random.Next(0, 3)} }}", $"{{ \"type\": \"penalty\", \"pointsPerEvent\": {N(random.Next(1, 5) * 0.5m)} }}"),
            2 => ("{ \"indicator\": \"flag\" }", "{ \"op\": \"==\", \"threshold\": true }", "{ \"type\": \"binary\" }"),
            _ => ("{ \"difference\": { \"total\": \"b\", \"subtract\": \"a\" } }", "{ \"op\": \"<=\", \"threshold\": 0 }", "{ \"type\": \"penalty\", \"pointsPerEvent\": 0.5 }"),
        };
        var zero = kind is 0 or 3 && random.Next(2) == 0 ? ", \"zeroDenominator\": \"notApplicable\"" : string.Empty;
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""
            { "id": "{{index + 1}}", "title": { "vi": "Tiêu chí {{index + 1}}" }, "requirement": { "vi": "…" }, "lead": "VP", "support": "TP",
              "deadline": { "text": { "vi": "Trong năm" } }, "maxPoints": {{N(max)}},
              "parts": [ { "value": {{value}}, "requirement": {{requirement}}, "scale": {{scale}}{{zero}}, "hint": { "vi": "{actual} < {required}, mất {lost}" } } ],
              "cases": [ { "name": "absent", "given": {}, "expect": { "status": "missing_data", "points": 0 } } ] }
            """);
        return builder.ToString();
    }

    private static (string, string, string) Rate(Random random, decimal max)
    {
        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        var threshold = random.Next(30, 101);
        var scale = random.Next(3) switch
        {
            0 => $"{{ \"type\": \"binary\", \"threshold\": {threshold} }}",
            1 => $"{{ \"type\": \"proportional\", \"threshold\": {threshold}" + (random.Next(2) == 0 ? $", \"zeroBelow\": {threshold / 2}" : string.Empty) + " }",
            _ => $"{{ \"type\": \"step\", \"bands\": [ {{ \"min\": {threshold}, \"points\": {N(max)} }}, {{ \"min\": {threshold - 10}, \"points\": {N(max / 2)} }} ] }}",
        };
        return ("{ \"rate\": { \"numerator\": \"a\", \"denominator\": \"b\" } }", $"{{ \"op\": \">=\", \"threshold\": {threshold} }}", scale);
    }
}
