using System.Globalization;
using System.Text;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as CSV: one row per unit with every criterion's points; readable back as last year's results.</summary>
/// <remarks>
/// A row is built from two rank-free segments (<see cref="Middle"/> and <see cref="PointsCells"/>) joined by the
/// cells that depend on the rank (<see cref="Assemble"/>), so the streamed output can score each unit once, keep
/// the segments on disk, and add the ranks when every total is known.
/// </remarks>
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

    public static void Header(RuleSet ruleSet, bool hasPrevious, TextWriter output)
    {
        var header = new List<string> { "rank", "id", "name", "total", "maxTotal", "classification", "sipas", "meetsTargets" };
        if (hasPrevious)
        {
            header.AddRange(["previousTotal", "previousRank", "deltaPoints", "deltaRank", "improvedBoth"]);
        }

        header.AddRange(ruleSet.Criteria.Select(c => c.Id));
        output.WriteLine(string.Join(",", header.Select(Quote)));
    }

    public static void Row(UnitRow row, bool hasPrevious, TextWriter output) =>
        Assemble(row.Ranked.Rank, Middle(row.Card, row.PreviousTotal, row.PreviousRank, hasPrevious), row.DeltaPoints, row.PreviousRank, hasPrevious,
            PointsCells(row.Card), output);

    /// <summary>The cells from <c>id</c> to <c>deltaPoints</c>: none depends on the rank.</summary>
    public static string Middle(Scorecard card, decimal? previousTotal, int? previousRank, bool hasPrevious)
    {
        var cells = new StringBuilder();
        cells.Append(Quote(card.UnitId)).Append(',').Append(Quote(card.UnitName)).Append(',')
            .Append(Text.Invariant(card.Total)).Append(',').Append(Text.Invariant(card.MaxTotal)).Append(',')
            .Append(Quote(card.Classification)).Append(',')
            .Append(card.Sipas is { } s ? Text.Invariant(s) : string.Empty).Append(',')
            .Append(card.MeetsTargets ? "true" : "false");
        if (hasPrevious)
        {
            cells.Append(',').Append(previousTotal is { } pt ? Text.Invariant(pt) : string.Empty)
                .Append(',').Append(previousRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)
                .Append(',').Append(previousTotal is { } p ? Text.Invariant(card.Total - p) : string.Empty);
        }

        return cells.ToString();
    }

    /// <summary>Every criterion's points, in rule-file order.</summary>
    public static string PointsCells(Scorecard card)
    {
        var cells = new StringBuilder();
        for (var i = 0; i < card.Criteria.Count; i++)
        {
            cells.Append(i == 0 ? string.Empty : ",").Append(Text.Invariant(card.Criteria[i].Points));
        }

        return cells.ToString();
    }

    /// <summary>Writes a row: the rank, the middle, the movement (which depends on the rank), the points.</summary>
    public static void Assemble(int rank, string middle, decimal? deltaPoints, int? previousRank, bool hasPrevious, string points, TextWriter output)
    {
        output.Write(rank.ToString(CultureInfo.InvariantCulture));
        output.Write(',');
        output.Write(middle);
        if (hasPrevious)
        {
            var (deltaRank, improvedBoth) = UnitRow.Movement(deltaPoints, previousRank, rank);
            output.Write(',');
            output.Write(deltaRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            output.Write(',');
            output.Write(improvedBoth is { } b ? (b ? "true" : "false") : string.Empty);
        }

        output.Write(',');
        output.WriteLine(points);
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
