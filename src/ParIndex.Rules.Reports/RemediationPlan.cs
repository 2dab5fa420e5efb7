using System.Net;
using Newtonsoft.Json;

namespace ParIndex.Rules.Reports;

/// <summary>How a unit's remediation plan is written.</summary>
public enum PlanFormat
{
    /// <summary>Markdown, to read or to paste.</summary>
    Markdown,

    /// <summary>A self-contained HTML page that prints.</summary>
    Html,

    /// <summary>JSON, for a program: the goal seek and every item with its lead, support, deadline and events needed.</summary>
    Json,
}

/// <summary>
/// A unit's remediation plan (kế hoạch khắc phục), as <c>parindex plan --output-dir</c> writes one per commune: the goal
/// seek, then the items grouped by the office that leads them, the largest recovery first, each with its support,
/// deadline, what it takes and the hint.
/// </summary>
/// <remarks>Stateless and thread-safe; each call writes one plan.</remarks>
public sealed class RemediationPlan
{
    private readonly Scorecard card;
    private readonly GoalSeekResult? seek;
    private readonly bool english;
    private readonly Language language;
    private readonly List<IGrouping<string, Item>> groups;
    private readonly string title;
    private readonly string summary;
    private readonly string? goal;

    private RemediationPlan(Scorecard card, GoalSeekResult? seek, DateOnly? asOf, Language language)
    {
        (this.card, this.seek, this.language, english) = (card, seek, language, language == Language.En);
        groups = card.Criteria.Where(c => c.Deduction > 0)
            .Select(c => new Item(c, asOf is { } date && c.Deadline.Date is { } deadline && deadline < date))
            .GroupBy(i => i.Criterion.LeadIn(language), StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(i => i.Criterion.Deduction)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        title = Messages.Tell("reports.remediation-plan", language, card.UnitName, card.UnitId);
        summary = Messages.Tell("reports.of-points-to-recover", language, N(card.Total), N(card.MaxTotal), card.Classification, N(card.Deduction));
        goal = seek is null ? null : UnitTexts.Goal(seek, language);
    }

    /// <summary>Writes a unit's plan.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="card">The unit's scorecard.</param>
    /// <param name="seek">The goal seek to the target total (<see cref="Recovery.GoalSeek"/>), or null to leave it out.</param>
    /// <param name="asOf">The day against which deadlines are overdue, or null to flag none.</param>
    /// <param name="format">Markdown, HTML or JSON.</param>
    /// <param name="language">The reader's language.</param>
    public static void Write(TextWriter output, Scorecard card, GoalSeekResult? seek, DateOnly? asOf, PlanFormat format, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(card);
        var plan = new RemediationPlan(card, seek, asOf, language);
        switch (format)
        {
            case PlanFormat.Json:
                plan.Json(output);
                break;
            case PlanFormat.Html:
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
            output.WriteLine($"<h2>{E(Messages.Tell("reports.lead-label", language) + group.Key)} ({E(Messages.Tell("reports.recovers-label", language) + N(group.Sum(i => i.Criterion.Deduction)))})</h2><ul>");
            foreach (var item in Items(group))
            {
                var c = item.Criterion;
                output.WriteLine($"<li><strong>+{E(N(c.Deduction))} · {E(c.Id)}</strong> {E(c.Title.In(language))}<br>{E(Messages.Tell("reports.support-label", language) + c.SupportIn(language) + Messages.Tell("reports.deadline-label", language) + c.Deadline.Text.In(language))}"
                    + (item.Overdue ? $" <span class=\"overdue\">{Messages.Tell("reports.overdue", language)}</span>" : string.Empty)
                    + (Needed(c) is { Length: > 0 } needed ? $"<br>{E(needed)}" : string.Empty)
                    + (c.Hint is { } hint ? $"<br><span class=\"hint\">{E(hint.In(language))}</span>" : string.Empty) + "</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine("</body></html>");
    }

    private void Markdown(TextWriter output)
    {
        output.WriteLine($"# {UnitTexts.MarkdownCell(title)}");
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
            output.WriteLine($"## {Messages.Tell("reports.lead-heading", language)}: {UnitTexts.MarkdownCell(group.Key)} ({Messages.Tell("reports.recovers-word", language)} {N(group.Sum(i => i.Criterion.Deduction))})");
            output.WriteLine();
            foreach (var item in Items(group))
            {
                var c = item.Criterion;
                output.WriteLine($"- **+{N(c.Deduction)} · {c.Id}** {UnitTexts.MarkdownCell(c.Title.In(language))}{(item.Overdue ? Messages.Tell("reports.overdue-markdown", language) : string.Empty)}");
                output.WriteLine($"  - {Messages.Tell("reports.support-word", language)}: {UnitTexts.MarkdownCell(c.SupportIn(language))}; {Messages.Tell("reports.deadline-word", language)}: {UnitTexts.MarkdownCell(c.Deadline.Text.In(language))}");
                if (Needed(c) is { Length: > 0 } needed)
                {
                    output.WriteLine($"  - {needed}");
                }

                if (c.Hint is { } hint)
                {
                    output.WriteLine($"  - {UnitTexts.MarkdownCell(hint.In(language))}");
                }
            }
        }
    }

    private string Needed(CriterionResult c) => string.Join("; ", c.Parts.Select(p => UnitTexts.Recovery(p, language)).OfType<string>());

    private string N(decimal v) => Texts.Number(v, language);

    /// <summary>A plan item: a criterion to recover, grouped under its lead unit.</summary>
    private sealed record Item(CriterionResult Criterion, bool Overdue);
}
