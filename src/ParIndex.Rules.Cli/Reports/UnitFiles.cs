using System.Globalization;
using System.Net;
using System.Text;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>One file per unit (plan and explain with --output-dir): each commune gets its own to-do list, in Markdown, HTML or JSON.</summary>
internal static class UnitFiles
{
    /// <summary>Writes every unit's file into the folder, named by its id, and returns how many were written.</summary>
    /// <remarks>
    /// An id is made a safe file name (letters, digits, '.', '-', '_' kept; anything else '_'); a name already taken in
    /// this run (letter case aside, as on Windows and macOS) gets its position as a suffix, and the next free one after
    /// that, never an overwrite: ids X_3, x, X once wrote two files and said three.
    /// </remarks>
    public static int Write(string folder, IReadOnlyList<Scorecard> cards, string format, Action<Scorecard, TextWriter> write)
    {
        if (File.Exists(folder))
        {
            throw new UsageException(Words.Tell("cli.output-dir-is-a-file-not", folder));
        }

        Directory.CreateDirectory(folder);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cards.Count; i++)
        {
            var safe = SafeName(cards[i].UnitId);
            var name = safe;
            for (var n = i + 1; !used.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{safe}_{n}");
            }

            using var file = OutputFile.Open(Path.Combine(folder, $"{name}.{format}"));
            write(cards[i], file.Writer);
            file.Commit();
        }

        return cards.Count;
    }

    private static string SafeName(string id)
    {
        var name = new string([.. id.ToNfc().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && id.Length > 2) ? c : '_')]);
        // No leading dot: neither a hidden file nor a name that reads as a parent folder.
        name = name.TrimStart('.');
        return name.Length == 0 ? "_" : name[..Math.Min(name.Length, 100)];
    }

    /// <summary>A unit's explanation: the explain text in Markdown or HTML, or the score contract's JSON for the unit alone.</summary>
    public static void Explain(RuleSet ruleSet, Scorecard card, string format, TextWriter output, bool english)
    {
        if (format == "json")
        {
            JsonContract.Write(output, ScoredBatch.Of(ruleSet, [card]));
            return;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        ExplainReport.Write(ruleSet, card, text, english);
        var title = Messages.Tell("cli.scoring-explained", Text.Lang(english)) + $"{card.UnitName} ({card.UnitId})";
        if (format == "html")
        {
            output.WriteLine($"<!DOCTYPE html><html lang=\"{(english ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>");
            output.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2rem}pre{white-space:pre-wrap;font-size:.9rem}</style></head><body>");
            output.WriteLine($"<h1>{WebUtility.HtmlEncode(title)}</h1><pre>{WebUtility.HtmlEncode(text.ToString())}</pre></body></html>");
            return;
        }

        // A fence inside a unit's text would close the block early.
        output.WriteLine($"# {ParIndex.Rules.Reports.UnitTexts.MarkdownCell(title)}");
        output.WriteLine();
        output.WriteLine("~~~~text");
        output.Write(text.ToString().Replace("~~~~", "~ ~ ~ ~", StringComparison.Ordinal));
        output.WriteLine("~~~~");
    }
}
