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
    ];
}
