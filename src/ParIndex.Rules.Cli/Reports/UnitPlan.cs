using System.Net;
using Newtonsoft.Json;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>A unit's plan: the goal seek, then the items by lead unit, largest recovery first, with support, deadline, the events needed and the hint.</summary>
internal sealed class UnitPlan
{
    private readonly Scorecard card;
    private readonly GoalSeekResult? seek;
    private readonly bool english;
    private readonly Language language;
    private readonly List<IGrouping<string, Item>> groups;
    private readonly string title;
    private readonly string summary;
    private readonly string? goal;

    private UnitPlan(Scorecard card, GoalSeekResult? seek, DateOnly? asOf, bool english)
    {
        (this.card, this.seek, this.english, language) = (card, seek, english, Text.Lang(english));
        groups = card.Criteria.Where(c => c.Deduction > 0)
            .Select(c => new Item(c, asOf is { } date && c.Deadline.Date is { } deadline && deadline < date))
            .GroupBy(i => i.Criterion.LeadIn(language), StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(i => i.Criterion.Deduction)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        title = english ? $"Remediation plan: {card.UnitName} ({card.UnitId})" : $"Kế hoạch khắc phục: {card.UnitName} ({card.UnitId})";
        summary = english
            ? $"{N(card.Total)} of {N(card.MaxTotal)} points, {card.Classification}; {N(card.Deduction)} to recover."
            : $"{N(card.Total)}/{N(card.MaxTotal)} điểm, {card.Classification}; có thể khắc phục {N(card.Deduction)} điểm.";
        goal = seek is null ? null : PlanReport.Goal(seek, english);
    }

    /// <summary>Writes a unit's plan as Markdown, HTML or JSON.</summary>
    public static void Write(Scorecard card, GoalSeekResult? seek, DateOnly? asOf, string format, TextWriter output, bool english)
    {
        var plan = new UnitPlan(card, seek, asOf, english);
        switch (format)
        {
            case "json":
                plan.Json(output);
                break;
            case "html":
                plan.Html(output);
                break;
            default:
                plan.Markdown(output);
                break;
        }
    }

    private IEnumerable<Item> Items(IGrouping<string, Item> group) => group.OrderByDescending(i => i.Criterion.Deduction);

    private void Json(TextWriter output)
    {
        using (var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            json.WriteStartObject();
            JsonContract.Property(json, "id", card.UnitId);
            JsonContract.Property(json, "name", card.UnitName);
            JsonContract.Number(json, "total", card.Total);
            JsonContract.Number(json, "maxTotal", card.MaxTotal);
            JsonContract.Property(json, "classification", card.Classification);
            json.WritePropertyName("goalSeek");
            GoalSeek(json);
            json.WritePropertyName("items");
            json.WriteStartArray();
            foreach (var item in groups.SelectMany(Items))
            {
                JsonItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private void GoalSeek(JsonTextWriter json)
    {
        if (seek is null)
        {
            json.WriteNull();
            return;
        }

        json.WriteStartObject();
        JsonContract.Number(json, "target", seek.Target);
        json.WritePropertyName("reachable");
        json.WriteValue(seek.Reachable);
        json.WritePropertyName("steps");
        json.WriteStartArray();
        foreach (var step in seek.Steps)
        {
            json.WriteStartObject();
            JsonContract.Property(json, "criterion", step.CriterionId);
            JsonContract.Number(json, "recovered", step.Recovered);
            JsonContract.Number(json, "runningTotal", step.RunningTotal);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void JsonItem(JsonTextWriter json, Item item)
    {
        var c = item.Criterion;
        json.WriteStartObject();
        JsonContract.Property(json, "criterion", c.Id);
        JsonContract.Property(json, "title", c.Title.In(language));
        JsonContract.Number(json, "deduction", c.Deduction);
        JsonContract.Property(json, "lead", c.Lead);
        JsonContract.Property(json, "support", c.Support);
        JsonContract.Property(json, "leadOffice", c.LeadOffice?.Id);
        JsonContract.Property(json, "supportOffice", c.SupportOffice?.Id);
        JsonContract.Property(json, "deadline", c.Deadline.Text.In(language));
        json.WritePropertyName("overdue");
        json.WriteValue(item.Overdue);
        json.WritePropertyName("needed");
        json.WriteStartArray();
        foreach (var part in c.Parts)
        {
            json.WriteStartObject();
            JsonContract.Property(json, "part", part.Id);
            JsonContract.Number(json, "needed", part.Needed);
            JsonContract.Number(json, "neededFull", part.NeededFull);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonContract.Property(json, "hint", c.Hint?.In(language));
        json.WriteEndObject();
    }

    private void Html(TextWriter output)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
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
            foreach (var item in Items(group))
            {
                var c = item.Criterion;
                output.WriteLine($"<li><strong>+{E(N(c.Deduction))} · {E(c.Id)}</strong> {E(c.Title.In(language))}<br>{E((english ? "support: " : "phối hợp: ") + c.SupportIn(language) + (english ? "; deadline: " : "; thời hạn: ") + c.Deadline.Text.In(language))}"
                    + (item.Overdue ? $" <span class=\"overdue\">{(english ? "OVERDUE" : "QUÁ HẠN")}</span>" : string.Empty)
                    + (Needed(c) is { Length: > 0 } needed ? $"<br>{E(needed)}" : string.Empty)
                    + (c.Hint is { } hint ? $"<br><span class=\"hint\">{E(hint.In(language))}</span>" : string.Empty) + "</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine("</body></html>");
    }

    private void Markdown(TextWriter output)
    {
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
            foreach (var item in Items(group))
            {
                var c = item.Criterion;
                output.WriteLine($"- **+{N(c.Deduction)} · {c.Id}** {Text.MarkdownCell(c.Title.In(language))}{(item.Overdue ? (english ? " **OVERDUE**" : " **QUÁ HẠN**") : string.Empty)}");
                output.WriteLine($"  - {(english ? "support" : "phối hợp")}: {Text.MarkdownCell(c.SupportIn(language))}; {(english ? "deadline" : "thời hạn")}: {Text.MarkdownCell(c.Deadline.Text.In(language))}");
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
    }

    private string Needed(CriterionResult c) => string.Join("; ", c.Parts.Select(p => ExplainReport.Recovery(p, english)).OfType<string>());

    private string N(decimal v) => Text.Number(v, english);

    /// <summary>A plan item: a criterion to recover, grouped under its lead unit.</summary>
    private sealed record Item(CriterionResult Criterion, bool Overdue);
}
