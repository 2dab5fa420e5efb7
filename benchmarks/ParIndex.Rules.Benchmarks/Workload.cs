
namespace ParIndex.Rules.Benchmarks;

/// <summary>Synthetic communes scored by the shipped 2025 rule set: most figures a little short, a few absent or impossible.</summary>
public static class Workload
{
    public static RuleSet Rules { get; } = BundledRuleSets.Load("commune-2025");

    /// <summary>The 2025 catalogue with one area of <paramref name="count"/> copies of criterion 7.3.3 (5 points, a proportional rate, six cases).</summary>
    public static IReadOnlyList<RuleFile> ManyCriteria(int count)
    {
        var files = BundledRuleSets.Files("commune-2025");
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(files.Single(f => f.Path == "ruleset.json").Text);
        var template = files.Where(f => f.Path.StartsWith("criteria/", StringComparison.Ordinal))
            .SelectMany(f => (Newtonsoft.Json.Linq.JArray)Newtonsoft.Json.Linq.JObject.Parse(f.Text)["criteria"]!)
            .Single(c => (string?)c["id"] == "7.3.3");
        manifest["totalPoints"] = 5 * count;
        manifest["areas"] = new Newtonsoft.Json.Linq.JArray(new Newtonsoft.Json.Linq.JObject { ["id"] = "A", ["title"] = new Newtonsoft.Json.Linq.JObject { ["vi"] = "A" }, ["maxPoints"] = 5 * count });
        var criteria = new Newtonsoft.Json.Linq.JArray();
        for (var i = 0; i < count; i++)
        {
            var copy = (Newtonsoft.Json.Linq.JObject)template.DeepClone();
            copy["id"] = System.FormattableString.Invariant($"9.{i}");
            criteria.Add(copy);
        }

        return
        [
            new RuleFile("ruleset.json", manifest.ToString()),
            files.Single(f => f.Path == "indicators.json"),
            new RuleFile("criteria/a.json", new Newtonsoft.Json.Linq.JObject { ["area"] = "A", ["criteria"] = criteria }.ToString()),
        ];
    }

    public static IndicatorSnapshot[] Units(int count, int seed = 2025)
    {
        var random = new Random(seed);
        var units = new IndicatorSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            var size = random.Next(500, 5000);
            foreach (var indicator in Rules.Indicators)
            {
                var roll = random.NextDouble();
                if (roll < 0.003)
                {
                    continue;
                }

                values[indicator.Key] = roll < 0.006
                    ? IndicatorValue.Invalid("\"?\"")
                    : indicator.Type == IndicatorType.Boolean ? random.NextDouble() < 0.9 : size;
            }

            // Numerators a little below their denominators, so criteria fall on every side of their thresholds.
            foreach (var part in Rules.Criteria.SelectMany(c => c.Parts).Where(p => p.Value.Kind != ValueKind.Indicator))
            {
                var (share, whole) = part.Value.Kind == ValueKind.Rate ? (part.Value.Inputs[0], part.Value.Inputs[1]) : (part.Value.Inputs[1], part.Value.Inputs[0]);
                if (values.TryGetValue(whole, out var w) && w.Kind == IndicatorValueKind.Number && values.TryGetValue(share, out var s) && s.Kind == IndicatorValueKind.Number)
                {
                    var fraction = random.NextDouble() < 0.5 ? 1m : (decimal)(0.7 + (0.3 * random.NextDouble()));
                    values[share] = Math.Floor(w.Number * fraction);
                }
            }

            values["parInitiativesRecognised"] = random.Next(0, 3);
            values["budgetAutonomyViolations"] = random.NextDouble() < 0.8 ? 0 : random.Next(1, 4);
            values["dossiersLate"] = random.Next(0, 12);
            values["dossiersLateWithApology"] = Math.Max(0, values["dossiersLate"].Number - random.Next(0, 4));
            units[i] = new IndicatorSnapshot($"u{i}", $"Xã {i}", values);
        }

        return units;
    }

    /// <summary>What must agree between the three evaluators: each criterion's status and points.</summary>
    public static string Fingerprint(IEnumerable<(CriterionStatus Status, decimal Points)> criteria) =>
        string.Join(";", criteria.Select(c => FormattableString.Invariant($"{c.Status}:{c.Points:0.##}")));
}
