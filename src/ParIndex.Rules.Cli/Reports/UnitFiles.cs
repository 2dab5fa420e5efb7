using System.Globalization;
using System.Net;
using System.Text;
using Newtonsoft.Json;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>One file per unit (plan and explain with --output-dir): each commune gets its own to-do list, in Markdown, HTML or JSON.</summary>
internal static class UnitFiles
{
    /// <summary>A plan item: a criterion to recover, grouped under its lead unit.</summary>
    private sealed record Item(CriterionResult Criterion, bool Overdue);

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
            throw new UsageException(Words.Say(
                $"--output-dir '{folder}' là một tệp, không phải thư mục; hãy chọn một thư mục (sẽ được tạo nếu chưa có).",
                $"--output-dir '{folder}' is a file, not a folder; choose a folder (it is created when absent)."));
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

    /// <summary>A unit's plan: the goal seek, then the items by lead unit, largest recovery first, with support, deadline, the events needed and the hint.</summary>
    public static void Plan(Scorecard card, GoalSeekResult? seek, DateOnly? asOf, string format, TextWriter output, bool english)
    {
        var language = Text.Lang(english);
        string N(decimal v) => Text.Number(v, english);
        var groups = card.Criteria.Where(c => c.Deduction > 0)
            .Select(c => new Item(c, asOf is { } date && c.Deadline.Date is { } deadline && deadline < date))
            .GroupBy(i => i.Criterion.Lead, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(i => i.Criterion.Deduction)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var title = english ? $"Remediation plan: {card.UnitName} ({card.UnitId})" : $"Kế hoạch khắc phục: {card.UnitName} ({card.UnitId})";
        var summary = english
            ? $"{N(card.Total)} of {N(card.MaxTotal)} points, {card.Classification}; {N(card.Deduction)} to recover."
            : $"{N(card.Total)}/{N(card.MaxTotal)} điểm, {card.Classification}; có thể khắc phục {N(card.Deduction)} điểm.";
        var goal = seek is null ? null : PlanReport.Goal(seek, english);
        string Needed(CriterionResult c) => string.Join("; ", c.Parts.Select(p => ExplainReport.Recovery(p, english)).OfType<string>());

        switch (format)
        {
            case "json":
                using (var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
                {
                    json.WriteStartObject();
                    Property(json, "id", card.UnitId);
                    Property(json, "name", card.UnitName);
                    Number(json, "total", card.Total);
                    Number(json, "maxTotal", card.MaxTotal);
                    Property(json, "classification", card.Classification);
                    json.WritePropertyName("goalSeek");
                    if (seek is null)
                    {
                        json.WriteNull();
                    }
                    else
                    {
                        json.WriteStartObject();
                        Number(json, "target", seek.Target);
                        json.WritePropertyName("reachable");
                        json.WriteValue(seek.Reachable);
                        json.WritePropertyName("steps");
                        json.WriteStartArray();
                        foreach (var step in seek.Steps)
                        {
                            json.WriteStartObject();
                            Property(json, "criterion", step.CriterionId);
                            Number(json, "recovered", step.Recovered);
                            Number(json, "runningTotal", step.RunningTotal);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WritePropertyName("items");
                    json.WriteStartArray();
                    foreach (var item in groups.SelectMany(g => g.OrderByDescending(i => i.Criterion.Deduction)))
                    {
                        var c = item.Criterion;
                        json.WriteStartObject();
                        Property(json, "criterion", c.Id);
                        Property(json, "title", c.Title.In(language));
                        Number(json, "deduction", c.Deduction);
                        Property(json, "lead", c.Lead);
                        Property(json, "support", c.Support);
                        Property(json, "deadline", c.Deadline.Text.In(language));
                        json.WritePropertyName("overdue");
                        json.WriteValue(item.Overdue);
                        json.WritePropertyName("needed");
                        json.WriteStartArray();
                        foreach (var part in c.Parts)
                        {
                            json.WriteStartObject();
                            Property(json, "part", part.Id);
                            Number(json, "needed", part.Needed);
                            Number(json, "neededFull", part.NeededFull);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        Property(json, "hint", c.Hint?.In(language));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                output.WriteLine();
                break;

            case "html":
                string E(string text) => WebUtility.HtmlEncode(text);
                output.WriteLine($"<!DOCTYPE html><html lang=\"{(english ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>");
                output.WriteLine("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}li{margin:.4rem 0}.overdue{color:#b00020;font-weight:600}.hint{color:#333}@media print{body{margin:0}}</style></head><body>");
                output.WriteLine($"<h1>{E(title)}</h1><p>{E(summary)}</p>");
                if (goal is not null)
                {
                    output.WriteLine($"<p><strong>{E(goal)}</strong></p>");
                }

                foreach (var group in groups)
                {
                    output.WriteLine($"<h2>{E((english ? "Lead: " : "Chủ trì: ") + group.Key)} ({E((english ? "recovers " : "thu hồi ") + N(group.Sum(i => i.Criterion.Deduction)))})</h2><ul>");
                    foreach (var item in group.OrderByDescending(i => i.Criterion.Deduction))
                    {
                        var c = item.Criterion;
                        output.WriteLine($"<li><strong>+{E(N(c.Deduction))} · {E(c.Id)}</strong> {E(c.Title.In(language))}<br>{E((english ? "support: " : "phối hợp: ") + c.Support + (english ? "; deadline: " : "; thời hạn: ") + c.Deadline.Text.In(language))}"
                            + (item.Overdue ? $" <span class=\"overdue\">{(english ? "OVERDUE" : "QUÁ HẠN")}</span>" : string.Empty)
                            + (Needed(c) is { Length: > 0 } needed ? $"<br>{E(needed)}" : string.Empty)
                            + (c.Hint is { } hint ? $"<br><span class=\"hint\">{E(hint.In(language))}</span>" : string.Empty) + "</li>");
                    }

                    output.WriteLine("</ul>");
                }

                output.WriteLine("</body></html>");
                break;

            default:
                output.WriteLine($"# {Text.MarkdownCell(title)}");
                output.WriteLine();
                output.WriteLine(summary);
                if (goal is not null)
                {
                    output.WriteLine();
                    output.WriteLine($"**{goal}**");
                }

                foreach (var group in groups)
                {
                    output.WriteLine();
                    output.WriteLine($"## {(english ? "Lead" : "Chủ trì")}: {Text.MarkdownCell(group.Key)} ({(english ? "recovers" : "thu hồi")} {N(group.Sum(i => i.Criterion.Deduction))})");
                    output.WriteLine();
                    foreach (var item in group.OrderByDescending(i => i.Criterion.Deduction))
                    {
                        var c = item.Criterion;
                        output.WriteLine($"- **+{N(c.Deduction)} · {c.Id}** {Text.MarkdownCell(c.Title.In(language))}{(item.Overdue ? (english ? " **OVERDUE**" : " **QUÁ HẠN**") : string.Empty)}");
                        output.WriteLine($"  - {(english ? "support" : "phối hợp")}: {Text.MarkdownCell(c.Support)}; {(english ? "deadline" : "thời hạn")}: {Text.MarkdownCell(c.Deadline.Text.In(language))}");
                        if (Needed(c) is { Length: > 0 } needed)
                        {
                            output.WriteLine($"  - {needed}");
                        }

                        if (c.Hint is { } hint)
                        {
                            output.WriteLine($"  - {Text.MarkdownCell(hint.In(language))}");
                        }
                    }
                }

                break;
        }
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
        var title = (english ? "Scoring explained: " : "Giải trình điểm: ") + $"{card.UnitName} ({card.UnitId})";
        if (format == "html")
        {
            output.WriteLine($"<!DOCTYPE html><html lang=\"{(english ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>");
            output.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2rem}pre{white-space:pre-wrap;font-size:.9rem}</style></head><body>");
            output.WriteLine($"<h1>{WebUtility.HtmlEncode(title)}</h1><pre>{WebUtility.HtmlEncode(text.ToString())}</pre></body></html>");
            return;
        }

        // A fence inside a unit's text would close the block early.
        output.WriteLine($"# {Text.MarkdownCell(title)}");
        output.WriteLine();
        output.WriteLine("~~~~text");
        output.Write(text.ToString().Replace("~~~~", "~ ~ ~ ~", StringComparison.Ordinal));
        output.WriteLine("~~~~");
    }

    // The contract's own writers, so a plan file writes numbers and nulls as the score JSON does.
    private static void Property(JsonTextWriter json, string name, string? value) => JsonContract.Property(json, name, value);

    private static void Number(JsonTextWriter json, string name, decimal? value) => JsonContract.Number(json, name, value);
}
