using System.Globalization;
using System.Net;

namespace ParIndex.Rules.Reports;

// The report's sections, in the order a reader meets them.
public static partial class HtmlReport
{
    /// <summary>One report being written: the batch, the language and the district's figures every section shares.</summary>
    private sealed class Page
    {
        private readonly TextWriter output;
        private readonly ScoredBatch batch;
        private readonly Language language;
        private readonly NumberFormatInfo culture;
        private readonly List<Scorecard> cards;
        private readonly List<decimal> totals;
        private readonly List<(string Id, string Title)> areas;
        private readonly List<decimal> areaMeans;
        private readonly bool assessed;

        public Page(TextWriter output, ScoredBatch batch, Language language)
        {
            (this.output, this.batch, this.language) = (output, batch, language);
            culture = Texts.Numbers(language);
            cards = batch.Ranking.Select(r => r.Card).ToList();
            totals = cards.Select(c => c.Total).Order().ToList();
            areas = cards.Count == 0 ? [] : cards[0].Areas.Select(a => (a.Id, Title: a.Title.In(language))).ToList();
            areaMeans = areas.Select((_, i) => cards.Select(c => c.Areas[i].Percent).OfType<decimal>().DefaultIfEmpty().Average()).ToList();

            // Claimed and appraised points stand beside the final ones when some unit claims or is appraised.
            assessed = cards.Any(c => c.Criteria.Any(k => k.Claim is not null || k.Appraisal.Count > 0));
        }

        /// <summary>A province's thousands of units: each page lists only the criteria short of full points, by id, and the titles are given once.</summary>
        private bool Compact => batch.Ranking.Count > UnitChartLimit;

        public void Head(string? heading)
        {
            var title = E(batch.RuleSet.Title.In(language));
            output.WriteLine($"<!DOCTYPE html><html lang=\"{(language == Language.En ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
            output.WriteLine($"<title>{title}</title>");
            output.WriteLine("<style>body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}"
                + $".pass{{background:#{StatusColours.Of(CriterionStatus.Pass)}}}.fail{{background:#{StatusColours.Of(CriterionStatus.Fail)}}}.nodata{{background:#{StatusColours.Of(CriterionStatus.MissingData)}}}.na{{background:#{StatusColours.Of(CriterionStatus.NotApplicable)}}}"
                + ".charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600}"
                + ".unit{page-break-before:always;break-before:page;content-visibility:auto;contain-intrinsic-size:auto 60rem}"
                + ".key{font-size:.85em;color:#444;max-width:40rem;margin:.25rem 0}.cover{font-weight:600;text-transform:uppercase;margin:0}.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}"
                + Print + "</style></head><body>");
            if (!string.IsNullOrWhiteSpace(heading))
            {
                output.WriteLine($"<p class=\"cover\">{E(heading)}</p>");
            }

            output.WriteLine($"<h1>{title}</h1><p>{E($"{batch.RuleSet.Id} {batch.RuleSet.Version}")}, {Say("reports.hash")} <code>{E(batch.RuleSet.ContentHash[..12])}</code></p>");
        }

        public void Summary()
        {
            var mean = totals.Count == 0 ? 0m : Rounding.ToHundredths(totals.Average());
            var median = totals.Count == 0 ? 0m
                : totals.Count % 2 == 1 ? totals[totals.Count / 2]
                : Rounding.ToHundredths((totals[(totals.Count / 2) - 1] + totals[totals.Count / 2]) / 2m);
            output.WriteLine($"<h2>{Say("reports.summary")}</h2><table><tbody>");
            Fact(Say("reports.units"), cards.Count);
            Fact(Say("reports.mean-total"), mean, fixed2: true);
            Fact(Say("reports.median-total"), median, fixed2: true);
            Fact(Say("reports.meet-the-targets"), cards.Count(c => c.MeetsTargets));
            if (batch.HasPrevious)
            {
                Fact(Say("reports.improved-in-points-and-rank"), batch.Ranking.Count(r => r.ImprovedBoth == true));
            }

            foreach (var band in cards.GroupBy(c => c.Classification).OrderByDescending(g => g.Max(c => c.Total)))
            {
                Fact(Say("reports.class-label") + band.Key, band.Count());
            }

            foreach (var type in cards.Where(c => c.UnitType is not null).GroupBy(c => c.UnitType!).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Fact(Say("reports.type-label") + batch.RuleSet.TypeTitle(type.Key, language), type.Count());
            }

            output.WriteLine("</tbody></table>");
        }

        public void Charts()
        {
            output.WriteLine($"<h2>{Say("reports.charts")}</h2><div class=\"charts\">");
            Chart(output, "totals", Say("reports.distribution-of-totals"), Histogram(totals, culture, Say("reports.total"), Say("reports.units")));
            Chart(output, "areas", Say("reports.each-area-s-percentage-district-mean"),
                Bars([.. areas.Select(a => a.Id)], [.. areaMeans], null, culture, "%"), key: AreaKey);
            var costly = cards.Count == 0 ? [] : cards[0].Criteria
                .Select((c, i) => (c.Id, Lost: cards.Sum(card => card.Criteria[i].Deduction)))
                .Where(c => c.Lost > 0).OrderByDescending(c => c.Lost).Take(10).ToList();
            Chart(output, "criteria", Say("reports.criteria-that-cost-the-most-points"),
                Bars([.. costly.Select(c => c.Id)], [.. costly.Select(c => c.Lost)], null, culture, string.Empty),
                key: string.Join(" · ", costly.Select(c => $"{c.Id} {cards[0].Criteria.First(k => k.Id == c.Id).Title.In(language)}")));
            if (batch.HasPrevious)
            {
                // The largest movements, up or down: a province's thousands would make a chart no one reads. A merged unit
                // has no movement of its own (RankedScorecard.Predecessors).
                var moved = batch.Ranking.Where(r => r.DeltaRank is not null)
                    .Select(r => (UnitName: Label(r.Card.UnitName), Delta: (decimal)r.DeltaRank!.Value))
                    .OrderByDescending(m => Math.Abs(m.Delta)).Take(MovementShown).OrderBy(m => m.Delta).ToList();
                Chart(output, "movement", Say("reports.rank-movement-against-last-year-is"),
                    Sideways([.. moved.Select(m => m.UnitName)], [.. moved.Select(m => m.Delta)], culture), width: 560, height: 60 + (18 * moved.Count));
            }

            output.WriteLine("</div>");
        }

        public void Ranking()
        {
            var compared = batch.HasPrevious;
            var typed = cards.Any(c => c.UnitType is not null);
            output.WriteLine($"<h2>{Say("reports.ranking")}</h2><table><thead><tr><th>{Say("reports.rank")}</th><th>{Say("reports.unit")}</th>"
                + (typed ? $"<th>{Say("reports.type-heading")}</th><th>{Say("reports.rank-in-type")}</th>" : string.Empty)
                + $"<th>{Say("reports.total-column")}</th><th>{Say("reports.class-heading")}</th><th>SIPAS</th>"
                + (!compared ? string.Empty : $"<th>{Say("reports.delta-points")}</th><th>{Say("reports.delta-rank")}</th>") + "</tr></thead><tbody>");
            foreach (var row in batch.Ranking)
            {
                var card = row.Card;
                output.WriteLine($"<tr data-unit=\"{E(card.UnitId)}\"><td class=\"n\">{row.Rank}</td><td><a href=\"#u-{E(card.UnitId)}\">{E(card.UnitName)}</a></td>"
                    + (typed ? $"<td>{E(card.UnitType is { } t ? batch.RuleSet.TypeTitle(t, language) : "—")}</td><td class=\"n\">{(row.RankInType is { } r ? r.ToString(CultureInfo.InvariantCulture) : "—")}</td>" : string.Empty)
                    + $"<td class=\"n\" data-total=\"{card.Total.ToString(CultureInfo.InvariantCulture)}\">{F2(card.Total)}</td><td>{E(card.Classification)}</td><td class=\"n\">{(card.Sipas is { } s ? F2(s) : "—")}</td>"
                    + (compared ? Movement(row) : string.Empty) + "</tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        /// <summary>In a compact report, the criteria's titles, once, so each unit's page can name criteria by id.</summary>
        public void CriteriaIndex()
        {
            if (!Compact || cards.Count == 0)
            {
                return;
            }

            output.WriteLine($"<h2>{Say("reports.criteria")}</h2><table><tbody>");
            foreach (var criterion in cards[0].Criteria)
            {
                output.WriteLine($"<tr><td>{E(criterion.Id)}</td><td>{E(criterion.Title.In(language))}</td><td class=\"n\">{N(criterion.MaxPoints)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        /// <summary>A unit's page: its total, its areas against the district, its criteria and its to-do list.</summary>
        public void Unit(RankedScorecard row)
        {
            var card = row.Card;
            output.WriteLine($"<section class=\"unit\" id=\"u-{E(card.UnitId)}\"><h2>{row.Rank}. {E(card.UnitName)} ({E(card.UnitId)})</h2><div class=\"top\"><div>");
            output.WriteLine($"<p>{F2(card.Total)}/{N(card.MaxTotal)} {Say("reports.points-word")}, {E(card.Classification)}; {Say("reports.deducted")} {F2(card.Deduction)}.</p>");
            output.WriteLine($"<p>{Say("reports.rank")} {row.Rank}/{cards.Count}" + (card.UnitType is { } type && row.RankInType is { } inType
                ? $"; {Say("reports.rank-among")} {E(batch.RuleSet.TypeTitle(type, language))}: {inType}/{cards.Count(c => c.UnitType == type)}" : string.Empty)
                + (row.Previous is { } then ? $"; {Say("reports.last-year")} {F2(then.Total)}, {Say("reports.rank-word")} {then.Rank} (Δ {Texts.PointsChange(row.DeltaPoints!.Value, language)})" : string.Empty) + ".</p>");
            var percents = card.Areas.Select(a => a.Percent ?? 0m).ToList();
            if (!Compact)
            {
                output.WriteLine($"<p class=\"key\">{E(AreaKey)}</p></div>");
                Chart(output, "unit-areas", Say("reports.areas-the-unit-and-the-district"),
                    Bars([.. areas.Select(a => a.Id)], percents, [.. areaMeans], culture, "%", (Say("reports.unit"), Say("reports.mean"))), width: 460, height: 260);
                output.WriteLine("</div>");
            }
            else
            {
                output.WriteLine("</div></div>");
                output.WriteLine($"<table><tr><th>{Say("reports.area")}</th>{string.Concat(areas.Select(a => $"<th>{E(a.Id)}</th>"))}</tr><tr><th>{Say("reports.unit")} %</th>{string.Concat(percents.Select(p => $"<td class=\"n\">{F2(p)}</td>"))}</tr><tr><th>{Say("reports.mean")} %</th>{string.Concat(areaMeans.Select(p => $"<td class=\"n\">{F2(p)}</td>"))}</tr></table>");
            }

            Criteria(card);
            var todo = card.Criteria.Where(c => c.Deduction > 0 && c.Hint is not null).OrderByDescending(c => c.Deduction).ToList();
            if (todo.Count > 0)
            {
                output.WriteLine($"<h3>{Say("reports.to-do")}</h3><ol class=\"todo\">");
                foreach (var criterion in todo)
                {
                    output.WriteLine($"<li><strong>{E(criterion.Id)}</strong> (+{N(criterion.Deduction)}): {E(criterion.Hint!.In(language))}</li>");
                }

                output.WriteLine("</ol>");
                if (todo.Count > PrintedToDos)
                {
                    // On paper a unit keeps to its page: the costliest items, and the rest counted, never dropped unsaid.
                    output.WriteLine($"<p class=\"print-only\">{Say("reports.more-items-each-worth-fewer-points", todo.Count - PrintedToDos)}</p>");
                }
            }

            output.WriteLine("</section>");
        }

        private void Criteria(Scorecard card)
        {
            var compact = Compact;
            output.WriteLine($"<table class=\"criteria\"><thead><tr><th class=\"c-id\">{Say("reports.criterion")}</th>{(compact ? string.Empty : $"<th>{Say("reports.title")}</th>")}<th class=\"c-status\">{Say("reports.status")}</th>"
                + (assessed ? $"<th class=\"c-claim\">{Say("reports.claimed")}</th><th class=\"c-claim\">{Say("reports.appraised")}</th>" : string.Empty)
                + $"<th class=\"c-points\">{Say("reports.points-heading")}</th><th class=\"c-lost\">{Say("reports.deducted-heading")}</th></tr></thead><tbody>");
            var full = 0;
            foreach (var criterion in card.Criteria)
            {
                if (compact && criterion.Deduction == 0m && criterion.Status is CriterionStatus.Pass or CriterionStatus.NotApplicable)
                {
                    full++;
                    continue;
                }

                var css = criterion.Status switch { CriterionStatus.Pass => "pass", CriterionStatus.Fail => "fail", CriterionStatus.NotApplicable => "na", _ => "nodata" };
                output.WriteLine($"<tr class=\"{css}\"><td>{E(criterion.Id)}</td>{(compact ? string.Empty : $"<td class=\"t\">{E(criterion.Title.In(language))}</td>")}<td>{E(criterion.Status.ToText(language))}</td>"
                    + (assessed ? $"<td class=\"n\">{(criterion.Claim is { } claim ? N(claim.Points) : string.Empty)}</td><td class=\"n\">{(criterion.AppraisedPoints is { } appraised ? N(appraised) : string.Empty)}</td>" : string.Empty)
                    + $"<td class=\"n\">{N(criterion.Points)}/{N(criterion.MaxPoints)}</td><td class=\"n\">{N(criterion.Deduction)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
            if (full > 0)
            {
                output.WriteLine($"<p>{full} {Say("reports.other-criteria-at-full-points")}</p>");
            }
        }

        /// <summary>Each area's number with its title, for beside a chart that can only label them I, II, III.</summary>
        private string AreaKey => string.Join(" · ", areas.Select(a => $"{a.Id} {a.Title}"));

        /// <summary>Δ points and Δ rank, or why there are none: formed by a merger (gộp), or new this year (mới).</summary>
        private string Movement(RankedScorecard row) =>
            row.Predecessors is not null ? $"<td colspan=\"2\">{Say("reports.merged")}</td>"
            : row.DeltaPoints is { } dp ? $"<td class=\"n\">{Texts.PointsChange(dp, language)}</td><td class=\"n\">{Texts.WithSign(row.DeltaRank!.Value, language)}</td>"
            : $"<td colspan=\"2\">{Say("reports.new")}</td>";

        private void Fact(string label, decimal value, bool fixed2 = false) =>
            output.WriteLine($"<tr><th>{E(label)}</th><td class=\"n\" data-value=\"{E(value.ToString(CultureInfo.InvariantCulture))}\">{E(fixed2 ? F2(value) : N(value))}</td></tr>");

        private string Say(string key, params object?[] args) => Messages.Tell(key, language, args);

        private string N(decimal value) => Texts.Grouped(value, language);

        private string F2(decimal value) => value.ToString("#,0.00", culture);

        // Bidirectional controls in a name would reorder its line (a rank, a total beside it): shown as U+FFFD.
        private static string E(string? text) => WebUtility.HtmlEncode(Texts.WithoutBidiControls(text ?? string.Empty));
    }

    /// <summary>
    /// A unit's name as a chart's label: bidirectional controls shown as U+FFFD, and cut to <see cref="LabelLength"/>
    /// characters with an ellipsis, since one long name set the width of the label column and left no room for the bars.
    /// </summary>
    private static string Label(string name)
    {
        var shown = Texts.WithoutBidiControls(name);
        return shown.Length <= LabelLength ? shown : string.Concat(shown.AsSpan(0, LabelLength - 1).TrimEnd(), "…");
    }

    /// <summary>The longest label a chart shows whole.</summary>
    private const int LabelLength = 40;
}
