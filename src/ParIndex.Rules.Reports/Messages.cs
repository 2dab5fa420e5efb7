namespace ParIndex.Rules.Reports;

/// <summary>
/// What the reports say in words (headings, labels and sentences), each kept once per language by its key:
/// the Vietnamese in <c>Messages.Vi.cs</c>, the English in <c>Messages.En.cs</c>, made as the library makes its own
/// (<see cref="MessageCatalogue"/>, one source compiled into each package). A test holds that every key is in both
/// with the same arguments, that every key the code names exists, and that each is used.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class Messages
{
    private static readonly MessageCatalogue All = new(Vi, En);

    /// <inheritdoc cref="MessageCatalogue.Say"/>
    public static LocalizedText Say(string key, params object?[] args) => All.Say(key, args);

    /// <inheritdoc cref="MessageCatalogue.Tell"/>
    public static string Tell(string key, Language language, params object?[] args) => All.Tell(key, language, args);

    /// <summary>The catalogue of a language: every key and its composite format.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The catalogue.</returns>
    public static IReadOnlyDictionary<string, string> Catalogue(Language language) => All.In(language);
}
