namespace ParIndex.Rules.Cli.Reports;

/// <summary>The score report as JSON: the library's contract (<see cref="JsonContract"/>), fed from the report.</summary>
internal static class JsonReport
{
    public static void Write(ScoreReport report, TextWriter output) =>
        JsonContract.Write(output, report.RuleSet, report.InputOrder.Select(r => r.Ranked), report.Previous, report.Merge, report.Errors, report.Warnings);

    public static void Property(Newtonsoft.Json.JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>Writes a number as the shortest JSON number (8, not 8.0), so output is stable and reads as the spec writes it.</summary>
    public static void Number(Newtonsoft.Json.JsonTextWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            json.WriteRawValue(Text.Invariant(number));
        }
        else
        {
            json.WriteNull();
        }
    }
}
