using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as CSV, written with CsvHelper: one row per unit with every criterion's points; readable back as last year's results.</summary>
internal static class CsvReport
{
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="excelVi">For Vietnamese Excel: semicolons, a decimal comma and a byte-order mark, which is how it opens a CSV as UTF-8 with Vietnamese numbers; the default (commas, decimal points) is what programs and --previous read.</param>
    public static void Write(ScoreReport report, TextWriter output, bool excelVi = false)
    {
        // The platform's line ending, as the other text outputs; CsvHelper quotes a cell holding a comma, a quote or a line break.
        using var csv = Open(output, excelVi);
        var number = Number(excelVi);
        foreach (var cell in Header(report))
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        var columns = Columns.Of(report);
        foreach (var row in report.InputOrder)
        {
            foreach (var cell in Cells(row, report.HasPrevious, columns, number))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    private static IEnumerable<string> Header(ScoreReport report)
    {
        string[] unit = ["rank", "id", "name", "total", "maxTotal", "classification", "sipas", "meetsTargets"];
        var columns = Columns.Of(report);
        string[] types = columns.Types ? ["type", "typeRank"] : [];
        string[] parts = columns.Parts ? ["base", "bonus", "penalty", "applicableMaxPoints"] : [];
        string[] claims = columns.Claims ? ["claimedTotal"] : [];
        string[] movement = report.HasPrevious ? ["previousTotal", "previousRank", "deltaPoints", "deltaRank", "improvedBoth"] : [];
        return [.. unit, .. types, .. parts, .. claims, .. movement, .. report.RuleSet.Criteria.Select(c => c.Id)];
    }

    /// <summary>
    /// The optional columns, each only when some unit needs it, so a batch that uses none of the assessment's features
    /// reads exactly as before: types, the total's make-up (a rule set with bonus or penalty areas, or a unit with
    /// excluded criteria), and the claimed total.
    /// </summary>
    private readonly record struct Columns(bool Types, bool Parts, bool Claims)
    {
        public static Columns Of(ScoreReport report) => new(
            report.InputOrder.Any(r => r.Card.UnitType is not null),
            report.InputOrder.Any(r => r.Card.ApplicableMaxPoints != r.Card.MaxTotal || r.Card.Bonus != 0m || r.Card.Penalty != 0m)
                || (report.InputOrder.Count > 0 && report.InputOrder[0].Card.Areas.Any(a => a.Kind != "base")),
            report.InputOrder.Any(r => r.Card.ClaimedTotal is not null));
    }

    /// <summary>A CSV writer in the plain or the Vietnamese-Excel style; the latter starts with a byte-order mark.</summary>
    public static CsvWriter Open(TextWriter output, bool excelVi)
    {
        if (excelVi)
        {
            output.Write('\uFEFF');
        }

        return new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = Environment.NewLine, Delimiter = excelVi ? ";" : "," }, leaveOpen: true);
    }

    /// <summary>How numbers are written: with a decimal point, or for Vietnamese Excel a decimal comma (never a thousands separator, which Excel would take for a decimal).</summary>
    public static Func<decimal, string> Number(bool excelVi) =>
        excelVi ? value => value.ToString("0.##", Texts.Numbers(Language.Vi)) : Text.Invariant;

    private static IEnumerable<string> Cells(UnitRow row, bool hasPrevious, Columns columns, Func<decimal, string> number)
    {
        var card = row.Card;
        yield return row.Ranked.Rank.ToString(CultureInfo.InvariantCulture);
        yield return Text.CsvText(card.UnitId);
        yield return Text.CsvText(card.UnitName);
        yield return number(card.Total);
        yield return number(card.MaxTotal);
        yield return card.Classification;
        yield return card.Sipas is { } sipas ? number(sipas) : string.Empty;
        yield return Flag(card.MeetsTargets);
        if (columns.Types)
        {
            yield return Text.CsvText(card.UnitType ?? string.Empty);
            yield return row.Ranked.RankInType?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (columns.Parts)
        {
            yield return number(card.Base);
            yield return number(card.Bonus);
            yield return number(card.Penalty);
            yield return number(card.ApplicableMaxPoints);
        }

        if (columns.Claims)
        {
            yield return card.ClaimedTotal is { } claimed ? number(claimed) : string.Empty;
        }

        if (hasPrevious)
        {
            yield return row.PreviousTotal is { } total ? number(total) : string.Empty;
            yield return row.PreviousRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            yield return row.DeltaPoints is { } points ? number(points) : string.Empty;
            yield return row.DeltaRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            yield return row.ImprovedBoth is { } both ? Flag(both) : string.Empty;
        }

        // Points only: building each criterion's whole result (parts, hint) for them doubled the time to write a row.
        for (var i = 0; i < card.Criteria.Count; i++)
        {
            yield return number(card.PointsAt(i));
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
