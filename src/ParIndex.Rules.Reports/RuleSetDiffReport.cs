using System.Globalization;
using System.Net;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Reports;

/// <summary>How a rule change is written for people.</summary>
public enum DiffFormat
{
    /// <summary>Markdown, to paste into a note to the province's leaders.</summary>
    Markdown,

    /// <summary>A self-contained HTML page that prints on A4.</summary>
    Html,
}

/// <summary>What a rule change does, for people: every changed field in words, then the units that move and the classes before and after.</summary>
/// <remarks>Text from the rule files and the inputs is escaped. Stateless and thread-safe.</remarks>
public static class RuleSetDiffReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="diff">What changed (<see cref="RuleSetDiff.Compare"/>).</param>
    /// <param name="impact">The units scored under both (<see cref="RuleSetImpact"/>), or null to leave them out.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="language">The reader's language.</param>
    public static void Write(TextWriter output, RuleSetDiff diff, RuleSetImpact? impact, DiffFormat format, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        var html = format == DiffFormat.Html;
        var en = language == Language.En;
        string Say(string key, params object?[] args) => Messages.Tell(key, language, args);
        string Cell(string text) => html ? WebUtility.HtmlEncode(Texts.Visible(text)) : UnitTexts.MarkdownCell(text);
        var title = $"{diff.Before.Id} {diff.Before.Version} → {diff.After.Id} {diff.After.Version}";
        output.WriteLine(html
            ? $"<!DOCTYPE html><html lang=\"{(en ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{Cell(title)}</title><style>@page{{size:A4;margin:12mm}}body{{font-family:system-ui,'DejaVu Sans',sans-serif;margin:1.5rem}}table{{border-collapse:collapse}}th,td{{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}}td.n{{text-align:right}}</style></head><body><h1>{Cell(title)}</h1>"
            : $"# {Cell(title)}");
        var rows = diff.RuleSetChanges.Select(f => (Say("reports.the-rule-set"), f))
            .Concat(diff.Criteria.SelectMany(c => c.Fields.Count == 0
                ? [(c.Id, new FieldChange(string.Empty, c.Change == ChangeKind.Added ? null : Say("reports.present"), c.Change == ChangeKind.Added ? Say("reports.added") : null))]
                : c.Fields.Select(f => (c.Id, f))))
            .Select(r => new[] { r.Item1, r.Item2.Field.Length == 0 ? Say("reports.criterion-word") : r.Item2.Describe(language), r.Item2.BeforeIn(language), r.Item2.AfterIn(language) })
            .ToList();
        Table(output, html, Say("reports.changes"), [Say("reports.criterion"), Say("reports.field"), Say("reports.before"), Say("reports.after")], rows, Cell);
        if (impact is not null)
        {
            var units = impact.Units.Select(u => new[]
            {
                u.Name, $"{Texts.Number(u.TotalBefore, language)} → {Texts.Number(u.TotalAfter, language)} ({Texts.PointsChange(u.TotalAfter - u.TotalBefore, language)})",
                $"{Rank(u.RankBefore)} → {Rank(u.RankAfter)}", $"{u.ClassificationBefore} → {u.ClassificationAfter}",
            }).ToList();
            Table(output, html, Say("reports.units-whose-total-rank-or-classification", impact.Units.Count, impact.Scored),
                [Say("reports.unit"), Say("reports.total"), Say("reports.rank"), Say("reports.class-heading")], units, Cell);
            Table(output, html, Say("reports.units-per-class"), [Say("reports.class-heading"), Say("reports.before"), Say("reports.after")],
                [.. impact.Classes.Select(c => new[] { c.Classification, c.Before.ToString(CultureInfo.InvariantCulture), c.After.ToString(CultureInfo.InvariantCulture) })], Cell);
        }

        if (html)
        {
            output.WriteLine("</body></html>");
        }
    }

    private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static void Table(TextWriter output, bool html, string heading, string[] header, List<string[]> rows, Func<string, string> cell)
    {
        if (html)
        {
            output.WriteLine($"<h2>{cell(heading)}</h2><table><thead><tr>{string.Concat(header.Select(h => $"<th>{cell(h)}</th>"))}</tr></thead><tbody>");
            foreach (var row in rows)
            {
                output.WriteLine($"<tr>{string.Concat(row.Select(c => $"<td>{cell(c)}</td>"))}</tr>");
            }

            output.WriteLine("</tbody></table>");
            return;
        }

        output.WriteLine();
        output.WriteLine($"## {cell(heading)}");
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", header.Select(cell)) + " |");
        output.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(cell)) + " |");
        }
    }
}
