
namespace ParIndex.Rules;

/// <summary>The rule sets shipped inside the package, such as <c>commune-2025</c>.</summary>
/// <remarks>Stateless and thread-safe. Each <see cref="Load(string)"/> reads and validates the embedded files again (a few milliseconds); keep the result.</remarks>
public static class BundledRuleSets
{
    private const string Prefix = "ParIndex.Rules.RuleSets/";

    /// <summary>The ids of the shipped rule sets, in ordinal order.</summary>
    public static IReadOnlyList<string> Ids { get; } = typeof(BundledRuleSets).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Split('/')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Loads a shipped rule set by id.</summary>
    /// <param name="id">The rule set's id, such as <c>commune-2025</c>.</param>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="KeyNotFoundException">No shipped rule set has that id; the message lists the ids.</exception>
    public static RuleSet Load(string id) => RuleSetLoader.Load(id, Files(id));

    /// <summary>Loads a shipped rule set with an overlay applied, such as a province's own thresholds.</summary>
    /// <param name="id">The rule set's id, such as <c>commune-2025</c>.</param>
    /// <param name="overlay">The changes to apply before loading.</param>
    /// <returns>The loaded rule set, validated after the overlay was applied.</returns>
    /// <exception cref="KeyNotFoundException">No shipped rule set has that id.</exception>
    /// <exception cref="RuleSetLoadException">The overlay does not fit the base, or the result has problems (a case the new threshold breaks is not a load problem: run the cases).</exception>
    public static RuleSet Load(string id, RuleOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        return RuleSetLoader.Load(id + " + " + overlay.Name, overlay.Apply(Files(id)));
    }

    /// <summary>The files of a shipped rule set, to inspect, copy or overlay.</summary>
    /// <param name="id">The rule set's id.</param>
    /// <returns>The files, with paths such as <c>criteria/area-3.json</c>.</returns>
    /// <exception cref="KeyNotFoundException">No shipped rule set has that id.</exception>
    public static IReadOnlyList<RuleFile> Files(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No shipped rule set '{id}'; the package ships: {string.Join(", ", Ids)}.");
        }

        return RuleSetLoader.ReadEmbedded(typeof(BundledRuleSets).Assembly, Prefix + id + "/");
    }
}
