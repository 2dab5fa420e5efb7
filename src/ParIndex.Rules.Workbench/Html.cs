using System.Text;
using System.Text.Encodings.Web;

namespace ParIndex.Rules.Workbench;

/// <summary>
/// The pages' frame: one layout, its style inline (nothing is fetched from outside), the navigation and the language
/// switch, and text always encoded. A page is plain HTML with forms; there is no script to fail.
/// </summary>
internal sealed class Html(Language language)
{
    private readonly StringBuilder _body = new();

    public Language Language { get; } = language;

    public bool English => Language == Language.En;

    public string Say(string key, params object?[] args) => Messages.Tell(key, Language, args);

    /// <summary>Text from anywhere (a unit's name, a file's) made safe for HTML and shown without hidden controls.</summary>
    public static string E(string? text) => Encoder.Encode(Texts.Visible(text ?? string.Empty));

    // Every letter as itself (Vietnamese stays readable in the page's source); markup characters always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public Html Add(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    public string Number(decimal? value) => value is { } n ? Texts.Number(n, Language) : "—";

    /// <summary>The hidden field every form carries: the antiforgery token of this request.</summary>
    public static string Token(string field, string value) => $"<input type=\"hidden\" name=\"{E(field)}\" value=\"{E(value)}\">";

    public string Page(string title, string path)
    {
        var other = English ? "vi" : "en";
        var links = new[] { ("/", Say("workbench.season")), ("/ranking", Say("workbench.ranking")), ("/problems", Say("workbench.input-problems-heading")), ("/report", Say("workbench.report-and-charts")) };
        var nav = string.Concat(links.Select(l => $"<a href=\"{l.Item1}\"{(l.Item1 == path ? " aria-current=\"page\"" : string.Empty)}>{E(l.Item2)}</a>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="{{(English ? "en" : "vi")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            <title>{{E(title)}} · parindex</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <header><strong>parindex</strong><nav>{{nav}}</nav><a class="lang" href="{{E(path)}}?lang={{other}}">{{(English ? "Tiếng Việt" : "English")}}</a></header>
            <main>
            <h1>{{E(title)}}</h1>
            {{_body}}
            </main>
            </body>
            </html>
            """;
    }

    private const string Style = """
        body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1c1c1c; background: #fafafa; }
        header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: #12355b; color: #fff; }
        header nav { display: flex; gap: 1rem; flex: 1; }
        header a { color: #fff; text-decoration: none; }
        header a[aria-current] { text-decoration: underline; }
        main { padding: 1rem 1.5rem; max-width: 1200px; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; background: #fff; font-size: .9rem; }
        th, td { border: 1px solid #d0d0d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef1f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .pass { background: #e3f4e1; } .fail { background: #fde5e3; } .missing_data { background: #fff4d6; } .invalid_data { background: #f5d0ff; } .not_applicable { background: #eee; }
        form { background: #fff; border: 1px solid #d0d0d0; padding: .8rem 1rem; margin: .8rem 0; display: grid; gap: .5rem; max-width: 640px; }
        label { display: grid; gap: .2rem; } button { justify-self: start; padding: .35rem 1rem; }
        .refused { border-left: 4px solid #b3261e; background: #fde5e3; padding: .5rem .8rem; }
        .done { border-left: 4px solid #2e7d32; background: #e3f4e1; padding: .5rem .8rem; }
        """;
}
