namespace ParIndex.Rules.Workbench;

/// <summary>The rule sets the workbench offers, each named as the tool names them: a bundled id, a folder or a workbook.</summary>
internal static class RuleSets
{
    /// <summary>Loads a rule set; a folder of dated sets gives the one in force on <paramref name="asOf"/>.</summary>
    /// <exception cref="RuleSetLoadException">The set has problems, or none (or two) of a folder's sets is in force on the day.</exception>
    /// <exception cref="ArgumentException">A folder of dated sets was chosen without a day.</exception>
    public static RuleSet Load(string named, DateOnly? asOf = null) =>
        BundledRuleSets.Ids.Contains(named, StringComparer.Ordinal) ? BundledRuleSets.Load(named)
        : RuleSetLoader.IsWorkbook(named) ? RuleSetLoader.LoadWorkbook(named)
        : IsDated(named) ? RuleSetLoader.LoadInForce(named, asOf ?? throw new ArgumentException("the folder holds several rule sets: give the day the scoring is for (the end of the assessment period) to take the one in force."))
        : RuleSetLoader.LoadFolder(named);

    /// <summary>Whether a folder holds several rule sets rather than being one.</summary>
    public static bool IsDated(string named) =>
        Directory.Exists(named) && !File.Exists(Path.Combine(named, "ruleset.json")) && RuleSetLoader.Candidates(named).Count > 0;
}
