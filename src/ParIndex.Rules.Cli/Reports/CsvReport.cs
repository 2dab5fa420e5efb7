namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as CSV: one row per unit with every criterion's points; readable back as last year's results.</summary>
internal static class CsvReport
{
    public static void Write(ScoreReport report, TextWriter output)
    {
        Header(report.RuleSet, report.HasPrevious, output);
        foreach (var row in report.Rows)
        {
            Row(row, report.HasPrevious, output);
        }
    }

    public static void Header(Definitions.RuleSet ruleSet, bool hasPrevious, TextWriter output)
    {
        var header = new List<string> { "rank", "id", "name", "total", "maxTotal", "classification", "sipas", "meetsTargets" };
        if (hasPrevious)
        {
            header.AddRange(["previousTotal", "previousRank", "deltaPoints", "deltaRank", "improvedBoth"]);
        }

        header.AddRange(ruleSet.Criteria.Select(c => c.Id));
        output.WriteLine(string.Join(",", header.Select(Quote)));
    }

    public static void Row(UnitRow row, bool hasPrevious, TextWriter output)
    {
        var card = row.Card;
        var cells = new List<string>
        {
            row.Ranked.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), card.UnitId, card.UnitName,
            Text.Invariant(card.Total), Text.Invariant(card.MaxTotal), card.Classification,
            card.Sipas is { } s ? Text.Invariant(s) : string.Empty, card.MeetsTargets ? "true" : "false",
        };
        if (hasPrevious)
        {
            cells.Add(row.PreviousTotal is { } pt ? Text.Invariant(pt) : string.Empty);
            cells.Add(row.PreviousRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            cells.Add(row.DeltaPoints is { } dp ? Text.Invariant(dp) : string.Empty);
            cells.Add(row.DeltaRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            cells.Add(row.ImprovedBoth is { } b ? (b ? "true" : "false") : string.Empty);
        }

        cells.AddRange(card.Criteria.Select(c => Text.Invariant(c.Points)));
        output.WriteLine(string.Join(",", cells.Select(Quote)));
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
