using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Store;

/// <summary>
/// A unit's inputs as the store keeps them: every figure, claim and appraisal round exactly as read, numbers as their
/// decimal text (never floating point), so a stored run is scored again to the same result.
/// </summary>
/// <remarks>Stateless and thread-safe. The form is the store's own, versioned with its schema.</remarks>
internal static class SnapshotJson
{
    /// <summary>Written straight to text, a property at a time: a run of 3,321 units writes 230,000 figures.</summary>
    public static string Write(IndicatorSnapshot snapshot)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var json = new JsonTextWriter(text);
        json.WriteStartObject();
        JsonContract.Property(json, "id", snapshot.Id);
        JsonContract.Property(json, "name", snapshot.Name);
        JsonContract.Property(json, "type", snapshot.Type);
        JsonContract.Property(json, "period", snapshot.Period);
        json.WritePropertyName("figures");
        json.WriteStartObject();
        foreach (var (key, value) in snapshot.Indicators.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            // A number as its exact decimal text, a yes/no as true or false, a figure that could not be read as { "raw": … }.
            json.WritePropertyName(key);
            switch (value.Kind)
            {
                case IndicatorValueKind.Number:
                    json.WriteValue(Number(value.Number));
                    break;
                case IndicatorValueKind.Boolean:
                    json.WriteValue(value.Number == 1m);
                    break;
                default:
                    json.WriteStartObject();
                    JsonContract.Property(json, "raw", value.Raw);
                    json.WriteEndObject();
                    break;
            }
        }

        json.WriteEndObject();
        Claims(json, snapshot.SelfAssessment);
        Appraisal(json, snapshot.Appraisal);
        json.WriteEndObject();
        json.Flush();
        return text.ToString();
    }

    private static void Claims(JsonTextWriter json, IReadOnlyDictionary<string, Claim>? claims)
    {
        if (claims is null)
        {
            return;
        }

        json.WritePropertyName("claims");
        json.WriteStartObject();
        foreach (var (id, claim) in claims.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(id);
            json.WriteStartObject();
            JsonContract.Property(json, "points", Number(claim.Points));
            JsonContract.Property(json, "explanation", claim.Explanation);
            json.WritePropertyName("evidence");
            json.WriteStartArray();
            foreach (var evidence in claim.Evidence)
            {
                json.WriteStartObject();
                JsonContract.Property(json, "document", evidence.Document);
                JsonContract.Property(json, "date", evidence.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                JsonContract.Property(json, "location", evidence.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Appraisal(JsonTextWriter json, IReadOnlyDictionary<string, IReadOnlyList<AppraisalRound>>? appraisal)
    {
        if (appraisal is null)
        {
            return;
        }

        json.WritePropertyName("appraisal");
        json.WriteStartObject();
        foreach (var (id, rounds) in appraisal.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(id);
            json.WriteStartArray();
            foreach (var round in rounds)
            {
                json.WriteStartObject();
                json.WritePropertyName("round");
                json.WriteValue(round.Round);
                JsonContract.Property(json, "points", Number(round.Points));
                JsonContract.Property(json, "reason", round.Reason);
                JsonContract.Property(json, "by", round.By);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A unit's criteria as the results table keeps them: id, status and exact points, each as <c>[id, status, points]</c>.</summary>
    public static string Criteria(Scorecard card)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var json = new JsonTextWriter(text);
        json.WriteStartArray();
        // Each criterion as [id, status, points]: a run of 3,321 units writes 103,000 of them.
        foreach (var criterion in card.CriteriaOnce())
        {
            json.WriteStartArray();
            json.WriteValue(criterion.Id);
            json.WriteValue(criterion.Status.ToWireName());
            json.WriteValue(Number(criterion.Points));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.Flush();
        return text.ToString();
    }

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
