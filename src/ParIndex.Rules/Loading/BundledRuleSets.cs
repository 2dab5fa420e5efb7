using ParIndex.Rules.Definitions;

namespace ParIndex.Rules.Loading;

/// <summary>The rule sets shipped inside the package, such as <c>commune-2025</c>.</summary>
/// <remarks>Stateless and thread-safe. Each <see cref="Load"/> reads and validates the embedded files again (a few milliseconds); keep the result.</remarks>
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
    public static RuleSet Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No shipped rule set '{id}'; the package ships: {string.Join(", ", Ids)}.");
        }

        return RuleSetLoader.LoadEmbedded(typeof(BundledRuleSets).Assembly, Prefix + id + "/");
    }
}
