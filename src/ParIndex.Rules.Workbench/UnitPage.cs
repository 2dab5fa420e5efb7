using System.Globalization;

namespace ParIndex.Rules.Workbench;

/// <summary>A commune's page: its card criterion by criterion, what-if in place, and an appraisal round recorded from the page.</summary>
internal static class UnitPage
{
    public static void Write(Html h, Season season, RankedScorecard unit, WhatIfResult? whatIf, string? message, bool refused, string token, decimal? target)
    {
        var card = unit.Card;
        if (message is not null)
        {
            h.Add($"<p class=\"{(refused ? "refused" : "done")}\">{Html.E(message)}</p>");
        }

        h.Add($"<p id=\"card\" data-total=\"{card.Total.ToString(CultureInfo.InvariantCulture)}\" data-rank=\"{unit.Rank}\">{Html.E(h.Say("workbench.total"))} <strong>{h.Number(card.Total)}</strong> / {h.Number(card.MaxTotal)} · "
            + $"{Html.E(h.Say("workbench.rank-word"))} {unit.Rank}{(unit.RankInType is { } t ? $" ({Html.E(h.Say("workbench.in-type"))} {t})" : string.Empty)} · {Html.E(card.Classification)}"
            + $"{(card.ClaimedTotal is { } claimed ? $" · {Html.E(h.Say("workbench.claimed-word"))} {h.Number(claimed)}" : string.Empty)}</p>");
        if (whatIf is not null)
        {
            h.Add($"<p class=\"done\" id=\"whatif\" data-total=\"{whatIf.After.Total.ToString(CultureInfo.InvariantCulture)}\" data-rank=\"{whatIf.RankAfter}\">"
                + $"{Html.E(h.Say("workbench.with-that-change"))}: {Html.E(h.Say("workbench.total-word"))} {h.Number(whatIf.Before.Total)} → <strong>{h.Number(whatIf.After.Total)}</strong>, "
                + $"{Html.E(h.Say("workbench.rank-word"))} {whatIf.RankBefore} → <strong>{whatIf.RankAfter}</strong>"
                + string.Concat(whatIf.After.Criteria.Zip(whatIf.Before.Criteria).Where(p => p.First.Points != p.Second.Points)
                    .Select(p => $"; {Html.E(p.First.Id)} {h.Number(p.Second.Points)} → {h.Number(p.First.Points)}")) + $". {Html.E(h.Say("workbench.not-recorded-a-look-only"))}</p>");
        }

        var seek = Recovery.GoalSeek(season.Scorer, card, target is > 0m ? target : null);
        h.Add($"<form method=\"get\" action=\"/units/{Uri.EscapeDataString(card.UnitId)}\"><label>{Html.E(h.Say("workbench.target-total"))}"
            + $"<input name=\"target\" inputmode=\"decimal\" value=\"{seek.Target.ToString(CultureInfo.InvariantCulture)}\"></label><button type=\"submit\">{Html.E(h.Say("workbench.find-the-way"))}</button></form>");
        h.Add($"<p id=\"goal\">{Html.E(Reports.UnitTexts.Goal(seek, h.Language))}</p>");

        Criteria(h, season, card);
        Forms(h, season, card, token);
    }

    /// <summary>Each criterion as the library scored it: the requirement and figures in words, the points, the claim, every round, what to do and what it takes.</summary>
    private static void Criteria(Html h, Season season, Scorecard card)
    {
        h.Add($"<table id=\"criteria\"><thead><tr><th>{Html.E(h.Say("workbench.criterion"))}</th><th>{Html.E(h.Say("workbench.requirement-and-figures"))}</th>"
            + $"<th>{Html.E(h.Say("workbench.status"))}</th><th>{Html.E(h.Say("workbench.points"))}</th><th>{Html.E(h.Say("workbench.claimed"))}</th><th>{Html.E(h.Say("workbench.appraisal"))}</th>"
            + $"<th>{Html.E(h.Say("workbench.what-to-do"))}</th></tr></thead><tbody>");
        foreach (var (definition, c) in season.RuleSet.Criteria.Zip(card.Criteria))
        {
            var rounds = string.Join("<br>", c.Appraisal.Select(r => $"{Html.E(h.Say("workbench.round"))} {r.Round}: {h.Number(r.Points)} — {Html.E(r.Reason)}{(r.By is null ? string.Empty : $" ({Html.E(r.By)})")}"));
            var figures = string.Concat(definition.Parts.Zip(c.Parts).Select(p => $"<br><small>{Html.E(Reports.UnitTexts.Figures(season.RuleSet, p.First, p.Second, h.Language))}</small>"));
            var todo = new[] { c.Hint?.In(h.Language) }.Concat(c.Parts.Select(p => Reports.UnitTexts.Recovery(p, h.Language))).OfType<string>();
            h.Add($"<tr class=\"{c.Status.ToWireName()}\" data-criterion=\"{Html.E(c.Id)}\"><td><strong>{Html.E(c.Id)}</strong> {Html.E(c.Title.In(h.Language))}</td>"
                + $"<td>{Html.E(definition.RequirementText.In(h.Language))}{figures}</td>"
                + $"<td>{Html.E(Texts.Status(c.Status, h.Language))}</td><td class=\"n\" data-points=\"{c.Points.ToString(CultureInfo.InvariantCulture)}\">{h.Number(c.Points)} / {h.Number(c.MaxPoints)}</td>"
                + $"<td class=\"n\">{h.Number(c.Claim?.Points)}</td><td>{rounds}</td><td>{string.Join("<br>", todo.Select(Html.E))}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    private static void Forms(Html h, Season season, Scorecard card, string token)
    {
        var id = Uri.EscapeDataString(card.UnitId);
        var keys = string.Concat(season.RuleSet.Indicators.Select(i => $"<option value=\"{Html.E(i.Key)}\">{Html.E(i.Key)} — {Html.E(i.Title.In(h.Language))}</option>"));
        var criteria = string.Concat(season.RuleSet.Criteria.Select(c => $"<option value=\"{Html.E(c.Id)}\">{Html.E(c.Id)} ({h.Number(c.MaxPoints)} {Html.E(h.Say("workbench.points-word"))})</option>"));
        h.Add($"""
            <h2>{Html.E(h.Say("workbench.what-if-a-figure-changed"))}</h2>
            <form method="post" action="/units/{id}/whatif">
            {token}
            <label>{Html.E(h.Say("workbench.indicator"))}<select name="key">{keys}</select></label>
            <label>{Html.E(h.Say("workbench.new-value-a-number-with-a"))}<input name="value" required></label>
            <button type="submit">{Html.E(h.Say("workbench.see-the-result"))}</button>
            </form>
            <h2>{Html.E(h.Say("workbench.record-an-appraisal-round"))}</h2>
            <form method="post" action="/units/{id}/appraise">
            {token}
            <label>{Html.E(h.Say("workbench.criterion"))}<select name="criterion">{criteria}</select></label>
            <label>{Html.E(h.Say("workbench.points"))}<input name="points" required inputmode="decimal"></label>
            <label>{Html.E(h.Say("workbench.reason"))}<input name="reason" required></label>
            <label>{Html.E(h.Say("workbench.appraiser"))}<input name="by"></label>
            <button type="submit">{Html.E(h.Say("workbench.record-the-round"))}</button>
            </form>
            """);
    }
}
