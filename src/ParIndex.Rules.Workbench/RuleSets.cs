namespace ParIndex.Rules.Workbench;

/// <summary>The rule sets the workbench offers, each named as the tool names them: a bundled id, a folder or a workbook.</summary>
internal static class RuleSets
{
    /// <exception cref="RuleSetLoadException">The set has problems.</exception>
    public static RuleSet Load(string named) =>
        BundledRuleSets.Ids.Contains(named, StringComparer.Ordinal) ? BundledRuleSets.Load(named)
        : RuleSetLoader.IsWorkbook(named) ? RuleSetLoader.LoadWorkbook(named)
        : RuleSetLoader.LoadFolder(named);
}
