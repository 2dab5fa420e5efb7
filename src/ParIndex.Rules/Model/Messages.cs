namespace ParIndex.Rules;

/// <summary>
/// The messages the library tells people (input problems first), each kept once per language by its key: the
/// Vietnamese in <c>Messages.Vi.*.cs</c>, the English in <c>Messages.En.*.cs</c> (one file per stage), so a reader of either language reviews
/// them whole, in one file. How a message is made is <see cref="MessageCatalogue"/>'s; the words around a number say
/// it in each language. A test holds that every key is in both catalogues with the same arguments, that every key the
/// code names exists, and that each is used.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class Messages
{
    // Each stage's entries are a property of its own file (Messages.Vi.Inputs.cs, …), read once here: fields spread
    // over the files of a partial class are initialised in no promised order.
    private static readonly MessageCatalogue All = new(
        [.. ViCommon, .. ViInputs, .. ViRules, .. ViScoring, .. ViReports, .. ViAuthoring],
        [.. EnCommon, .. EnInputs, .. EnRules, .. EnScoring, .. EnReports, .. EnAuthoring]);

    /// <inheritdoc cref="MessageCatalogue.Say"/>
    public static LocalizedText Say(string key, params object?[] args) => All.Say(key, args);

    /// <inheritdoc cref="MessageCatalogue.Tell"/>
    public static string Tell(string key, Language language, params object?[] args) => All.Tell(key, language, args);

    /// <summary>The catalogue of a language: every key and its composite format.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The catalogue.</returns>
    public static IReadOnlyDictionary<string, string> Catalogue(Language language) => All.In(language);
}
