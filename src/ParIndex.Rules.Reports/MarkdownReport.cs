namespace ParIndex.Rules.Reports;

/// <summary>What a Markdown report shows beyond the ranking.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MarkdownReportOptions
{
    /// <summary>Adds a ranking of each unit type apart (xã, phường, đặc khu…).</summary>
    public bool ByType { get; init; }

    /// <summary>The ranking only, without each unit's deductions.</summary>
    public bool Summary { get; init; }

    /// <summary>Only the best this many units; all of them when null.</summary>
    public int? Top { get; init; }

    /// <summary>The units to show, in rank order, such as one unit's; the batch's whole ranking when null.</summary>
    public IReadOnlyList<RankedScorecard>? Units { get; init; }
}

/// <summary>The scored batch as Markdown, for pasting into a report or an issue: the ranking, then each unit's deductions with their hints.</summary>
/// <remarks>Text from inputs and rule files is escaped (<see cref="UnitTexts.MarkdownCell"/>). Stateless and thread-safe.</remarks>
public static class MarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="batch">The scored batch.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="options">What to show; the whole ranking with every unit's deductions when null.</param>
    public static void Write(TextWriter output, ScoredBatch batch, Language language = Language.Vi, MarkdownReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        options ??= new MarkdownReportOptions();
        var all = options.Units ?? batch.Ranking;
        var rows = options.Top is { } top && top < all.Count ? [.. all.Take(top)] : all;
        var rules = batch.RuleSet;
        output.WriteLine($"# {rules.Title.In(language)}");
        output.WriteLine();
        output.WriteLine($"`{rules.Id}` {rules.Version}, {Messages.Tell("reports.hash", language)} `{rules.ContentHash[..12]}`");
        output.WriteLine();
        Ranking(output, batch, rows, language);
        if (options.ByType)
        {
            ByType(output, rules, rows, language);
        }

        if (rows.Count < all.Count)
        {
            output.WriteLine();
            output.WriteLine(Messages.Tell("reports.the-top-of-units", language, rows.Count, all.Count));
        }

        foreach (var row in options.Summary ? [] : rows)
        {
            Unit(output, row, language);
        }
    }

    private static void Ranking(TextWriter output, ScoredBatch batch, IReadOnlyList<RankedScorecard> rows, Language language)
    {
        output.WriteLine(Messages.Tell("reports.ranking-header", language) + (batch.HasPrevious ? Messages.Tell("reports.ranking-header-change", language) : string.Empty));
        output.WriteLine("|---:|---|---:|---|---:|---|" + (batch.HasPrevious ? "---:|---:|" : string.Empty));
        foreach (var row in rows)
        {
            var card = row.Card;
            var line = $"| {row.Rank} | {UnitTexts.MarkdownCell(card.UnitName)} | {Texts.Fixed2(card.Total, language)} | {card.Classification} | {(card.Sipas is { } s ? Texts.Fixed2(s, language) : "—")} | {Texts.YesNo(card.MeetsTargets, language)} |";
            if (batch.HasPrevious)
            {
                line += row.DeltaPoints is { } dp
                    ? $" {Texts.PointsChange(dp, language)} | {(row.DeltaRank is { } dr ? Texts.WithSign(dr, language) : string.Empty)} |"
                    : $" {(row.Predecessors is not null ? Messages.Tell("reports.merged", language) : Messages.Tell("reports.new", language))} | |";
            }

            output.WriteLine(line);
        }
    }

    private static void ByType(TextWriter output, RuleSet rules, IReadOnlyList<RankedScorecard> rows, Language language)
    {
        foreach (var group in rows.Where(r => r.Card.UnitType is not null).GroupBy(r => r.Card.UnitType!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var type = rules.UnitTypes.Any(t => t.Id == group.Key) ? $"{rules.TypeTitle(group.Key, language)} ({group.Key})" : $"'{group.Key}'";
            output.WriteLine();
            output.WriteLine(Messages.Tell("reports.ranking-among-units", language, UnitTexts.MarkdownCell(type), group.Count()));
            output.WriteLine();
            output.WriteLine(Messages.Tell("reports.rank-in-type-unit-total-overall", language));
            output.WriteLine("|---:|---|---:|---:|");
            foreach (var row in group)
            {
                output.WriteLine($"| {row.RankInType} | {UnitTexts.MarkdownCell(row.Card.UnitName)} | {Texts.Fixed2(row.Card.Total, language)} | {row.Rank} |");
            }
        }
    }

    private static void Unit(TextWriter output, RankedScorecard row, Language language)
    {
        var card = row.Card;
        output.WriteLine();
        output.WriteLine($"## {row.Rank}. {UnitTexts.MarkdownCell(card.UnitName)}: {Texts.Number(card.Total, language)}/{Texts.Number(card.MaxTotal, language)}");
        output.WriteLine();
        if (UnitTexts.MakeUp(card, language) is { } makeUp)
        {
            output.WriteLine(makeUp);
            output.WriteLine();
        }

        if (UnitTexts.Predecessors(row, language) is { } merged)
        {
            // The predecessors' ids come from the merge map: escaped.
            output.WriteLine(UnitTexts.MarkdownCell(merged));
            output.WriteLine();
        }

        var deductions = card.Criteria.Where(c => c.Deduction > 0).OrderByDescending(c => c.Deduction).ToList();
        foreach (var criterion in deductions)
        {
            output.WriteLine($"- **{criterion.Id}** {Texts.Status(criterion.Status, language)}, −{Texts.Number(criterion.Deduction, language)}: {criterion.Hint?.In(language)}");
        }

        if (deductions.Count == 0)
        {
            output.WriteLine(Messages.Tell("reports.no-deduction", language));
        }
    }
}
