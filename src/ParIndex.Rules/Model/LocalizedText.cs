namespace ParIndex.Rules;

/// <summary>A text in Vietnamese, with an optional English rendering.</summary>
/// <param name="Vi">The Vietnamese text, with its diacritics.</param>
/// <param name="En">The English rendering, or <see langword="null"/> when the rule file gives none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalizedText(string Vi, string? En = null)
{
    /// <summary>Returns the text in a language, falling back to Vietnamese when the rule file gives no English.</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The text in that language, or the Vietnamese.</returns>
    public string In(Language language) => language == Language.En && En is not null ? En : Vi;

    /// <inheritdoc/>
    public override string ToString() => Vi;
}

/// <summary>The languages results are written in: Vietnamese, the rule files' own, and English.</summary>
public enum Language
{
    /// <summary>Vietnamese (<c>vi</c>): numbers with a decimal comma, such as <c>98,50%</c>.</summary>
    Vi,

    /// <summary>English (<c>en</c>): numbers with a decimal point, such as <c>98.50%</c>.</summary>
    En,
}
