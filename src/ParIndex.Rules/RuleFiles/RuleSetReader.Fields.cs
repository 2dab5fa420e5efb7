using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading the JSON fields of a rule file: strings, numbers, texts and dates.
internal sealed partial class RuleSetReader
{
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

    private static DateOnly? Date(FileProblems problems, JObject? item, string name)
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

        problems.At(item![name]!, Messages.Say("rules.is-not-a-date-write-it", text));
        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(MessageCatalogue.ShortestDecimals.Instance);
}
