using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Where a token of a parsed JSON file is, stated once for every problem that points into one: line, column and JSON path.</summary>
internal static class JsonPosition
{
    /// <summary>The token's 1-based line and column, or (0, 0) when it was parsed without line information.</summary>
    public static (int Line, int Column) Of(JToken token) =>
        token is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>The token's JSON path from the file's root, such as <c>$.criteria[0].id</c>; <c>$</c> for the root itself.</summary>
    public static string PathOf(JToken? token) => token is null || string.IsNullOrEmpty(token.Path) ? "$" : "$." + token.Path;

    /// <summary>A catalogued problem (<see cref="Messages"/>) at a token of a rule file.</summary>
    public static RuleProblem Problem(string file, JToken at, LocalizedText message) => Problem(file, at, message.In(Language.En), message.Vi);

    /// <summary>A problem at a token of a rule file.</summary>
    public static RuleProblem Problem(string file, JToken at, string message, string vietnamese)
    {
        var (line, column) = Of(at);
        return new RuleProblem(file, line, column, PathOf(at), message, vietnamese);
    }
}
