using System.Globalization;
using System.Net;

namespace ParIndex.Rules.Reports;

/// <summary>
/// A rule set as the appendix table a decision prints: area by area, each criterion with its requirement, points, how
/// the points are given in words, who leads and supports, and the deadline; then the classification and the targets.
/// A province checks its rule set against its own decision line by line from this page, which prints on A4.
/// </summary>
/// <remarks>Everything from the rule files is escaped; nothing is fetched when the page opens. Stateless and thread-safe.</remarks>
public static class RuleBook
{
    /// <summary>Writes the rule book as one self-contained HTML page.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="heading">A line above the title, such as the province and the decision (<c>Phụ lục kèm theo Quyết định số …/QĐ-UBND</c>); none when null.</param>
    public static void Write(TextWriter output, RuleSet ruleSet, Language language = Language.Vi, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var en = language == Language.En;
        string Say(string key, params object?[] args) => Messages.Tell(key, language, args);
        output.WriteLine($"<!DOCTYPE html><html lang=\"{(en ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{E(ruleSet.Title.In(language))}</title><style>"
            + "@page{size:A4 landscape;margin:12mm;@bottom-center{content:counter(page) ' / ' counter(pages);font-size:8pt}}"
            + "body{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:10pt;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #999;padding:.2rem .35rem;vertical-align:top;text-align:left}td.n{text-align:right}tr.area td{background:#eee;font-weight:600}"
            + "thead{display:table-header-group}tr{break-inside:avoid}.cover{font-weight:600;text-transform:uppercase}@media print{body{margin:0;font-size:8.5pt}}</style></head><body>");
        if (!string.IsNullOrWhiteSpace(heading))
        {
            output.WriteLine($"<p class=\"cover\">{E(heading)}</p>");
        }

        var from = ruleSet.ValidFrom ?? ruleSet.PeriodFrom;
        var to = ruleSet.ValidTo ?? ruleSet.PeriodTo;
        output.WriteLine($"<h1>{E(ruleSet.Title.In(language))}</h1><p>{E(ruleSet.Id)} {E(ruleSet.Version)}, {Say("reports.hash")} <code>{E(ruleSet.ContentHash[..12])}</code>"
            + $"{(ruleSet.Sealed ? Say("reports.sealed") : Say("reports.not-sealed"))}; {Say("reports.in-force")} {Day(from, language)} – {Day(to, language)}; "
            + $"{Say("reports.total-points")} {Texts.Number(ruleSet.TotalPoints, language)}.</p>");
        output.WriteLine($"<table><thead><tr><th>{Say("reports.id")}</th><th>{Say("reports.criterion-requirement")}</th><th>{Say("reports.max-points-heading")}</th>"
            + $"<th>{Say("reports.how-points-are-given")}</th><th>{Say("reports.lead-heading")}</th><th>{Say("reports.support-heading")}</th><th>{Say("reports.deadline-heading")}</th></tr></thead><tbody>");
        foreach (var area in ruleSet.Areas)
        {
            output.WriteLine($"<tr class=\"area\"><td>{E(area.Id)}</td><td colspan=\"6\">{E(area.Title.In(language))} ({Texts.Number(area.MaxPoints, language)} {Say("reports.points-word")})</td></tr>");
            foreach (var criterion in ruleSet.Criteria.Where(c => c.Area == area.Id))
            {
                Criterion(output, criterion, ruleSet, language);
            }
        }

        output.WriteLine("</tbody></table>");
        output.WriteLine($"<h2>{Say("reports.classification")}</h2><p>{E(string.Join("; ", ruleSet.Classification.Select(b => $"{b.Name}: {Say("reports.from-word")} {Texts.Number(b.MinTotal, language)}")))}.</p>");
        output.WriteLine($"<p>{Say("reports.targets")}: {Say("reports.a-total-from")} {Texts.Number(ruleSet.Targets.MinTotal, language)}, SIPAS {Say("reports.from-word")} {Texts.Number(ruleSet.Targets.MinSipas, language)}%.</p>");
        output.WriteLine("</body></html>");
    }

    private static void Criterion(TextWriter output, CriterionDefinition criterion, RuleSet ruleSet, Language language)
    {
        var parts = criterion.Judged is { } judged
            ? [judged.Step is { } s ? Messages.Tell("reports.judged-in-steps", language, Texts.Number(s, language)) : Messages.Tell("reports.judged", language)]
            : criterion.Parts.Select(p => (criterion.Parts.Count > 1 ? $"({p.Id}) {Texts.Number(p.MaxPoints, language)} {Messages.Tell("reports.points-word", language)}: " : string.Empty)
                + $"{Messages.Tell("reports.requirement", language)} {RuleTexts.Requirement(p, language)}; {RuleTexts.Scale(p, language)}").ToList();
        var applies = criterion.AppliesTo is { } types ? $"<br><em>{E(Messages.Tell("reports.applies-to", language) + string.Join(", ", types.Select(t => ruleSet.TypeTitle(t, language))))}</em>" : string.Empty;
        output.WriteLine($"<tr><td>{E(criterion.Id)}</td><td><strong>{E(criterion.Title.In(language))}</strong><br>{E(criterion.RequirementText.In(language))}{applies}</td>"
            + $"<td class=\"n\">{Texts.Number(criterion.MaxPoints, language)}</td><td>{string.Join("<br>", parts.Select(E))}</td>"
            + $"<td>{E(criterion.LeadOffice?.Title.In(language) ?? criterion.Lead)}</td><td>{E(criterion.SupportOffice?.Title.In(language) ?? criterion.Support)}</td><td>{E(criterion.Deadline.Text.In(language))}</td></tr>");
    }

    private static string Day(DateOnly day, Language language) =>
        day.ToString(language == Language.En ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(Texts.Visible(text));
}
