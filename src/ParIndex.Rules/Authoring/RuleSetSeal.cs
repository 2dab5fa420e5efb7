using System.Text;

namespace ParIndex.Rules.Authoring;

/// <summary>
/// Seals a rule set as published: <c>seal.json</c> beside <c>ruleset.json</c> records the version and the content hash,
/// and from then on the set loads only while both still agree, so an edited copy can never pass for the published
/// version. To change a sealed set: edit it, give it a new version, seal it again.
/// </summary>
/// <remarks>Stateless; the folder is written, so one seal at a time.</remarks>
public static class RuleSetSeal
{
    /// <summary>Checks a rule set folder as it stands (without its old seal) and writes its seal.</summary>
    /// <param name="folder">The rule set's folder.</param>
    /// <returns>The sealed rule set, as it now loads.</returns>
    /// <exception cref="RuleSetLoadException">The rule set has problems: nothing is sealed.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSet SealFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var seal = Path.Combine(folder, RuleSetReader.SealFile);
        var ruleSet = RuleSetLoader.LoadUnsealed(folder);
        File.WriteAllText(seal, Text(ruleSet), new UTF8Encoding(false));
        return RuleSetLoader.LoadFolder(folder);
    }

    /// <summary>The seal of a set as the file beside its rule files: its version and content hash (for a store or a workbook that keeps a sealed set).</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns><c>seal.json</c>.</returns>
    public static RuleFile FileOf(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new RuleFile(RuleSetReader.SealFile, Text(ruleSet));
    }

    private static string Text(RuleSet ruleSet) =>
        $"{{ \"version\": {Newtonsoft.Json.JsonConvert.ToString(ruleSet.Version)}, \"hash\": \"{ruleSet.ContentHash}\" }}\n";
}
