using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The ranking and each unit's deductions as text for a terminal 100 columns wide.</summary>
internal static class TableReport
{
    private const int Width = 100;

    public static void Write(ScoreReport report, TextWriter output, bool english, bool byType = false, bool summary = false)
    {
        var rules = report.RuleSet;
        output.WriteLine(rules.Title.In(Text.Lang(english)));
        output.WriteLine(Messages.Tell("cli.hash-units", Text.Lang(english), rules.Id, rules.Version, rules.ContentHash[..12], report.InputOrder.Count));
        output.WriteLine();

        var delta = report.HasPrevious;
        string W(string key) => Messages.Tell(key, Text.Lang(english));
        var header = $"{W("cli.column-rank"),4}  {Text.Fit(W("cli.column-unit"), 18)} {W("cli.column-total"),6}  {Text.Fit(W("cli.column-class"), 10)} {"SIPAS",6}  {Text.Fit(W("cli.column-targets"), 7)}";
        if (delta)
        {
            header += $"{W("cli.column-delta-points"),6} {W("cli.column-delta-rank"),5} ";
        }

        header += Messages.Tell("cli.biggest-deductions", Text.Lang(english));
        output.WriteLine(header);
        foreach (var row in report.Rows)
        {
            var card = row.Card;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{row.Ranked.Rank,4}  {Text.Fit(Text.Visible(card.UnitName), 18)} {Text.Fixed2(card.Total, english),6}  {Text.Fit(card.Classification, 10)} {(card.Sipas is { } s ? Text.Fixed2(s, english) : "—"),6}  {Text.Fit(Yes(card.MeetsTargets, english), 7)}");
            if (delta)
            {
                line += row.DeltaPoints is { } dp
                    ? string.Create(CultureInfo.InvariantCulture, $"{Text.PointsChange(dp, english),7} {(row.DeltaRank is { } dr ? Text.Signed(dr, english) : string.Empty),5} ")
                    : string.Create(CultureInfo.InvariantCulture, $"{(row.Predecessors is not null ? Messages.Tell("cli.merged", Text.Lang(english)) : Messages.Tell("cli.new", Text.Lang(english))),6} {string.Empty,5} ");
            }

            var top = string.Join(" · ", row.Deductions.Take(3).Select(c => $"{c.Id} −{Text.Number(c.Deduction, english)}"));
            output.WriteLine(Text.Fit(line + top, Width).TrimEnd());
        }

        if (byType)
        {
            // Each peer group apart, with its own ranking.
            foreach (var group in ScoreReport.TypeGroups(report))
            {
                output.WriteLine();
                output.WriteLine(Messages.Tell("cli.ranking-among-type", Text.Lang(english), ScoreReport.TypeName(report.RuleSet, group.Key, english), group.Count()));
                foreach (var row in group)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{row.Ranked.RankInType,4}  {Text.Fit(Text.Visible(row.Card.UnitName), 18)} {Text.Fixed2(row.Card.Total, english),6}  {Messages.Tell("cli.overall", Text.Lang(english))} {row.Ranked.Rank}").TrimEnd());
                }
            }
        }
        else if (report.Rows.Any(r => r.Card.UnitType is not null))
        {
            output.WriteLine();
            output.WriteLine(Messages.Tell("cli.rankings-within-each-unit-type-add", Text.Lang(english)));
        }

        if (report.Shown is { } shown)
        {
            output.WriteLine();
            output.WriteLine(Messages.Tell("cli.the-top-of-units", Text.Lang(english), shown, report.InputOrder.Count));
        }

        if (summary)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Messages.Tell("cli.deductions-of-each-unit", Text.Lang(english)));
        foreach (var row in report.Rows)
        {
            output.WriteLine();
            WriteDeductions(report.RuleSet, row, output, english);
        }
    }

    public static void WriteDeductions(RuleSet ruleSet, UnitRow row, TextWriter output, bool english)
    {
        var card = row.Card;
        var typeRank = card.UnitType is { } type
            ? Messages.Tell("cli.among", Text.Lang(english), row.Ranked.RankInType, ScoreReport.TypeTitle(ruleSet, type, english))
            : string.Empty;
        var heading = Messages.Tell("cli.points-deducted", Text.Lang(english), row.Ranked.Rank, Text.Visible(card.UnitName), Text.Visible(card.UnitId), Text.Number(card.Total, english), Text.Number(card.MaxTotal, english), card.Classification, typeRank, Text.Number(card.Deduction, english));
        foreach (var line in Text.Wrap(heading, Width, "   ").Select((l, i) => i == 0 ? l.TrimStart() : l))
        {
            output.WriteLine(line);
        }

        if (row.Previous?.AreaPoints is { } was)
        {
            // Year-on-year by area: where the points moved.
            var moves = card.Areas.Where(a => was.TryGetValue(a.Id, out var before) && before != a.Points)
                .Select(a => $"{a.Id} {Text.PointsChange(a.Points - was[a.Id], english)}").ToList();
            var line = Messages.Tell("cli.against-last-year-by-area", Text.Lang(english)) + (moves.Count == 0 ? Messages.Tell("cli.no-change", Text.Lang(english)) : string.Join(" · ", moves));
            foreach (var wrapped in Text.Wrap(line, Width, "   "))
            {
                output.WriteLine(wrapped);
            }
        }

        if (Predecessors(row, english) is { } merged)
        {
            foreach (var line in Text.Wrap(merged, Width, "   "))
            {
                output.WriteLine(line);
            }
        }

        if (row.Card.ClaimedTotal is { } claimed)
        {
            var over = card.Criteria.Count(c => c.OverClaimed);
            output.WriteLine(Messages.Tell("cli.self-assessed-points-on-criteria-over", Text.Lang(english), Text.Number(claimed, english), card.Criteria.Count(c => c.Claim is not null), over));
        }
        if (MakeUp(card, english) is { } makeUp)
        {
            output.WriteLine("   " + makeUp);
        }

        var any = false;
        foreach (var criterion in row.Deductions)
        {
            any = true;
            WriteCriterion(criterion, output, english);
        }

        if (!any)
        {
            output.WriteLine(Messages.Tell("cli.no-deduction", Text.Lang(english)));
        }
    }

    /// <summary>
    /// How the total is made when it is more than the plain sum of the criteria: the base rescaled after exclusions, a
    /// bonus, a penalty. Null for a unit with none of these, so the 2025 set's output reads as before.
    /// </summary>
    public static string? MakeUp(Scorecard card, bool english) => ParIndex.Rules.Reports.UnitTexts.MakeUp(card, Text.Lang(english));

    /// <summary>A merged unit's predecessors, with last year's total and rank where given: a merged unit has no delta of its own.</summary>
    public static string? Predecessors(UnitRow row, bool english) => ParIndex.Rules.Reports.UnitTexts.Predecessors(row.Ranked, Text.Lang(english));

    /// <summary>Where the points came from, when not from the figures alone: claimed and appraised beside the final points.</summary>
    private static string Sources(CriterionResult criterion, bool english)
    {
        var notes = new List<string>();
        if (criterion.Claim is { } claim)
        {
            notes.Add(Messages.Tell("cli.claimed-prefix", Text.Lang(english)) + Text.Number(claim.Points, english) + (criterion.OverClaimed ? Messages.Tell("cli.over-claimed", Text.Lang(english)) : string.Empty));
        }

        if (criterion.AppraisedPoints is { } appraised)
        {
            notes.Add(Messages.Tell("cli.appraised", Text.Lang(english)) + Text.Number(appraised, english));
        }

        if (criterion.Provisional)
        {
            notes.Add(Messages.Tell("cli.provisional", Text.Lang(english)));
        }

        return notes.Count == 0 ? string.Empty : "  (" + string.Join(", ", notes) + ")";
    }

    public static void WriteCriterion(CriterionResult criterion, TextWriter output, bool english)
    {
        // A penalty criterion's points are what it deducted: shown as such, not as points earned out of a maximum.
        var points = criterion.Deducts
            ? $"{Text.Fit(Messages.Tell("cli.deducted", Text.Lang(english)), 8)} {Text.Number(criterion.Points, english),3}"
            : $"{Text.Number(criterion.Points, english),5}/{Text.Number(criterion.MaxPoints, english),-4} {(criterion.Deduction > 0 ? "−" + Text.Number(criterion.Deduction, english) : string.Empty)}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {criterion.Id,-6} {Text.Fit(ScoreReport.StatusLabel(criterion.Status, english), 14)} {points}{Sources(criterion, english)}"));
        if (criterion.Hint is { } hint)
        {
            foreach (var line in Text.Wrap(hint.In(Text.Lang(english)), Width, "          "))
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>One unit's full card: every criterion, not only those that lost points.</summary>
    public static void WriteCard(UnitRow row, RuleSet ruleSet, TextWriter output, bool english)
    {
        var card = row.Card;
        var inType = card.UnitType is { } t ? Messages.Tell("cli.card-rank-in-type", Text.Lang(english), row.Ranked.RankInType, Text.Visible(ruleSet.TypeTitle(t, Text.Lang(english)))) : string.Empty;
        output.WriteLine(Messages.Tell("cli.card-line", Text.Lang(english), Text.Visible(card.UnitName), Text.Visible(card.UnitId), Text.Number(card.Total, english), Text.Number(card.MaxTotal, english),
            card.Classification, row.Ranked.Rank, inType, card.Sipas is { } s ? Text.Fixed2(s, english) + "%" : Messages.Tell("cli.sipas-missing", Text.Lang(english)), Yes(card.MeetsTargets, english)));
        foreach (var area in card.Areas)
        {
            output.WriteLine();
            output.WriteLine($"{area.Id}. {area.Title.In(Text.Lang(english))}: {Text.Number(area.Points, english)}/{Text.Number(area.MaxPoints, english)}");
            foreach (var criterion in card.Criteria.Where(c => c.Area == area.Id))
            {
                WriteCriterion(criterion, output, english);
            }
        }
    }

    public static string Yes(bool value, bool english) => Texts.YesNo(value, Text.Lang(english));
}
