using System.Collections.Frozen;
using System.Globalization;

namespace ParIndex.Rules;

/// <summary>
/// The messages the library tells people (input problems first), each kept once per language by its key: the
/// Vietnamese in <c>Messages.Vi.*.cs</c>, the English in <c>Messages.En.*.cs</c> (one file per stage), so a reader of either language reviews
/// them whole, in one file, as FluentValidation keeps one class per language. A message's arguments are numbered
/// (<c>{0}</c>) and formatted without a culture's habits (<c>1,234</c> is never read back as one and a bit), a decimal as its shortest exact text;
/// the words around a number say it in each language. A test holds that every key is in both catalogues with the
/// same arguments, that every key the code names exists, and that each is used.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class Messages
{
    /// <summary>A message in both languages, its arguments put in.</summary>
    /// <param name="key">The message's key, such as <c>inputs.the-unit-has-no-id-give</c>.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c>, …, formatted with the invariant culture.</param>
    /// <returns>The Vietnamese and the English.</returns>
    /// <exception cref="KeyNotFoundException">No catalogue holds the key (a test keeps that from shipping).</exception>
    /// <remarks>An argument that is itself a <see cref="LocalizedText"/> (a clause such as "did you mean …?") is put in in each language.</remarks>
    public static LocalizedText Say(string key, params object?[] args) => new(
        string.Format(ShortestDecimals.Instance, Vi[key], In(args, Language.Vi)),
        string.Format(ShortestDecimals.Instance, En[key], In(args, Language.En)));

    private static object?[] In(object?[] args, Language language) =>
        Array.ConvertAll(args, a => a is LocalizedText text ? text.In(language) : a);

    /// <summary>The catalogue of a language: every key and its composite format.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The catalogue.</returns>
    public static IReadOnlyDictionary<string, string> Catalogue(Language language) => language == Language.En ? En : Vi;

    /// <summary>
    /// Formats decimals as their shortest exact text in full digits (13.0 → 13, 0.0000001 as written) and everything else invariantly: a
    /// sum of points read as 12 + 1.0 is told as 13, as the reader wrote the points.
    /// </summary>
    internal sealed class ShortestDecimals : IFormatProvider, ICustomFormatter
    {
        public static readonly ShortestDecimals Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            // Not "G29": it writes 0.0000001 as 1E-07, a figure no reader of the message would recognise.
            decimal d when format is null => d.ToString("0.############################", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? string.Empty,
        };
    }

    // Each stage's entries are a property of its own file (Messages.Vi.Inputs.cs, …), read once here: fields spread
    // over the files of a partial class are initialised in no promised order.
    private static readonly FrozenDictionary<string, string> Vi = Freeze([.. ViCommon, .. ViInputs, .. ViRules, .. ViScoring, .. ViReports, .. ViAuthoring]);

    private static readonly FrozenDictionary<string, string> En = Freeze([.. EnCommon, .. EnInputs, .. EnRules, .. EnScoring, .. EnReports, .. EnAuthoring]);

    private static FrozenDictionary<string, string> Freeze(params (string Key, string Text)[] entries) =>
        entries.ToFrozenDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
}
