using System.Collections.Frozen;
using System.Globalization;

namespace ParIndex.Rules;

/// <summary>
/// Messages kept once per language by their key, as FluentValidation keeps one class per language: each package
/// holds its own catalogue (a package may not use another's internals), and this one source file is compiled into
/// each, so every package says things the same way. A message's arguments are numbered (<c>{0}</c>) and formatted
/// without a culture's habits (<c>1,234</c> is never read back as one and a bit), a decimal as its shortest exact text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MessageCatalogue
{
    private readonly FrozenDictionary<string, string> _vi;
    private readonly FrozenDictionary<string, string> _en;

    /// <summary>A catalogue from each language's entries.</summary>
    /// <param name="vi">The Vietnamese: each key and its composite format.</param>
    /// <param name="en">The English.</param>
    /// <exception cref="ArgumentException">A key is given twice in one language.</exception>
    public MessageCatalogue(IEnumerable<(string Key, string Text)> vi, IEnumerable<(string Key, string Text)> en)
    {
        _vi = vi.ToFrozenDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
        _en = en.ToFrozenDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
    }

    /// <summary>A message in both languages, its arguments put in.</summary>
    /// <param name="key">The message's key, such as <c>inputs.the-unit-has-no-id-give</c>.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c>, …, formatted with the invariant culture.</param>
    /// <returns>The Vietnamese and the English.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue does not hold the key (a test keeps that from shipping).</exception>
    /// <remarks>An argument that is itself a <see cref="LocalizedText"/> (a clause such as "did you mean …?") is put in in each language.</remarks>
    public LocalizedText Say(string key, params object?[] args) => new(Tell(key, Language.Vi, args), Tell(key, Language.En, args));

    /// <summary>A message in one language, its arguments put in: only that language is formatted.</summary>
    /// <param name="key">The message's key.</param>
    /// <param name="language">The language.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c>, …</param>
    /// <returns>The message.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue does not hold the key.</exception>
    public string Tell(string key, Language language, params object?[] args) =>
        string.Format(ShortestDecimals.Instance, In(language)[key], In(args, language));

    /// <summary>Every key of a language and its composite format.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyDictionary<string, string> In(Language language) => language == Language.En ? _en : _vi;

    /// <summary>A number as each language writes it (1,5 and 1.5), to be put in a message of both.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The Vietnamese and the English.</returns>
    public static LocalizedText NumberInBoth(decimal value) => new(Texts.Number(value, Language.Vi), Texts.Number(value, Language.En));

    /// <summary>A number grouped as each language groups it (32.767 and 32,767), to be put in a message of both.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The Vietnamese and the English.</returns>
    public static LocalizedText GroupedInBoth(decimal value) => new(Texts.Grouped(value, Language.Vi), Texts.Grouped(value, Language.En));

    private static object?[] In(object?[] args, Language language) =>
        Array.ConvertAll(args, a => a is LocalizedText text ? text.In(language) : a);

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
}
