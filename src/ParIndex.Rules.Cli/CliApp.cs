using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli;

/// <summary>The <c>parindex</c> command tree. Every command writes to the writers it is given, so tests run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal = false)
    {
        var root = Build(output, error, isTerminal);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'parindex --help' or 'parindex COMMAND --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
    }

    private static RootCommand Build(TextWriter output, TextWriter error, bool isTerminal)
    {
        var rules = new Option<string>("--rules")
        {
            Description = "The rule set folder (default: the bundled rules/commune-2025).",
            DefaultValueFactory = _ => Inputs.DefaultRules,
            HelpName = "DIR",
        };
        var english = new Option<string>("--lang")
        {
            Description = "The language of text output: vi (default, decimal comma) or en.",
            DefaultValueFactory = _ => "vi",
        };
        english.AcceptOnlyFromAmong("vi", "en");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var overlay = new Option<string?>("--overlay")
        {
            Description = "An overlay file applied to the rule set before loading (a province's own thresholds, say).",
            HelpName = "FILE",
        };

        var root = new RootCommand("parindex: score communes on the PAR Index and SIPAS from declarative rule files; validate and test rule sets.");
        root.Subcommands.Add(ScoreCommand(rules, overlay, english, quiet, output, error, isTerminal));
        root.Subcommands.Add(ValidateCommand(rules, overlay, output));
        root.Subcommands.Add(TestCommand(rules, overlay, output, error));
        root.Subcommands.Add(ExplainCommand(rules, overlay, english, output, error));
        root.Subcommands.Add(PlanCommand(rules, overlay, english, output, error));
        return root;
    }

    private static Argument<string[]> InputArgument() => new("INPUT")
    {
        Description = "Snapshot files (.json, .csv or .xlsx); several are merged. Default: the bundled sample district (samples/phu-binh-2025.json).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static Command ScoreCommand(Option<string> rules, Option<string?> overlay, Option<string> lang, Option<bool> quiet, TextWriter output, TextWriter error, bool isTerminal)
    {
        var inputs = InputArgument();
        var format = new Option<string>("--format", "-f") { Description = "table (default), json, csv or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "md");
        var file = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the console.", HelpName = "FILE" };
        var unit = new Option<string?>("--unit") { Description = "Show one unit's full card.", HelpName = "ID" };
        var previous = new Option<string?>("--previous") { Description = "Last year's results (the JSON this command writes, or a CSV id,total,rank): adds Δ points, Δ rank and whether the unit improved in both.", HelpName = "FILE" };
        var command = new Command("score", """
            Score units, rank them and show each unit's deductions.
            Examples:
              parindex score
              parindex score district.csv --previous results-2024.csv
              parindex score units.json --format json --output results-2025.json
              parindex score --unit dao-xa
            """)
        {
            inputs, rules, overlay, format, file, unit, previous, lang, quiet,
        };
        command.SetAction(parse =>
        {
            var ruleSet = Inputs.LoadRules(parse.GetValue(rules)!, parse.GetValue(overlay), error);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var paths = InputPaths(parse.GetValue(inputs));
            var scorer = Scorer.Compile(ruleSet);

            // The bundled sample district comes with last year's results, so the default run shows the comparison too.
            var previousPath = parse.GetValue(previous) ?? (parse.GetValue(inputs) is { Length: > 0 } ? null : Inputs.DefaultPrevious);
            var previousResults = previousPath is null ? null : Inputs.ReadPrevious(previousPath);
            if (parse.GetValue(format) is "csv" or "json" && parse.GetValue(unit) is null)
            {
                return StreamScore(scorer, paths, parse.GetValue(format)!, parse.GetValue(file), previousResults, isTerminal && !parse.GetValue(quiet), output, error);
            }

            var batch = Inputs.ReadUnits(paths, ruleSet);
            var showProgress = isTerminal && !parse.GetValue(quiet) && batch.Snapshots.Count >= 1000;
            var cards = showProgress ? ScoreWithProgress(scorer, batch.Snapshots, error) : scorer.ScoreMany(batch.Snapshots);
            var report = ScoreReport.Build(ruleSet, cards, batch, previousResults);
            var isEnglish = parse.GetValue(lang) == "en";

            if (parse.GetValue(unit) is { } unitId)
            {
                var row = report.Rows.FirstOrDefault(r => r.Card.UnitId == unitId)
                    ?? throw NoSuchUnit(unitId, report.Rows.Select(r => r.Card.UnitId));
                report = report with { Rows = [row] };
            }

            WriteTo(parse.GetValue(file), output, writer =>
            {
                switch (parse.GetValue(format))
                {
                    case "json":
                        JsonReport.Write(report, writer);
                        break;
                    case "csv":
                        CsvReport.Write(report, writer);
                        break;
                    case "md":
                        MarkdownReport.Write(report, writer, isEnglish);
                        break;
                    default:
                        if (parse.GetValue(unit) is not null)
                        {
                            TableReport.WriteCard(report.Rows[0], writer, isEnglish);
                        }
                        else
                        {
                            TableReport.Write(report, writer, isEnglish);
                        }

                        break;
                }
            });

            return ReportProblems(batch, error);
        });
        return command;
    }

    /// <summary>
    /// Streams CSV and JSON output, so the memory used does not grow with the number of units. CSV scores each
    /// unit once: its rank-free cells go to a temporary file and its total to a list, then the rows are copied
    /// out with their ranks. JSON, whose unit objects are nested, scores twice: the first pass keeps only the
    /// totals, the second writes each unit as it comes. Either way units come in input order, each with its rank.
    /// </summary>
    private static int StreamScore(Scorer scorer, List<string> paths, string format, string? outputPath,
        IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous, bool showProgress, TextWriter output, TextWriter error)
    {
        var errors = new List<InputProblem>();
        var warnings = new List<InputProblem>();
        var units = Inputs.StreamUnits(paths, scorer.RuleSet, errors, warnings);
        if (format == "csv")
        {
            SpoolCsv(scorer, units, previous, showProgress, outputPath, output, error);
        }
        else
        {
            RescoreJson(scorer, units, Inputs.StreamUnits(paths, scorer.RuleSet, null, null), (errors, warnings), previous, showProgress, outputPath, output, error);
        }

        return ReportProblems(errors, warnings, error);
    }

    private static void SpoolCsv(Scorer scorer, IEnumerable<IndicatorSnapshot> units, IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous,
        bool showProgress, string? outputPath, TextWriter output, TextWriter error)
    {
        var hasPrevious = previous is not null;

        // The output is opened first, so a path that cannot be written fails before the inputs are scored.
        WriteTo(outputPath, output, csv =>
        {
            using var spool = CreateSpool();
            var totals = new List<decimal>();
            using (var writer = new BinaryWriter(spool, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                foreach (var card in scorer.ScoreStream(units, BatchOptions.Default, showProgress ? new Counter(error) : null))
                {
                    var (previousTotal, previousRank) = UnitRow.Previous(previous, card.UnitId);
                    totals.Add(card.Total);
                    writer.Write(card.Total);
                    writer.Write(previousRank ?? -1);
                    writer.Write(card.Total - previousTotal ?? 0m);
                    writer.Write(CsvReport.Middle(card, previousTotal, previousRank, hasPrevious));
                    writer.Write(CsvReport.PointsCells(card));
                }
            }

            if (showProgress)
            {
                error.WriteLine();
            }

            var ranks = new RankTable(totals);
            var progress = showProgress && ranks.Count >= 1000 ? new ProgressBar(error, ranks.Count) : null;
            spool.Position = 0;
            using var reader = new BinaryReader(spool, System.Text.Encoding.UTF8, leaveOpen: true);
            CsvReport.Header(scorer.RuleSet, hasPrevious, csv);
            for (var i = 0; i < ranks.Count; i++)
            {
                var total = reader.ReadDecimal();
                var previousRank = reader.ReadInt32();
                var deltaPoints = reader.ReadDecimal();
                CsvReport.Assemble(ranks.RankOf(total), reader.ReadString(), previousRank < 0 ? null : deltaPoints, previousRank < 0 ? null : previousRank,
                    hasPrevious, reader.ReadString(), csv);
                if (progress is not null && ((i + 1) % 1000 == 0 || i + 1 == ranks.Count))
                {
                    progress.Report(i + 1);
                }
            }

            if (progress is not null)
            {
                error.WriteLine();
            }
        });
    }

    /// <summary>A temporary file for the rows waiting for their ranks, deleted when closed.</summary>
    private static FileStream CreateSpool()
    {
        try
        {
            return new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot create a temporary file in '{Path.GetTempPath()}' for the CSV rows waiting for their ranks: {e.Message} Point TMPDIR (TEMP on Windows) at a writable folder, or use --format table.");
        }
    }

    private static void RescoreJson(Scorer scorer, IEnumerable<IndicatorSnapshot> firstPass, IEnumerable<IndicatorSnapshot> secondPass,
        (List<InputProblem> Errors, List<InputProblem> Warnings) problems, IReadOnlyDictionary<string, (decimal Total, int Rank)>? previous, bool showProgress, string? outputPath, TextWriter output, TextWriter error)
    {
        var ranks = new RankTable(scorer.ScoreStream(firstPass, BatchOptions.Default).Select(c => c.Total));

        var hasPrevious = previous is not null;
        var progress = showProgress && ranks.Count >= 1000 ? new ProgressBar(error, ranks.Count) : null;
        WriteTo(outputPath, output, writer =>
        {
            var json = JsonReport.Start(scorer.RuleSet, writer);
            foreach (var card in scorer.ScoreStream(secondPass, BatchOptions.Default, progress))
            {
                JsonReport.Unit(json, UnitRow.Of(new RankedScorecard(ranks.RankOf(card.Total), card), previous), hasPrevious);
            }

            JsonReport.End(json, problems.Errors, problems.Warnings, writer);
            ((IDisposable)json).Dispose();
        });

        if (progress is not null)
        {
            error.WriteLine();
        }
    }

    private static IReadOnlyList<Scorecard> ScoreWithProgress(Scorer scorer, IReadOnlyList<IndicatorSnapshot> units, TextWriter error)
    {
        var cards = scorer.ScoreMany(units, progress: new ProgressBar(error, units.Count));
        error.WriteLine();
        return cards;
    }

    /// <summary>A count of units scored on stderr, while the total is not yet known.</summary>
    private sealed class Counter(TextWriter error) : IProgress<int>
    {
        public void Report(int value) => error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value} units scored"));
    }

    /// <summary>A bar on stderr; synchronous, unlike <see cref="Progress{T}"/>, so it never prints after the report.</summary>
    private sealed class ProgressBar(TextWriter error, int total) : IProgress<int>
    {
        public void Report(int value)
        {
            var bar = new string('█', value * 30 / Math.Max(1, total)).PadRight(30, '░');
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{bar} {value}/{total}"));
        }
    }

    private static Command ValidateCommand(Option<string> rules, Option<string?> overlay, TextWriter output)
    {
        var command = new Command("validate", """
            List every problem of a rule set as file(line,col): path: message.
            Examples:
              parindex validate
              parindex validate --rules rules/commune-2025
              parindex validate --overlay thai-nguyen.json
            """)
        {
            rules, overlay,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(rules)!;
            IReadOnlyList<RuleProblem> problems;
            try
            {
                problems = parse.GetValue(overlay) is { } overlayPath
                    ? ValidateWithOverlay(folder, overlayPath)
                    : RuleSetLoader.Validate(folder);
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UsageException(e.Message);
            }

            foreach (var problem in problems)
            {
                output.WriteLine(problem);
            }

            output.WriteLine(problems.Count == 0
                ? $"{folder}: no problems."
                : string.Create(CultureInfo.InvariantCulture, $"{folder}: {problems.Count} problem(s)."));
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.RuleProblems;
        });
        return command;
    }

    private static IReadOnlyList<RuleProblem> ValidateWithOverlay(string folder, string overlayPath)
    {
        try
        {
            RuleSetLoader.LoadFolder(folder, Inputs.ReadOverlay(overlayPath));
            return [];
        }
        catch (RuleSetLoadException e)
        {
            return e.Problems;
        }
    }

    private static Command TestCommand(Option<string> rules, Option<string?> overlay, TextWriter output, TextWriter error)
    {
        var filter = new Option<string?>("--filter") { Description = "Run only cases whose criterion id or name contains this text.", HelpName = "TEXT" };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json or junit.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "junit");
        var command = new Command("test", """
            Run every test case written in the rule files; show actual against expected for each failure and what no case covers.
            Examples:
              parindex test
              parindex test --filter 3.2.1
              parindex test --format junit > rule-tests.xml
            """)
        {
            rules, overlay, filter, format,
        };
        command.SetAction(parse =>
        {
            var ruleSet = Inputs.LoadRules(parse.GetValue(rules)!, parse.GetValue(overlay), error);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var results = RuleCaseRunner.RunAll(Scorer.Compile(ruleSet));
            if (parse.GetValue(filter) is { } text)
            {
                results = results.Where(r => r.CriterionId.Contains(text, StringComparison.OrdinalIgnoreCase) || r.Case.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
            }

            var coverage = Coverage.Of(ruleSet, results, parse.GetValue(filter));
            TestReport.Write(parse.GetValue(format)!, ruleSet, results, coverage, output);
            return results.All(r => r.Passed) && coverage.CriteriaWithoutCases.Count == 0 ? ExitCodes.Success : ExitCodes.RuleProblems;
        });
        return command;
    }

    private static Command ExplainCommand(Option<string> rules, Option<string?> overlay, Option<string> lang, TextWriter output, TextWriter error)
    {
        var unit = new Argument<string>("UNIT") { Description = "The unit's id, such as dao-xa." };
        var inputs = InputArgument();
        var command = new Command("explain", """
            Show, for one unit, every criterion's values, the rate as computed, the requirement, the band reached, points, deduction and hint.
            Examples:
              parindex explain dao-xa
              parindex explain tan-duc district.csv --lang en
            """)
        {
            unit, inputs, rules, overlay, lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = Inputs.LoadRules(parse.GetValue(rules)!, parse.GetValue(overlay), error);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var batch = Inputs.ReadUnits(InputPaths(parse.GetValue(inputs)), ruleSet);
            var id = parse.GetValue(unit)!;
            var snapshot = batch.Snapshots.FirstOrDefault(s => s.Id == id)
                ?? throw NoSuchUnit(id, batch.Snapshots.Select(s => s.Id));
            var card = Scorer.Compile(ruleSet).Score(snapshot);
            ExplainReport.Write(ruleSet, card, output, parse.GetValue(lang) == "en");
            return ReportProblems(new SnapshotBatch(batch.Period, batch.Snapshots, batch.Errors.Where(e => e.UnitId == id).ToList(), []), error);
        });
        return command;
    }

    private static Command PlanCommand(Option<string> rules, Option<string?> overlay, Option<string> lang, TextWriter output, TextWriter error)
    {
        var inputs = InputArgument();
        var asOf = new Option<string?>("--as-of") { Description = "Flag items whose deadline is before this date (yyyy-MM-dd) as overdue.", HelpName = "DATE" };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's plan.", HelpName = "ID" };
        var command = new Command("plan", """
            Turn deductions into each unit's remediation plan, grouped by lead unit, biggest recovery first.
            Examples:
              parindex plan
              parindex plan district.csv --as-of 2025-10-01 --unit dao-xa
            """)
        {
            inputs, rules, overlay, asOf, unit, lang,
        };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } text)
            {
                date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new UsageException($"--as-of '{text}' is not a date; write it yyyy-MM-dd.");
            }

            var ruleSet = Inputs.LoadRules(parse.GetValue(rules)!, parse.GetValue(overlay), error);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var batch = Inputs.ReadUnits(InputPaths(parse.GetValue(inputs)), ruleSet);
            var cards = Scorer.Compile(ruleSet).ScoreMany(batch.Snapshots);
            if (parse.GetValue(unit) is { } id)
            {
                cards = cards.Where(c => c.UnitId == id).ToList();
                if (cards.Count == 0)
                {
                    throw new UsageException($"No unit '{id}' among the inputs.");
                }
            }

            PlanReport.Write(cards, date, output, parse.GetValue(lang) == "en");
            return ReportProblems(batch, error);
        });
        return command;
    }

    private static UsageException NoSuchUnit(string id, IEnumerable<string> ids) =>
        new($"No unit '{id}' among the inputs; ids are: {string.Join(", ", ids.Order(StringComparer.Ordinal))}.");

    private static List<string> InputPaths(string[]? given) =>
        given is { Length: > 0 } ? [.. given] : [Inputs.DefaultSample];

    private static void WriteTo(string? path, TextWriter console, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(console);
            return;
        }

        StreamWriter file;
        try
        {
            file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write the output file '{path}': {e.Message} Check that its folder exists and is writable.");
        }

        using (file)
        {
            write(file);
        }
    }

    private static int ReportProblems(SnapshotBatch batch, TextWriter error) => ReportProblems(batch.Errors, batch.Warnings, error);

    private static int ReportProblems(IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings, TextWriter error)
    {
        foreach (var warning in warnings)
        {
            error.WriteLine("warning: " + warning);
        }

        foreach (var problem in errors)
        {
            error.WriteLine("error: " + problem);
        }

        return errors.Count > 0 ? ExitCodes.InputProblems : ExitCodes.Success;
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
