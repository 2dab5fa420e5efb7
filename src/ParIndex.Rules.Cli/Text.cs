using System.Text;

namespace ParIndex.Rules.Cli;

/// <summary>Layout for people in a terminal; the words and number formats themselves are the library's (<see cref="Texts"/>).</summary>
internal static class Text
{
    public static Language Lang(bool english) => english ? Language.En : Language.Vi;

    public static string Number(decimal value, bool english) => Texts.Number(value, Lang(english));

    public static string Fixed2(decimal value, bool english) => Texts.Fixed2(value, Lang(english));

    public static string Signed(decimal value, bool english) => Texts.WithSign(value, Lang(english));

    public static string PointsChange(decimal value, bool english) => Texts.PointsChange(value, Lang(english));

    /// <summary>Text from an input made safe to show in a terminal (<see cref="Texts.Visible"/>).</summary>
    public static string Visible(string text) => Texts.Visible(text);

    /// <summary>A line of several lines (a message listing problems) made visible line by line, its own breaks kept.</summary>
    public static string VisibleLines(string text) =>
        string.Join(Environment.NewLine, text.Split(Environment.NewLine).Select(Visible));

    public static string Fit(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : string.Concat(text.AsSpan(0, width - 1), "…");

    /// <summary>Wraps prose at a width, indenting every line, so hints read well in an 80–120 column terminal.</summary>
    public static IEnumerable<string> Wrap(string text, int width, string indent)
    {
        var line = new StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
            }

            if (line.Length > indent.Length)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > indent.Length)
        {
            yield return line.ToString();
        }
    }
}

/// <summary>
/// The language of the tool's own words (help, errors, progress): Vietnamese unless <c>--lang en</c> is given. Set once
/// per run; an async-local, so runs in one process (the tests) each keep their own.
/// </summary>
internal static class Words
{
    private static readonly AsyncLocal<bool> EnglishNow = new();

    public static bool English
    {
        get => EnglishNow.Value;
        set => EnglishNow.Value = value;
    }

    public static Language Language => English ? Language.En : Language.Vi;

    /// <summary>A message of the tool's catalogue in the run's language, its arguments put in.</summary>
    /// <param name="key">The message's key, such as <c>cli.no-progress-on-stderr</c>.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c>, …</param>
    public static string Tell(string key, params object?[] args) => Messages.Tell(key, Language, args);

    /// <summary>The end of a message about an unknown name, in the run's language: the closest known one as a question, else a full stop.</summary>
    /// <param name="name">The name given.</param>
    /// <param name="known">The names it may have meant.</param>
    public static string DidYouMean(string name, IEnumerable<string> known) =>
        English ? Rules.DidYouMean.Suffix(name, known) : Rules.DidYouMean.SuffixVi(name, known);
}
