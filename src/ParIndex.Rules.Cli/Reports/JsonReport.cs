namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as JSON: the library's contract (<see cref="JsonContract"/>), fed from the report.</summary>
internal static class JsonReport
{
    public static void Write(ScoreReport report, TextWriter output) =>
        JsonContract.Write(output, report.Batch, report.InputOrder.Select(r => r.Ranked));
}
