namespace ParIndex.Rules;

// The reports messages in English, by key, grouped by the file that tells them; the same keys in
// Messages.Vi.Reports.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] EnReports =>
    [
        // Reports/WorkbookWriter.cs
        ("reports.cell-text-cut", "the cell's text has {0} characters, more than the {1} a cell holds; it was cut and ends with '[cắt bớt / cut]', here and wherever the workbook repeats it. The JSON output holds it whole."),
        ("reports.cell-characters-dropped", "{0} characters a workbook cannot hold (control characters, U+FFFE, U+FFFF, unpaired surrogates) were left out of the cell's text, here and wherever the workbook repeats it."),

        // Reports/WorkbookReport.cs, Reports/InputTemplate.cs: the workbook's and the template's sheets and headings
        ("reports.rank", "Rank"),
        ("reports.rank-in-type", "Rank in type"),
        ("reports.type", "Type"),
        ("reports.id", "Id"),
        ("reports.unit", "Unit"),
        ("reports.total", "Total"),
        ("reports.class", "Class"),
        ("reports.targets-met", "Targets met"),
        ("reports.points", "Δ points"),
        ("reports.rank-2", "Δ rank"),
        ("reports.largest-deductions", "Largest deductions"),
        ("reports.ranking", "Ranking"),
        ("reports.merged", "merged"),
        ("reports.points-2", "points"),
        ("reports.criteria", "Criteria"),
        ("reports.areas", "Areas"),
        ("reports.values", "Values"),
        ("reports.criterion", "Criterion"),
        ("reports.status", "Status"),
        ("reports.points-3", "Points"),
        ("reports.deduction", "Deduction"),
        ("reports.hint", "Hint"),
        ("reports.lead", "Lead"),
        ("reports.support", "Support"),
        ("reports.deadline", "Deadline"),
        ("reports.hints", "Hints"),
        ("reports.from-the-figures", "From the figures"),
        ("reports.claimed", "Claimed"),
        ("reports.evidence", "Evidence"),
        ("reports.explanation", "Explanation"),
        ("reports.appraised", "Appraised"),
        ("reports.appraisal-rounds", "Appraisal rounds"),
        ("reports.final-points", "Final points"),
        ("reports.claimed-final", "Claimed − final"),
        ("reports.claims-appraisal", "Claims, appraisal"),
        ("reports.round", "Round"),
        ("reports.unit-type", "Unit type"),
        ("reports.unit-id", "Unit id"),
        ("reports.text-unique", "text, unique"),
        ("reports.unit-name", "Unit name"),
        ("reports.text", "text"),
        ("reports.count-whole-number", "count (whole number)"),
        ("reports.amount-in-vnd", "amount in VND"),
        ("reports.one-row-per-unit-below-the", "One row per unit, below the row of keys (row 2); leave the first two rows as they are."),
        ("reports.an-empty-cell-is-a-figure", "An empty cell is a figure not reported, never zero or no."),
        ("reports.numbers-as-numbers-1234567-or-written", "Numbers as numbers (1234567), or written 1.234.567 with a decimal comma (98,5)."),
        ("reports.data", "Data"),
        ("reports.instructions", "Instructions"),
        ("reports.how-to-fill-in", "How to fill in"),
        ("reports.key", "Key"),
        ("reports.column", "Column"),
        ("reports.value", "Value"),
    ];
}
