using System.CommandLine;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex diff OLD NEW</c>: what changed between two rule sets and, with units, which of them move and by how much.</summary>
internal static class DiffCommand
{
    public static Command Create(CommandContext context)
    {
        var before = new Argument<string>("OLD") { Description = Words.Tell("cli.the-old-rule-set-a-folder") };
        var after = new Argument<string>("NEW") { Description = Words.Tell("cli.the-new-rule-set-a-folder") };
        var units = new Option<string[]>("--units")
        {
            Description = Words.Tell("cli.figures-json-csv-xlsx-scored-under"),
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format")
        {
            Description = Words.Tell("cli.output-format-table-default-json-md"),
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|md|html|xlsx",
        };
        format.AcceptOnlyFromAmong("table", "json", "md", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = Words.Tell("cli.write-to-this-file-instead-of"), HelpName = "FILE" };
        var command = new Command("diff", CommandContext.Describe("cli.compare-two-rule-sets-each-criterion",
            "parindex diff rules/commune-2025 rules/commune-2026", "parindex diff commune-2025 tinh/commune-2025 --units so-lieu-2025.xlsx"))
        {
            before, after, units, format, output, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Lang,
        };
        command.SetAction(parse =>
        {
            var old = Inputs.LoadRules(parse.GetValue(before)!, null, context.Error);
            var now = Inputs.LoadRules(parse.GetValue(after)!, null, context.Error);
            if (old is null || now is null)
            {
                return ExitCodes.RuleProblems;
            }

            if (parse.GetValue(format) == "xlsx" && parse.GetValue(output) is null)
            {
                throw new UsageException(Words.Tell("cli.format-xlsx-writes-a-workbook-give"));
            }

            var diff = RuleSetDiff.Compare(old, now);
            var files = parse.GetValue(units);
            // Read under each set: an indicator only one of them knows is read for the set that uses it.
            SnapshotBatch? batch = files is { Length: > 0 } ? context.ReadUnits(parse, files, now) : null;
            var oldBatch = batch is null ? null : context.ReadUnits(parse, files, old);
            RuleSetImpact? impact = null;
            try
            {
                impact = batch is null ? null : RuleSetImpact.Of(Scorer.Compile(old), Scorer.Compile(now), oldBatch!.Snapshots, batch.Snapshots);
            }
            catch (ArgumentException)
            {
                throw new UsageException(Words.Tell("cli.the-two-rule-sets-read-different"));
            }

            Write(context, parse.GetValue(format)!, parse.GetValue(output), diff, impact);

            return batch is null ? ExitCodes.Success : context.ReportProblems(batch);
        });
        return command;
    }

    /// <summary>Writes the comparison in the format asked, to the console or a file replaced only when complete.</summary>
    private static void Write(CommandContext context, string format, string? output, RuleSetDiff diff, RuleSetImpact? impact)
    {
        using (var target = output is { } path ? OutputFile.Open(path) : null)
        {
            var writer = target?.Writer ?? context.Output;
            switch (format)
            {
                case "json":
                    DiffReport.WriteJson(diff, impact, writer);
                    break;
                case "xlsx":
                    RuleSetDiffWorkbook.Write(target!.Stream, diff, impact, Words.Language);
                    break;
                case "md" or "html":
                    ParIndex.Rules.Reports.RuleSetDiffReport.Write(writer, diff, impact,
                        format == "md" ? ParIndex.Rules.Reports.DiffFormat.Markdown : ParIndex.Rules.Reports.DiffFormat.Html, Words.Language);
                    break;
                default:
                    DiffReport.Write(diff, impact, writer, Words.Language);
                    break;
            }

            target?.Commit();
        }
    }
}
