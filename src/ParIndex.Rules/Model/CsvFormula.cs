namespace ParIndex.Rules;

/// <summary>
/// The guard against CSV injection, stated once for the writers and the readers: a text cell that starts like a
/// formula (=, +, -, @, a tab or a carriage return) is written with a leading apostrophe, which spreadsheets show as
/// text (OWASP's advice), and read back without it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CsvFormula
{
    /// <summary>A text cell made safe to open in a spreadsheet. Only text cells: numbers such as −2.5 stay numbers.</summary>
    public static string Guard(string text) => StartsLikeFormula(text) ? "'" + text : text;

    /// <summary>A cell as <see cref="Guard"/> wrote it, read back as the text it guarded.</summary>
    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && StartsLikeFormula(text[1..]) ? text[1..] : text;

    private static bool StartsLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
