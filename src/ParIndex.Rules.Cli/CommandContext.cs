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
        Description = Words.Say(
            $"Thư mục bộ quy tắc, sổ tính bộ quy tắc (.xlsx), thư mục chứa nhiều bộ có ngày hiệu lực, hoặc mã một bộ quy tắc đi kèm công cụ ({string.Join(", ", BundledRuleSets.Ids)}).",
            $"A rule set folder, a rule set workbook (.xlsx), a folder of dated rule sets, or the id of a rule set bundled with the tool ({string.Join(", ", BundledRuleSets.Ids)})."),
        DefaultValueFactory = _ => Inputs.DefaultRules,
        HelpName = "DIR|XLSX|ID",
    };

    public Option<string?> Overlay { get; } = new("--overlay")
    {
        Description = Words.Say(
            "Tệp điều chỉnh áp lên bộ quy tắc trước khi nạp (chẳng hạn ngưỡng riêng của tỉnh).",
            "An overlay file applied to the rule set before loading (a province's own thresholds, say)."),
        HelpName = "FILE",
    };

    /// <summary>A claims file (CSV, XLSX or JSON, one row per unit and criterion) laid over the figures.</summary>
    public Option<string?> Claims { get; } = new("--claims")
    {
        Description = Words.Say(
            "Bảng tự chấm điểm (CSV, XLSX hoặc JSON: Mã ĐVHC, Tiêu chí, Điểm tự chấm, Tài liệu kiểm chứng, Ngày ban hành, Giải trình) áp lên số liệu.",
            "A self-assessment table (CSV, XLSX or JSON: id, criterion, points, evidence, date, explanation) laid over the figures."),
        HelpName = "FILE",
    };

    /// <summary>An appraisal file (CSV, XLSX or JSON, one row per unit, criterion and round) laid over the figures.</summary>
    public Option<string?> Appraisal { get; } = new("--appraisal")
    {
        Description = Words.Say(
            "Bảng thẩm định (CSV, XLSX hoặc JSON: Mã ĐVHC, Tiêu chí, Vòng, Điểm thẩm định, Lý do, Người thẩm định) áp lên số liệu.",
            "An appraisal table (CSV, XLSX or JSON: id, criterion, round, appraised, reason, appraiser) laid over the figures."),
        HelpName = "FILE",
    };

    /// <summary>Every criterion's remediation deadline for this run: next season's, where the rule set dates its own plan.</summary>
    public Option<DateOnly?> Deadline { get; } = new("--deadline")
    {
        Description = Words.Say(
            "Thời hạn khắc phục cho mọi tiêu chí trong lần chạy này (yyyy-MM-dd), thay thời hạn của kế hoạch trong bộ quy tắc.",
            "Every criterion's remediation deadline for this run (yyyy-MM-dd), in place of the rule set's own plan's."),
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
        result.AddError(Words.Say($"{name} cần một ngày viết yyyy-MM-dd (như 2026-06-30), không phải '{Text.Visible(text)}'.", $"{name} needs a date written yyyy-MM-dd (such as 2026-06-30), not '{Text.Visible(text)}'."));
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
        result.AddError(Words.Say($"{name} cần một số nguyên dương, không phải '{Text.Visible(text)}'.", $"{name} needs a positive whole number, not '{Text.Visible(text)}'."));
        return null;
    }

    /// <summary>The day the run is as of: the rule set in force on it is chosen from a folder of dated sets, and plans flag items overdue on it.</summary>
    public Option<DateOnly?> AsOf { get; } = new("--as-of")
    {
        Description = Words.Say(
            "Ngày tính (yyyy-MM-dd): với thư mục chứa nhiều bộ quy tắc, chọn bộ có hiệu lực ngày đó (mặc định: cuối kỳ đánh giá của tệp JSON đầu vào); kế hoạch đánh dấu quá hạn theo ngày này.",
            "The day the run is as of (yyyy-MM-dd): from a folder of several rule sets, the one in force that day (default: the end of the JSON inputs' period); plans flag items overdue on it."),
        HelpName = "DATE",
        CustomParser = Date,
    };

    public Option<string> Lang { get; } = Language();

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = Words.Say("Không hiện tiến độ trên stderr.", "No progress on stderr.") };

    public Option<string> NumberFormat { get; } = NumberFormatOption();

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = Words.Say(
            "Bảng mã của tệp CSV và JSON lưu theo bảng mã cũ, như windows-1258. Mặc định: UTF-8, và tệp không phải UTF-8 bị từ chối.",
            "The text encoding of CSV and JSON inputs saved in a legacy encoding, such as windows-1258. Default: UTF-8, and a file that is not UTF-8 is refused."),
        HelpName = "NAME",
    };

    public Option<string?> Sheet { get; } = new("--sheet")
    {
        Description = Words.Say(
            "Trang cần đọc của mọi tệp XLSX; mỗi tệp cũng có thể tự chọn trang: TỆP.xlsx#Trang. Mặc định: trang đầu tiên, hoặc trang duy nhất có dòng tiêu đề khi trang đầu không có.",
            "The sheet of every XLSX input; each input can also name its own: FILE.xlsx#Sheet. Default: the first sheet, or the only sheet with a header row when the first has none."),
        HelpName = "NAME",
    };

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = Words.Say(
            "Tệp CSV ánh xạ tiêu đề cột riêng của tỉnh sang tiêu đề của công cụ: dòng tiêu đề 'column,key', rồi mỗi cột một dòng, như 'Mã xã,id' hoặc 'Tổng số hồ sơ,dossiersResolved'.",
            "A CSV file mapping a province's own column headers to the tool's: a header row 'column,key', then one row per column, such as 'Mã xã,id' or 'Tổng số hồ sơ,dossiersResolved'."),
        HelpName = "FILE",
    };

    public Option<string?> Merge { get; } = new("--merge")
    {
        Description = Words.Say(
            "Bảng gộp đơn vị (CSV newId,newName,type,predecessorId, mỗi đơn vị cũ một dòng; hoặc JSON): số liệu của xã mới là tổng số liệu của các xã cũ.",
            "A merge map (CSV newId,newName,type,predecessorId, one row per predecessor; or JSON): a new commune's figures are its predecessors' summed."),
        HelpName = "MAP",
    };

    /// <summary>A new --output-dir option: one file per unit in this folder.</summary>
    public static Option<string?> OutputDirOption(string vi, string en) => new("--output-dir") { Description = Words.Say(vi, en), HelpName = "DIR" };

    /// <summary>A new --format option for the files of --output-dir: md (default), html or json.</summary>
    public static Option<string> UnitFileFormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = Words.Say("Với --output-dir: md (mặc định), html hoặc json.", "With --output-dir: md (default), html or json."),
            DefaultValueFactory = _ => "md",
            HelpName = "md|html|json",
        };
        format.AcceptOnlyFromAmong("md", "html", "json");
        return format;
    }

    /// <summary>A command's description in the run's language, with its examples.</summary>
    public static string Describe(string vi, string en, params string[] examples) =>
        Words.Say(vi, en) + Environment.NewLine + Words.Say("Ví dụ:", "Examples:") + Environment.NewLine
        + string.Join(Environment.NewLine, examples.Select(e => "  " + e));

    /// <summary>A command's --format when it writes a terminal table or JSON.</summary>
    public static Option<string> TableOrJson()
    {
        var format = new Option<string>("--format")
        {
            Description = Words.Say("Định dạng: table (mặc định) hoặc json.", "Output format: table (default) or json."),
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>A new INPUT argument: each command owns its own.</summary>
    public static Argument<string[]> InputArgument() => new("INPUT")
    {
        Description = Words.Say(
            "Tệp số liệu (.json, .csv hoặc .xlsx); nhiều tệp được gộp lại. Mặc định: huyện mẫu đi kèm (samples/phu-binh-2025.json).",
            "Snapshot files (.json, .csv or .xlsx); several are merged. Default: the bundled sample district (samples/phu-binh-2025.json)."),
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
            throw new UsageException(Words.Say($"Không có bảng gộp đơn vị '{path}'.", $"The merge map '{path}' does not exist."));
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
        return new(Words.English
            ? string.Create(CultureInfo.InvariantCulture, $"No unit '{id}' among the {known.Count} units of the inputs") + DidYouMean.Suffix(id, known)
            : string.Create(CultureInfo.InvariantCulture, $"Không có đơn vị '{id}' trong {known.Count} đơn vị của các tệp đầu vào") + DidYouMean.SuffixVi(id, known));
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
            Error.WriteLine(Words.Say("cảnh báo: ", "warning: ") + Text.Visible(warning.ToString(Words.Language)));
        }

        foreach (var problem in errors)
        {
            Error.WriteLine(Words.Say("lỗi: ", "error: ") + Text.Visible(problem.ToString(Words.Language)));
        }

        return errors.Any() ? ExitCodes.InputProblems : ExitCodes.Success;
    }

    private static Option<string> NumberFormatOption()
    {
        var option = new Option<string>("--number-format")
        {
            Description = Words.Say(
                "Cách tệp CSV và XLSX viết số: vi (1.234.567,5), en (1,234,567.5), hoặc auto (mặc định: xác định từ chính tệp; một số đọc được hai cách mà tệp không cho biết cách nào là lỗi đầu vào).",
                "How CSV and XLSX figures write numbers: vi (1.234.567,5), en (1,234,567.5), or auto (default: decided from the file; a figure that could be read both ways, with nothing in the file to say which, is an input problem)."),
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "vi", "en");
        return option;
    }

    private static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = Words.Say(
                "Ngôn ngữ của báo cáo, trợ giúp và thông báo: vi (mặc định, dấu phẩy thập phân) hoặc en.",
                "The language of reports, help and messages: vi (default, decimal comma) or en."),
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
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{Words.Say("Đang chấm", "Scoring")} {bar}{value}{of}"));
        }
    }
}
