namespace ParIndex.Rules.Authoring;

/// <summary>Writes a loaded rule set back to rule files, one criteria file per area.</summary>
/// <remarks>
/// What it writes loads again into a rule set that scores every unit the same and has the same
/// <see cref="RuleSet.ContentHash"/> (the hash is taken over these very files); comments and the layout of the original
/// files are not kept. Stateless and thread-safe.
/// </remarks>
public static class RuleSetWriter
{
    /// <summary>Writes the rule set's files: <c>ruleset.json</c>, <c>indicators.json</c> and <c>criteria/area-&lt;id&gt;.json</c>.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The files, ready for <see cref="RuleSetLoader.Load(string, IEnumerable{RuleFile})"/> or to be saved in a folder.</returns>
    public static IReadOnlyList<RuleFile> ToFiles(RuleSet ruleSet) => CanonicalFiles.ToFiles(ruleSet);
}
