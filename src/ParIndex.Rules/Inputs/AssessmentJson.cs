using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>
/// A claims or appraisal table written as JSON: <c>{ "rows": [ { "Mã ĐVHC": "00107", "Tiêu chí": "1.2", … } ] }</c>
/// or the bare array. Each object is a row whose property names are the table's headers, so the CSV's names
/// (Vietnamese or English) and its rules hold unchanged; the header is every name in the order it first appears.
/// </summary>
internal static class AssessmentJson
{
    private static readonly JsonLoadSettings Settings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>Reads the table into rows of cells (text, or an exact decimal for a JSON number), reporting what cannot be a row.</summary>
    public static AssessmentFile Read(TextReader text, AssessmentReading reading)
    {
        JToken root;
        try
        {
            // Decimals, so 1.5 stays exactly 1.5; a number beyond decimal's range is a syntax problem here, as the
            // file is one small table that stands or falls whole.
            using var json = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            root = JToken.ReadFrom(json, Settings);
        }
        catch (JsonException e)
        {
            var (line, column) = e is JsonReaderException r ? (r.LineNumber, r.LinePosition) : (1, 1);
            var why = e.Message.Split(". Path", 2)[0];
            return reading.Refused(Messages.Say("inputs.the-file-is-not-valid-json", why), line, column);
        }

        var rows = root is JObject o && o.TryGetValue("rows", StringComparison.Ordinal, out var inner) ? inner : root;
        if (rows is not JArray array)
        {
            var (line, column) = JsonPosition.Of(rows);
            return reading.Refused(Messages.Say("inputs.expected-an-array-of-rows-or"), line, column);
        }

        return reading.Read(Rows(array, reading));
    }

    private static IEnumerable<(int Line, object?[] Cells)> Rows(JArray array, AssessmentReading reading)
    {
        var names = array.OfType<JObject>().SelectMany(o => o.Properties()).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        yield return (JsonPosition.Of(array).Line, [.. names]);
        foreach (var item in array)
        {
            var (line, column) = JsonPosition.Of(item);
            if (item is not JObject row)
            {
                reading.Problem(line, column, null, null, Messages.Say("inputs.each-row-must-be-a-json"));
                continue;
            }

            var odd = row.Properties().FirstOrDefault(p => p.Value.Type is not (JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Null));
            if (odd is not null)
            {
                (line, column) = JsonPosition.Of(odd.Value);
                reading.Problem(line, column, null, odd.Name, Messages.Say("inputs.the-cell-must-be-a-number", odd.Name));
                continue;
            }

            yield return (line, [.. names.Select(n => Cell(row[n]))]);
        }
    }

    private static object? Cell(JToken? token) => token?.Type switch
    {
        JTokenType.Integer or JTokenType.Float => token.Value<decimal>(),
        JTokenType.String => (string?)token,
        _ => null,
    };
}
