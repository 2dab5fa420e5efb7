using System.CommandLine;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex score</c>: read → score → rank → write, the same path for every format.</summary>
/// <remarks>
/// The whole batch is held: a province is hundreds to a few thousand communes (3,321 commune-level units in the
/// country since 1 July 2025), which takes a few megabytes; a scorecard keeps about 1.2 KB. Streaming, which the
/// CSV and JSON outputs once did, cost a second scoring path and bought nothing at that size (benchmarks/README.md).
/// </remarks>
internal static class ScoreCommand
{
    public static Command Create(CommandContext context)
    {
        var o = NewOptions();
        var store = new StoreOptions();
        var command = new Command("score", CommandContext.Describe("cli.score-units-rank-them-and-show",
            "parindex score", "parindex score district.csv --previous results-2024.csv", "parindex score units.json --format json --output results-2025.json", "parindex score --unit dao-xa"))
        {
            o.Inputs, context.Rules, context.Overlay, context.AsOf, context.Deadline, context.Claims, context.Appraisal, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Merge,
            o.Format, o.ExcelVi, o.Top, o.Summary, o.Output, o.Unit, o.ByType, o.Previous, o.Heading, store.Db, store.Record, store.By, store.Round, context.Lang, context.Quiet,
        };
        command.SetAction(parse => Run(context, parse, o, store));
        return command;
    }

    /// <summary>The options of <c>score</c> beyond those every command shares.</summary>
    private sealed record Options(
        Argument<string[]> Inputs, Option<string> Format, Option<bool> ExcelVi, Option<int?> Top, Option<bool> Summary,
        Option<string?> Output, Option<bool> ByType, Option<string?> Unit, Option<string?> Previous, Option<string?> Heading);

    private static Options NewOptions()
    {
        var inputs = CommandContext.InputArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = Words.Tell("cli.table-default-json-csv-a-row"),
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "csv-long", "md", "html", "xlsx");
        var excelVi = new Option<bool>("--excel-vi")
        {
            Description = Words.Tell("cli.csv-for-vietnamese-excel-semicolons-a"),
        };
        var top = new Option<int?>("--top") { Description = Words.Tell("cli.table-and-markdown-only-the-top"), HelpName = "N", CustomParser = CommandContext.PositiveWhole };
        var summary = new Option<bool>("--summary") { Description = Words.Tell("cli.table-and-markdown-the-ranking-only") };
        var output = new Option<string?>("--output", "-o") { Description = Words.Tell("cli.write-the-report-to-this-file"), HelpName = "FILE" };
        var byType = new Option<bool>("--by-type") { Description = Words.Tell("cli.table-and-markdown-add-a-ranking") };
        var unit = new Option<string?>("--unit") { Description = Words.Tell("cli.show-one-unit-s-full-card"), HelpName = "ID" };
        var previous = new Option<string?>("--previous") { Description = Words.Tell("cli.last-year-s-results-the-json"), HelpName = "FILE" };
        var heading = new Option<string?>("--heading")
        {
            Description = Words.Tell("cli.html-a-line-above-the-report"),
            HelpName = "TEXT",
        };
        return new Options(inputs, format, excelVi, top, summary, output, byType, unit, previous, heading);
    }

    private static int Run(CommandContext context, ParseResult parse, Options o, StoreOptions storeOptions)
    {
        var given = parse.GetValue(o.Inputs);

        // The bundled sample district comes with last year's results, so the default run shows the comparison too.
        var previousPath = parse.GetValue(o.Previous) ?? (given is { Length: > 0 } ? null : Inputs.DefaultPrevious);
        var outputPath = parse.GetValue(o.Output);
        RefuseOutputOverInput(outputPath, [.. CommandContext.InputPaths(given), .. previousPath is null ? Array.Empty<string>() : [previousPath]]);

        var ruleSet = context.LoadRules(parse);
        if (ruleSet is null)
        {
            return ExitCodes.RuleProblems;
        }

        if (parse.GetValue(o.Heading) is not null && parse.GetValue(o.Format) != "html")
        {
            // A heading the format has no place for would be dropped without a word.
            throw new UsageException(Words.Tell("cli.heading-is-for-format-html-only"));
        }

        if (parse.GetValue(o.Format) == "xlsx" && outputPath is null)
        {
            throw new UsageException(Words.Tell("cli.format-xlsx-writes-a-workbook-give"));
        }

        // Opened before the work, so an output that cannot be written fails at once.
        using var target = outputPath is null ? null : OutputFile.Open(outputPath);
        var previousResults = previousPath is null ? null : ReadPrevious(previousPath);
        using var store = storeOptions.OpenForScore(parse, given);

        // With a store, last period comes from it. The period is the one every input states, by the rule the batch's
        // own period follows (a JSON file states one; a CSV or XLSX none, so then there is none).
        var periods = CommandContext.InputPaths(given).Select(Inputs.JsonPeriod).Distinct(StringComparer.Ordinal).ToList();
        previousResults ??= store?.PreviousOf(periods is [{ } period] ? period : null);
        var scored = context.ReadAndScore(parse, given, ruleSet, previousResults);

        // A unit asked for that is not there is a usage error found before anything is recorded.
        var report = ScoreReport.Of(scored);
        if (parse.GetValue(o.Unit) is { } unitId)
        {
            var row = report.Rows.FirstOrDefault(r => r.Card.UnitId == unitId)
                ?? throw context.NoSuchUnit(unitId, report.Rows.Select(r => r.Card.UnitId), scored.Errors, scored.Warnings);
            report = report.Only(row);
        }

        return Deliver(context, parse, o, storeOptions, store, target, scored, report);
    }

    /// <summary>Records the run (with a store) and writes the report, so that no report shows a run the store lacks.</summary>
    private static int Deliver(CommandContext context, ParseResult parse, Options o, StoreOptions storeOptions, Store.ResultStore? store, OutputFile? target, ScoredBatch scored, ScoreReport report)
    {
        // A report never shows a run the store does not hold, and the run is recorded while the report is written (both
        // read one immutable result; the second core does the other): into a file, beside its target, committed only once
        // the run is held; to the screen, held back until the run is. Only a device is written after.
        var overlap = store is not null && target is not { WritesInPlace: true };
        var recording = store is null ? null : overlap
            ? Task.Run(() => Record(store, scored, storeOptions.Who(parse)))
            : Task.FromResult(Record(store, scored, storeOptions.Who(parse)));
        if (!overlap)
        {
            Recorded(context, store, recording);
        }

        using var held = overlap && target is null ? new HeldWriter(context.Output, recording!) : null;
        IReadOnlyList<InputProblem> changed;
        try
        {
            changed = Write(parse, o, scored, report, target, held ?? context.Output);
        }
        finally
        {
            // Written or not, the recording is waited for: a run is never left half-told when the tool stops.
            if (overlap)
            {
                ((Task)recording!).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            }
        }

        if (overlap)
        {
            Recorded(context, store, recording);
        }

        target?.Commit();
        held?.Release();
        return context.ReportProblems(scored.Errors, [.. scored.Warnings, .. changed]);
    }

    /// <summary>Records the run; a store that refuses it is a usage problem, told once the recording is waited for.</summary>
    private static Store.StoredRun Record(Store.ResultStore store, ScoredBatch scored, Store.RecordOptions who)
    {
        try
        {
            return store.Record(scored.Inputs, scored, who, scored.Source);
        }
        catch (Store.StoreException e)
        {
            throw new UsageException(e.MessageIn(Words.Language));
        }
    }

    /// <summary>Says which run was recorded, or throws the store's refusal.</summary>
    private static void Recorded(CommandContext context, Store.ResultStore? store, Task<Store.StoredRun>? recording)
    {
        if (store is null || recording is null)
        {
            return;
        }

        var run = recording.GetAwaiter().GetResult();
        context.Error.WriteLine(Words.Tell("cli.recorded-run-units-in", run.Run, run.Units, run.RuleSetId, run.RuleSetVersion, store.Path));
    }

    /// <summary>Writes the report in the format asked for.</summary>
    /// <returns>The workbook's cells whose text was changed to fit, to be told as warnings; none for other formats.</returns>
    private static IReadOnlyList<InputProblem> Write(ParseResult parse, Options o, ScoredBatch scored, ScoreReport report, OutputFile? target, TextWriter screen)
    {
        var writer = target?.Writer ?? screen;
        var english = Words.English;
        switch (parse.GetValue(o.Format))
        {
            case "json":
                JsonReport.Write(report, writer);
                break;
            case "csv":
                CsvContract.Write(writer, scored, parse.GetValue(o.ExcelVi), report.InputOrder.Select(r => r.Ranked));
                break;
            case "csv-long":
                CsvContract.WriteLong(writer, scored, parse.GetValue(o.ExcelVi), Text.Lang(english), report.InputOrder.Select(r => r.Ranked));
                break;
            case "xlsx":
                return WorkbookReport.Write(target!.Stream, scored, Text.Lang(english));
            case "html":
                try
                {
                    ParIndex.Rules.Reports.HtmlReport.Write(writer, scored, Text.Lang(english), parse.GetValue(o.Heading));
                }
                catch (Exception e) when (e is DllNotFoundException || e.InnerException is DllNotFoundException)
                {
                    // The charts' native library ships for the common platforms only (the tool's .csproj says which).
                    throw new UsageException(Words.Tell("cli.the-report-s-charts-cannot-be", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier));
                }

                break;
            case "md":
                ParIndex.Rules.Reports.MarkdownReport.Write(writer, scored, Text.Lang(english), new ParIndex.Rules.Reports.MarkdownReportOptions
                {
                    ByType = parse.GetValue(o.ByType), Summary = parse.GetValue(o.Summary), Top = parse.GetValue(o.Top), Units = [.. report.Rows.Select(r => r.Ranked)],
                });
                break;
            default:
                if (parse.GetValue(o.Unit) is not null)
                {
                    TableReport.WriteCard(report.Rows[0], report.RuleSet, writer, english);
                }
                else
                {
                    TableReport.Write(report.Top(parse.GetValue(o.Top)), writer, english, parse.GetValue(o.ByType), parse.GetValue(o.Summary));
                }

                break;
        }

        return [];
    }

    /// <summary>Last year's results by the library's reader; a file that cannot be read at all is a usage error, as a missing input is.</summary>
    private static PreviousResults ReadPrevious(string path)
    {
        var previous = PreviousResults.ReadFile(path);
        return previous.Unreadable is { } problem
            ? throw new UsageException(Words.Tell("cli.previous-unreadable", path, new LocalizedText(problem.MessageIn(Language.Vi), problem.Message)))
            : previous;
    }

    /// <summary>Refuses an output path that is one of the inputs, before anything is opened: writing it would destroy what is being read.</summary>
    private static void RefuseOutputOverInput(string? output, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return;
        }

        var full = Path.GetFullPath(output);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)))
        {
            throw new UsageException(Words.Tell("cli.the-output-file-is-also-an", output));
        }
    }
}
