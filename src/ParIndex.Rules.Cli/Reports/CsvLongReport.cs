using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as a long CSV: one row per unit and criterion, with its status, value, points, deduction, the events needed and the hint; for pivot tables and filters.</summary>
internal static class CsvLongReport
{
    public static void Write(ScoreReport report, TextWriter output, bool excelVi, bool english)
    {
        using var csv = CsvReport.Open(output, excelVi);
        var number = CsvReport.Number(excelVi);
        string[] header = ["rank", "id", "name", "criterion", "area", "status", "value", "points", "maxPoints", "deduction", "needed", "hint", "lead", "support", "deadline",
            .. report.HasPrevious ? ["previousPoints", "deltaPoints"] : Array.Empty<string>()];
        foreach (var cell in header)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        foreach (var row in report.InputOrder)
        {
            foreach (var criterion in row.Card.Criteria)
            {
                // A criterion of several parts gives each part's value and events needed, in order, separated by " / ".
                string Parts(Func<PartResult, decimal?> pick) => string.Join(" / ", criterion.Parts.Select(p => pick(p) is { } v ? number(v) : string.Empty));
                string[] cells =
                [
                    row.Ranked.Rank.ToString(CultureInfo.InvariantCulture), Text.CsvText(row.Card.UnitId), Text.CsvText(row.Card.UnitName),
                    criterion.Id, criterion.Area, criterion.Status.ToWireName(), Parts(p => p.Value), number(criterion.Points), number(criterion.MaxPoints),
                    number(criterion.Deduction), Parts(p => p.Needed), Text.CsvText(criterion.Hint?.In(Text.Lang(english)) ?? string.Empty),
                    criterion.Lead, criterion.Support, criterion.Deadline.Text.In(Text.Lang(english)),
                    .. report.HasPrevious ? Previous(row, criterion, number) : [],
                ];
                foreach (var cell in cells)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }
    }

    /// <summary>Last year's points of the criterion and the change, when last year's results were this tool's JSON; empty cells otherwise.</summary>
    private static string[] Previous(UnitRow row, CriterionResult criterion, Func<decimal, string> number) =>
        row.Previous?.CriterionPoints?.TryGetValue(criterion.Id, out var was) == true ? [number(was), number(criterion.Points - was)] : [string.Empty, string.Empty];
}
