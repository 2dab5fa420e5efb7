namespace ParIndex.Rules;

/// <summary>A text in Vietnamese, with an optional English rendering.</summary>
/// <param name="Vi">The Vietnamese text, with its diacritics.</param>
/// <param name="En">The English rendering, or <see langword="null"/> when the rule file gives none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalizedText(string Vi, string? En = null)
{
    /// <summary>Returns the English text when asked for and present, else the Vietnamese.</summary>
    /// <param name="english">Whether the reader prefers English.</param>
    /// <returns>The text in the preferred language, falling back to Vietnamese.</returns>
    public string In(bool english) => english && En is not null ? En : Vi;

    /// <inheritdoc/>
    public override string ToString() => Vi;
}
