using System.CommandLine;
using System.Globalization;

namespace ParIndex.Rules.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RuleProblems = 1;
    public const int Usage = 2;
    public const int InputProblems = 3;
    public const int ReplayDiffers = 4;
}

/// <summary>Thrown for a mistake in how the tool was called; the message says how to call it right.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>What every command shares: the console, the options every command takes, and the steps they have in common (load the rules, read the units, report input problems, write an output).</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, bool isTerminal)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Option<string> Rules { get; } = new("--rules")
    {
        Description = Words.Tell("cli.a-rule-set-folder-a-rule", string.Join(", ", BundledRuleSets.Ids)),
        DefaultValueFactory = _ => Inputs.DefaultRules,
        HelpName = "DIR|XLSX|ID",
    };

    public Option<string?> Overlay { get; } = new("--overlay")
    {
        Description = Words.Tell("cli.an-overlay-file-applied-to-the"),
        HelpName = "FILE",
    };

    /// <summary>A claims file (CSV, XLSX or JSON, one row per unit and criterion) laid over the figures.</summary>
    public Option<string?> Claims { get; } = new("--claims")
    {
        Description = Words.Tell("cli.a-self-assessment-table-csv-xlsx"),
        HelpName = "FILE",
    };

    /// <summary>An appraisal file (CSV, XLSX or JSON, one row per unit, criterion and round) laid over the figures.</summary>
    public Option<string?> Appraisal { get; } = new("--appraisal")
    {
        Description = Words.Tell("cli.an-appraisal-table-csv-xlsx-or"),
        HelpName = "FILE",
    };

    /// <summary>Every criterion's remediation deadline for this run: next season's, where the rule set dates its own plan.</summary>
    public Option<DateOnly?> Deadline { get; } = new("--deadline")
    {
        Description = Words.Tell("cli.every-criterion-s-remediation-deadline-for"),
        HelpName = "DATE",
        CustomParser = Date,
    };

    /// <summary>A date as yyyy-MM-dd, or a parse error in the run's language (the command-line library's own says "System.Nullable`1").</summary>
    private static DateOnly? Date(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var name = (result.Parent as System.CommandLine.Parsing.OptionResult)?.Option.Name;
        result.AddError(Words.Tell("cli.needs-a-date-written-yyyy-mm", name, Text.Visible(text)));
        return null;
    }

    /// <summary>A whole number from 1, or a parse error in the run's language.</summary>
    public static int? PositiveWhole(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        var name = (result.Parent as System.CommandLine.Parsing.OptionResult)?.Option.Name;
        result.AddError(Words.Tell("cli.needs-a-positive-whole-number-not", name, Text.Visible(text)));
        return null;
    }

    /// <summary>The day the run is as of: the rule set in force on it is chosen from a folder of dated sets, and plans flag items overdue on it.</summary>
    public Option<DateOnly?> AsOf { get; } = new("--as-of")
    {
        Description = Words.Tell("cli.the-day-the-run-is-as"),
        HelpName = "DATE",
        CustomParser = Date,
    };

    public Option<string> Lang { get; } = Language();

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = Words.Tell("cli.no-progress-on-stderr") };

    public Option<string> NumberFormat { get; } = NumberFormatOption();

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = Words.Tell("cli.the-text-encoding-of-csv-and"),
        HelpName = "NAME",
    };

    public Option<string?> Sheet { get; } = new("--sheet")
    {
        Description = Words.Tell("cli.the-sheet-of-every-xlsx-input"),
        HelpName = "NAME",
    };

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = Words.Tell("cli.a-csv-file-mapping-a-province"),
        HelpName = "FILE",
    };

    public Option<string?> Merge { get; } = new("--merge")
    {
        Description = Words.Tell("cli.a-merge-map-csv-newid-newname"),
        HelpName = "MAP",
    };

    /// <summary>A new --output-dir option: one file per unit in this folder.</summary>
    public static Option<string?> OutputDirOption(string key) => new("--output-dir") { Description = Words.Tell(key), HelpName = "DIR" };

    /// <summary>A new --format option for the files of --output-dir: md (default), html or json.</summary>
    public static Option<string> UnitFileFormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = Words.Tell("cli.with-output-dir-md-default-html"),
            DefaultValueFactory = _ => "md",
            HelpName = "md|html|json",
        };
        format.AcceptOnlyFromAmong("md", "html", "json");
        return format;
    }

    /// <summary>A command's description in the run's language, with its examples.</summary>
    public static string Describe(string key, params string[] examples) =>
        Words.Tell(key) + Environment.NewLine + Words.Tell("cli.examples") + Environment.NewLine
        + string.Join(Environment.NewLine, examples.Select(e => "  " + e));

    /// <summary>A command's --format when it writes a terminal table or JSON.</summary>
    public static Option<string> TableOrJson()
    {
        var format = new Option<string>("--format")
        {
            Description = Words.Tell("cli.output-format-table-default-or-json"),
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>A new INPUT argument: each command owns its own.</summary>
    public static Argument<string[]> InputArgument() => new("INPUT")
    {
        Description = Words.Tell("cli.snapshot-files-json-csv-or-xlsx"),
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Progress is drawn only for a person at a terminal, for long batches, and never with --quiet.</summary>
    public bool ShowsProgress(ParseResult parse, int units) => isTerminal && !parse.GetValue(Quiet) && units >= 1000;

    /// <summary>Loads the rule set the command names, or prints every problem and returns null.</summary>
    public RuleSet? LoadRules(ParseResult parse) =>
        Inputs.LoadRules(parse.GetValue(Rules)!, parse.GetValue(Overlay), Error, Given(parse, Deadline), () => Given(parse, AsOf) ?? PeriodEnd(parse));

    /// <summary>
    /// The end of the inputs' assessment period, for choosing the rule set in force: a JSON batch's <c>"period"</c> when
    /// it is a year (<c>"2025"</c> ends on 2025-12-31) and every JSON input agrees; otherwise none, and --as-of must say.
    /// </summary>
    private static DateOnly? PeriodEnd(ParseResult parse)
    {
        var inputs = parse.CommandResult.Command.Arguments.Any(a => a.Name == "INPUT") ? parse.GetValue<string[]>("INPUT") : null;
        var years = (inputs ?? []).Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(p)).Select(Inputs.JsonPeriod).Distinct().ToList();
        return years is [{ } year] && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2099 ? new DateOnly(y, 12, 31) : null;
    }

    /// <summary>An option's value when the command takes that option, else its type's default: the shared options are not on every command.</summary>
    private static T? Given<T>(ParseResult parse, Option<T> option) =>
        parse.CommandResult.Command.Options.Contains(option) ? parse.GetValue(option) : default;

    /// <summary>Reads every unit of the inputs (the bundled sample district when none are given), as --number-format and --encoding say.</summary>
    public SnapshotBatch ReadUnits(ParseResult parse, string[]? inputs, RuleSet ruleSet) => ReadMergedUnits(parse, inputs, ruleSet).Batch;

    /// <summary>Reads every unit of the inputs and, with --merge, forms the new units; gives the map too, for last year's comparison.</summary>
    public (SnapshotBatch Batch, MergeMap? Map) ReadMergedUnits(ParseResult parse, string[]? inputs, RuleSet ruleSet, InputOptions? options = null)
    {
        var batch = Inputs.ReadUnits(InputPaths(inputs), ruleSet, options ?? ReadOptions(parse, ruleSet));
        if (parse.GetValue(Merge) is not { } path)
        {
            return (batch, null);
        }

        if (!File.Exists(path))
        {
            throw new UsageException(Words.Tell("cli.the-merge-map-does-not-exist", path));
        }

        var map = MergeMap.ReadFile(path);
        return (map.Apply(batch, ruleSet), map);
    }

    private InputOptions ReadOptions(ParseResult parse, RuleSet ruleSet) => new()
    {
        Sheet = parse.GetValue(Sheet),
        Columns = parse.GetValue(Columns) is { } map ? Inputs.ReadColumnMap(map, ruleSet) : null,
        NumberFormat = parse.GetValue(NumberFormat) switch
        {
            "vi" => ParIndex.Rules.NumberFormat.Vi,
            "en" => ParIndex.Rules.NumberFormat.En,
            _ => ParIndex.Rules.NumberFormat.Auto,
        },
        Encoding = parse.GetValue(Encoding) is { } name ? Inputs.EncodingNamed(name) : null,
    };

    public static List<string> InputPaths(string[]? given) =>
        given is { Length: > 0 } ? [.. given] : [Inputs.DefaultSample];

    /// <summary>
    /// Reads the inputs and scores them: in one pass, reading overlapped with scoring (<see cref="Scorer.ScoreFiles"/>),
    /// unless --merge asks for the whole batch first.
    /// </summary>
    public ScoredBatch ReadAndScore(ParseResult parse, string[]? inputs, RuleSet ruleSet, PreviousResults? previous)
    {
        var scorer = Scorer.Compile(ruleSet);
        var assessments = new[] { Given(parse, Claims), Given(parse, Appraisal) }.OfType<string>().ToList();
        if (parse.GetValue(Merge) is not null || assessments.Count > 0)
        {
            // Claims and appraisal rounds are laid over the whole batch of figures, as the merge forms it; the options
            // (and the column map they hold) are read once for every file.
            var options = ReadOptions(parse, ruleSet);
            var (batch, merge) = ReadMergedUnits(parse, inputs, ruleSet, options);
            foreach (var path in assessments)
            {
                batch = Inputs.Reading([path], () => AssessmentFile.ReadFile(path, ruleSet, options)).Apply(batch);
            }


            return ScoreBatch(scorer, batch, previous, merge, ShowsProgress(parse, batch.Snapshots.Count));
        }

        // The count is not known before the last unit is read: the bar shows the units scored so far.
        var progress = isTerminal && !parse.GetValue(Quiet) ? new ProgressBar(Error, 0) : null;
        var paths = InputPaths(inputs);
        var scored = Inputs.Reading(paths, () => scorer.ScoreFiles(paths, ReadOptions(parse, ruleSet), previous, progress: progress));
        if (progress is not null && progress.Shown)
        {
            Error.WriteLine();
        }

        return scored;
    }

    /// <summary>Scores, ranks and compares a batch in one call of the library, with a progress bar when asked.</summary>
    public ScoredBatch ScoreBatch(Scorer scorer, SnapshotBatch batch, PreviousResults? previous, MergeMap? merge, bool showProgress)
    {
        var scored = scorer.ScoreBatch(batch, previous, merge, progress: showProgress ? new ProgressBar(Error, batch.Snapshots.Count) : null);
        if (showProgress)
        {
            Error.WriteLine();
        }

        return scored;
    }

    /// <summary>A unit id not among the inputs: how many units there are and the closest id, never the whole list (thousands of ids).</summary>
    /// <remarks>The inputs' problems are told first: a unit missing because its row could not be read must say why.</remarks>
    public UsageException NoSuchUnit(string id, IEnumerable<string> ids, SnapshotBatch batch) => NoSuchUnit(id, ids, batch.Errors, batch.Warnings);

    /// <inheritdoc cref="NoSuchUnit(string, IEnumerable{string}, SnapshotBatch)"/>
    public UsageException NoSuchUnit(string id, IEnumerable<string> ids, IEnumerable<InputProblem> errors, IEnumerable<InputProblem> warnings)
    {
        ReportProblems(errors, warnings);
        var known = ids.ToList();
        return new(Words.Tell("cli.no-such-unit", id, known.Count, Words.DidYouMean(id, known)));
    }

    /// <summary>Prints the warnings and errors of the inputs, and gives the exit code they call for.</summary>
    public int ReportProblems(SnapshotBatch batch) => ReportProblems(batch.Errors, batch.Warnings);

    /// <inheritdoc cref="ReportProblems(SnapshotBatch)"/>
    public int ReportProblems(ScoredBatch batch) => ReportProblems(batch.Errors, batch.Warnings);

    /// <inheritdoc cref="ReportProblems(SnapshotBatch)"/>
    public int ReportProblems(IEnumerable<InputProblem> errors, IEnumerable<InputProblem> warnings)
    {
        foreach (var warning in warnings)
        {
            Error.WriteLine(Words.Tell("cli.warning") + Text.Visible(warning.ToString(Words.Language)));
        }

        foreach (var problem in errors)
        {
            Error.WriteLine(Words.Tell("cli.error") + Text.Visible(problem.ToString(Words.Language)));
        }

        return errors.Any() ? ExitCodes.InputProblems : ExitCodes.Success;
    }

    private static Option<string> NumberFormatOption()
    {
        var option = new Option<string>("--number-format")
        {
            Description = Words.Tell("cli.how-csv-and-xlsx-figures-write"),
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "vi", "en");
        return option;
    }

    private static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = Words.Tell("cli.the-language-of-reports-help-and"),
            DefaultValueFactory = _ => "vi",
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }

    /// <summary>A bar on stderr; synchronous, unlike <see cref="Progress{T}"/>, so it never prints after the report.</summary>
    private sealed class ProgressBar(TextWriter error, int total) : IProgress<int>
    {
        /// <summary>Whether anything was written, so the line is ended only then.</summary>
        public bool Shown { get; private set; }

        public void Report(int value)
        {
            // Scored as read (total 0), only the count so far is known: shown past the first thousand, as a bar would be.
            if (total == 0 && value < 1000)
            {
                return;
            }

            Shown = true;
            var bar = total == 0 ? string.Empty : new string('█', value * 30 / total).PadRight(30, '░') + " ";
            var of = total == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"/{total}");
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{Words.Tell("cli.scoring")} {bar}{value}{of}"));
        }
    }
}
