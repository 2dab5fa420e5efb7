using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Where the rule-file reader reports the problems of one file: every reading method is handed the one for the file it reads, instead of reading a file name from shared state.</summary>
/// <param name="File">The file's path within the rule set.</param>
/// <param name="All">The rule set's list of problems, shared by all its files.</param>
internal sealed record FileProblems(string File, List<RuleProblem> All)
{
    /// <summary>Reports a problem at a token of this file, with its line, column and JSON path.</summary>
    public void At(JToken at, string message, string vietnamese) => All.Add(JsonPosition.Problem(File, at, message, vietnamese));

    /// <summary>Reports a catalogued problem (<see cref="Messages"/>) at a token of this file.</summary>
    public void At(JToken at, LocalizedText message) => At(at, message.In(Language.En), message.Vi);
}
