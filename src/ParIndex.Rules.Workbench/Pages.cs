using System.Globalization;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Workbench;

/// <summary>The workbench's pages, each written from the season the library scored: never a second copy of the rules.</summary>
internal static class Pages
{
    public static void Home(Html h, Season? season, IReadOnlyList<string> ruleSets, string token)
    {
        if (season is not null)
        {
            var types = season.Scored.Units.GroupBy(u => u.Card.UnitType ?? "—").Select(g => $"{Html.E(season.RuleSet.TypeTitle(g.Key, h.Language))}: {g.Count()}");
            h.Add($"<p class=\"done\" data-read=\"{season.Scored.Units.Count}\">{Html.E(h.Say("workbench.read"))} {season.Scored.Units.Count} {Html.E(h.Say("workbench.units"))} ({string.Join(", ", types)}) "
                + $"{Html.E(h.Say("workbench.from"))} {Html.E(string.Join(", ", season.Files))}, {Html.E(h.Say("workbench.scored-under"))} {Html.E(season.RuleSet.Id)} {Html.E(season.RuleSet.Version)}. "
                + $"<a href=\"/problems\">{season.Problems.Count} {Html.E(h.Say("workbench.input-problems"))}</a> · <a href=\"/ranking\">{Html.E(h.Say("workbench.see-the-ranking"))}</a></p>");
            Tables(h, season.Batch.Tables);
            h.Add($"<p>{Html.E(h.Say("workbench.download"))}: <a href=\"/download/ket-qua.xlsx\">{Html.E(h.Say("workbench.workbook"))}</a> · "
                + $"<a href=\"/download/bao-cao.html\">{Html.E(h.Say("workbench.printable-report"))}</a> · <a href=\"/download/ke-hoach.zip\">{Html.E(h.Say("workbench.each-commune-s-plan-zip"))}</a> · "
                + $"<a href=\"/download/loi-dau-vao.csv\">{Html.E(h.Say("workbench.input-problems"))}</a></p>");
            var others = string.Concat(ruleSets.Select(r => $"<option>{Html.E(r)}</option>"));
            h.Add($"<form method=\"get\" action=\"/download/so-sanh.html\"><label>{Html.E(h.Say("workbench.against-another-rule-set-what-changes"))}"
                + $"<select name=\"against\">{others}</select></label><button type=\"submit\">{Html.E(h.Say("workbench.download-the-comparison"))}</button></form>");
        }

        var options = string.Concat(ruleSets.Select(r => $"<option>{Html.E(r)}</option>"));
        h.Add($"""
            <h2>{Html.E(h.Say("workbench.bring-the-season-in"))}</h2>
            <form method="post" action="/season" enctype="multipart/form-data">
            {token}
            <label>{Html.E(h.Say("workbench.figures-xlsx-csv-json-several-files"))}<input type="file" name="figures" multiple required accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("workbench.self-assessment-optional"))}<input type="file" name="claims" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("workbench.appraisal-optional"))}<input type="file" name="appraisal" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("workbench.last-year-s-results-optional"))}<input type="file" name="previous" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("workbench.rule-set"))}<select name="rules">{options}</select></label>
            <label>{Html.E(h.Say("workbench.the-day-scored-for-the-end"))}<input type="date" name="asof"></label>
            <button type="submit">{Html.E(h.Say("workbench.read-and-score"))}</button>
            </form>
            """);
    }

    /// <summary>What each table was read as: the header row found, each column's field, the columns ignored; what an analyst checks when a figure is missing.</summary>
    private static void Tables(Html h, IReadOnlyList<TableRead> tables)
    {
        if (tables.Count == 0)
        {
            return;
        }

        h.Add($"<table id=\"tables\"><caption>{Html.E(h.Say("workbench.columns-read"))}</caption><thead><tr><th>{Html.E(h.Say("workbench.file"))}</th><th>{Html.E(h.Say("workbench.header-row"))}</th>"
            + $"<th>{Html.E(h.Say("workbench.rows"))}</th><th>{Html.E(h.Say("workbench.column-field"))}</th><th>{Html.E(h.Say("workbench.columns-ignored"))}</th></tr></thead><tbody>");
        foreach (var t in tables)
        {
            // A heading that is its field's own key says itself once; one matched by a title or a map shows both.
            var matched = t.Columns.Where(c => c.ReadAs is not null).ToList();
            var read = $"{matched.Count} {Html.E(h.Say("workbench.columns"))}: " + string.Join(", ", matched.Select(c => c.Heading == c.ReadAs
                ? $"<code>{Html.E(c.ReadAs)}</code>"
                : $"{Html.E(c.Heading)} → <code>{Html.E(c.ReadAs)}</code>"));
            var ignored = string.Join(", ", t.Ignored.Select(c => Html.E(c.Heading)));
            h.Add($"<tr><td>{Html.E(Path.GetFileName(t.Source))}{(t.Sheet is null ? string.Empty : $" [{Html.E(t.Sheet)}]")}</td><td class=\"n\">{t.HeaderLine}</td><td class=\"n\">{t.Rows}</td>"
                + $"<td>{read}</td><td{(ignored.Length > 0 ? " class=\"refused\"" : string.Empty)}>{(ignored.Length > 0 ? ignored : "—")}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void Ranking(Html h, Season season, string? type, string? sort)
    {
        IEnumerable<RankedScorecard> units = season.Scored.Ranking;
        if (!string.IsNullOrEmpty(type))
        {
            units = units.Where(u => u.Card.UnitType == type);
        }

        units = sort switch
        {
            "name" => units.OrderBy(u => u.Card.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)),
            "delta" => units.OrderByDescending(u => u.Previous is { } p ? u.Card.Total - p.Total : decimal.MinValue),
            _ => units,
        };
        var types = season.Scored.Units.Select(u => u.Card.UnitType).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        h.Add("<p>" + Html.E(h.Say("workbench.filter-by-type")) + ": <a href=\"/ranking\">" + Html.E(h.Say("workbench.all")) + "</a>"
            + string.Concat(types.Select(t => $" · <a href=\"/ranking?type={Uri.EscapeDataString(t)}\">{Html.E(season.RuleSet.TypeTitle(t, h.Language))}</a>")) + "</p>");
        var q = string.IsNullOrEmpty(type) ? string.Empty : "&type=" + Uri.EscapeDataString(type);
        h.Add($"<table id=\"ranking\"><thead><tr><th><a href=\"/ranking?sort=total{q}\">{Html.E(h.Say("workbench.rank"))}</a></th><th>{Html.E(h.Say("workbench.rank-in-type"))}</th>"
            + $"<th><a href=\"/ranking?sort=name{q}\">{Html.E(h.Say("workbench.unit"))}</a></th><th>{Html.E(h.Say("workbench.type"))}</th><th>{Html.E(h.Say("workbench.total"))}</th>"
            + $"<th>{Html.E(h.Say("workbench.class"))}</th><th><a href=\"/ranking?sort=delta{q}\">Δ</a></th><th>{Html.E(h.Say("workbench.claimed"))}</th></tr></thead><tbody>");
        foreach (var u in units)
        {
            var delta = u.Previous is { } p ? Texts.PointsChange(u.Card.Total - p.Total, h.Language) : "—";
            h.Add($"<tr data-unit=\"{Html.E(u.Card.UnitId)}\"><td class=\"n\">{u.Rank}</td><td class=\"n\">{u.RankInType?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td>"
                + $"<td><a href=\"/units/{Uri.EscapeDataString(u.Card.UnitId)}\">{Html.E(u.Card.UnitName)}</a></td><td>{Html.E(u.Card.UnitType is { } t ? season.RuleSet.TypeTitle(t, h.Language) : "—")}</td>"
                + $"<td class=\"n\" data-total=\"{u.Card.Total.ToString(CultureInfo.InvariantCulture)}\">{h.Number(u.Card.Total)}</td><td>{Html.E(u.Card.Classification)}</td>"
                + $"<td class=\"n\">{delta}</td><td class=\"n\">{h.Number(u.Card.ClaimedTotal)}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void Problems(Html h, Season season, string? sort)
    {
        var problems = sort == "unit" ? season.Problems.OrderBy(p => p.UnitId, StringComparer.Ordinal).ToList() : season.Problems.ToList();
        h.Add($"<p><a href=\"/download/loi-dau-vao.csv\">{Html.E(h.Say("workbench.download-the-problems-csv-for-the"))}</a></p>");
        if (problems.Count == 0)
        {
            h.Add($"<p class=\"done\">{Html.E(h.Say("workbench.no-input-problems"))}</p>");
            return;
        }

        h.Add($"<table id=\"problems\"><thead><tr><th>{Html.E(h.Say("workbench.file"))}</th><th>{Html.E(h.Say("workbench.cell"))}</th><th><a href=\"/problems?sort=unit\">{Html.E(h.Say("workbench.unit"))}</a></th>"
            + $"<th>{Html.E(h.Say("workbench.field"))}</th><th>{Html.E(h.Say("workbench.problem"))}</th></tr></thead><tbody>");
        foreach (var p in problems)
        {
            h.Add($"<tr><td>{Html.E(Path.GetFileName(p.Source))}{(p.Sheet is null ? string.Empty : $" [{Html.E(p.Sheet)}]")}</td><td>{p.Line},{p.Column}</td><td>{Html.E(p.UnitId)}</td>"
                + $"<td>{Html.E(p.Field)}</td><td>{Html.E(p.MessageIn(h.Language))}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void History(Html h, IReadOnlyList<UnitHistoryEntry> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        h.Add($"<h2>{Html.E(h.Say("workbench.recorded-runs"))}</h2><table id=\"history\"><thead><tr><th>{Html.E(h.Say("workbench.run"))}</th><th>{Html.E(h.Say("workbench.when"))}</th>"
            + $"<th>{Html.E(h.Say("workbench.by"))}</th><th>{Html.E(h.Say("workbench.total"))}</th><th>{Html.E(h.Say("workbench.rank"))}</th><th>{Html.E(h.Say("workbench.rule-set"))}</th></tr></thead><tbody>");
        foreach (var e in history)
        {
            h.Add($"<tr><td class=\"n\">{e.Run.Run}</td><td>{e.Run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td><td>{Html.E(e.Run.By)}</td>"
                + $"<td class=\"n\">{h.Number(e.Result.Total)}</td><td class=\"n\">{e.Result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td><td>{Html.E(e.Run.RuleSetId)} {Html.E(e.Run.RuleSetVersion)}</td></tr>");
        }

        h.Add("</tbody></table>");
    }
}
