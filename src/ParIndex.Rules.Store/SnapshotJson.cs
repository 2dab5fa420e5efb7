using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Store;

/// <summary>
/// A unit's inputs read back from the store (<see cref="RecordJson"/> writes them): every figure, claim and appraisal
/// round exactly as read, numbers as their decimal text (never floating point), so a stored run is scored again to
/// the same result.
/// </summary>
/// <remarks>Stateless and thread-safe. The form is the store's own, versioned with its schema.</remarks>
internal static class SnapshotJson
{
    public static IndicatorSnapshot Read(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var json = JObject.Load(reader);
        var figures = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        foreach (var figure in ((JObject)json["figures"]!).Properties())
        {
            figures[figure.Name] = figure.Value switch
            {
                JValue { Type: JTokenType.String } n => IndicatorValue.FromNumber(Decimal(n)),
                JValue { Type: JTokenType.Boolean } b => IndicatorValue.FromBoolean((bool)b),
                var raw => IndicatorValue.Invalid((string?)raw["raw"] ?? string.Empty),
            };
        }

        return new IndicatorSnapshot((string)json["id"]!, (string)json["name"]!, figures)
        {
            Type = (string?)json["type"],
            Period = (string?)json["period"],
            SelfAssessment = (json["claims"] as JObject)?.Properties().ToDictionary(p => p.Name, p => new Claim(
                Decimal(p.Value["points"]!),
                [.. ((JArray)p.Value["evidence"]!).Select(e => new Evidence((string)e["document"]!,
                    (string?)e["date"] is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, (string?)e["location"]))],
                (string?)p.Value["explanation"]), StringComparer.Ordinal),
            Appraisal = (json["appraisal"] as JObject)?.Properties().ToDictionary(p => p.Name, p => (IReadOnlyList<AppraisalRound>)[.. ((JArray)p.Value).Select(r =>
                new AppraisalRound((int)r["round"]!, Decimal(r["points"]!), (string)r["reason"]!, (string?)r["by"]))], StringComparer.Ordinal),
        };
    }

    /// <summary>A decimal as its exact invariant text: 20-digit amounts and trailing zeros kept.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Decimal(JToken token) => decimal.Parse((string)token!, NumberStyles.Float, CultureInfo.InvariantCulture);
}
