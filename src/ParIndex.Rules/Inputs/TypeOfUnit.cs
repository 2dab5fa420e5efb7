namespace ParIndex.Rules;

/// <summary>A unit's type as written in an input, read the same way by every reader and by the merge map.</summary>
internal static class TypeOfUnit
{
    /// <summary>
    /// Reads a type: its id as the rule set declares it (<c>xa</c>), or its title in either language, letter case aside
    /// (<c>Xã</c>, <c>Commune</c>), since offices write the words their forms use. A type the rule set does not list is
    /// a problem that names the types it does, and the unit gets no type.
    /// </summary>
    /// <param name="ruleSet">The rule set whose types are known; one listing none takes any type as written.</param>
    /// <param name="written">The type as written, trimmed and in NFC; null or empty for none.</param>
    /// <param name="at">Where the type was read, for the problem.</param>
    /// <param name="consequence">What happens to the unit without its type, in English and Vietnamese.</param>
    /// <returns>The type's id, or null; and the problem when the type is not known.</returns>
    public static (string? Id, InputProblem? Problem) Read(RuleSet ruleSet, string? written, (string Source, int Line, int Column, string UnitId) at, LocalizedText consequence)
    {
        if (string.IsNullOrEmpty(written) || ruleSet.UnitTypes.Count == 0 || ruleSet.UnitTypes.Any(t => t.Id == written))
        {
            return (string.IsNullOrEmpty(written) ? null : written, null);
        }

        var byTitle = ruleSet.UnitTypes.FirstOrDefault(t =>
            string.Equals(t.Title.Vi, written, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Title.En, written, StringComparison.OrdinalIgnoreCase));
        if (byTitle is not null)
        {
            return (byTitle.Id, null);
        }

        var known = ruleSet.UnitTypes.Select(t => t.Id).ToList();
        var titles = string.Join(", ", ruleSet.UnitTypes.Select(t => $"{t.Id} = {t.Title.Vi}"));
        return (null, new InputProblem(at.Source, at.Line, at.Column, at.UnitId, "type", Messages.Say("inputs.the-type-is-not-one-of", written, ruleSet.Id, titles, DidYouMean.Said(written, known), consequence)));
    }
}
