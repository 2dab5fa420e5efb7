using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Cli;

/// <summary>Finds and reads what the commands work on: rule sets, input files, last year's results.</summary>
internal static class Inputs
{
    /// <summary>The rule set a command uses when none is named: the 2025 commune rules, bundled in the library.</summary>
    public const string DefaultRules = "commune-2025";

    /// <summary>The folder the tool's sample district was copied to.</summary>
    public static string BundleRoot => AppContext.BaseDirectory;

    public static string DefaultSample => Path.Combine(BundleRoot, "samples", "phu-binh-2025.json");

    public static string DefaultPrevious => Path.Combine(BundleRoot, "samples", "phu-binh-2024-results.csv");

    /// <summary>Loads a rule set (a folder, or the id of a bundled one), or prints every problem and returns null.</summary>
    public static RuleSet? LoadRules(string rules, string? overlayPath, TextWriter error)
    {
        try
        {
            return Load(rules, overlayPath);
        }
        catch (RuleSetLoadException e)
        {
            error.WriteLine(Text.VisibleLines(Words.English ? e.Message : string.Create(CultureInfo.InvariantCulture,
                $"Bộ quy tắc '{e.Origin}' có {e.Problems.Count} lỗi:{Environment.NewLine}{string.Join(Environment.NewLine, e.Problems.Select(p => "  " + p.ToString(Language.Vi)))}")));
            return null;
        }
    }

    /// <summary>Every problem of a rule set (a folder, or the id of a bundled one), with an overlay applied first when given.</summary>
    public static IReadOnlyList<RuleProblem> Validate(string rules, string? overlayPath)
    {
        if (overlayPath is null && Directory.Exists(rules))
        {
            return RuleSetLoader.Validate(rules);
        }

        try
        {
            Load(rules, overlayPath);
            return [];
        }
        catch (RuleSetLoadException e)
        {
            return e.Problems;
        }
    }

    /// <exception cref="RuleSetLoadException">The rule set, or the overlay, has problems.</exception>
    private static RuleSet Load(string rules, string? overlayPath)
    {
        var overlay = overlayPath is null ? null : ReadOverlay(overlayPath);
        if (Directory.Exists(rules))
        {
            return overlay is null ? RuleSetLoader.LoadFolder(rules) : RuleSetLoader.LoadFolder(rules, overlay);
        }

        if (BundledRuleSets.Ids.Contains(rules, StringComparer.Ordinal))
        {
            return overlay is null ? BundledRuleSets.Load(rules) : BundledRuleSets.Load(rules, overlay);
        }

        throw new UsageException(Words.Say(
            $"Không có thư mục bộ quy tắc '{rules}', cũng không có bộ quy tắc đi kèm nào mang mã này (đi kèm: {string.Join(", ", BundledRuleSets.Ids)}). Hãy chỉ một thư mục chứa ruleset.json, hoặc mã một bộ đi kèm.",
            $"No rule set folder '{rules}', and no bundled rule set of that id (bundled: {string.Join(", ", BundledRuleSets.Ids)}). Give a folder holding ruleset.json, or a bundled id."));
    }

    /// <summary>Reads an overlay file.</summary>
    /// <exception cref="RuleSetLoadException">The file is not a valid overlay.</exception>
    public static RuleOverlay ReadOverlay(string path) => File.Exists(path)
        ? RuleOverlay.FromJson(path, File.ReadAllText(path))
        : throw new UsageException(Words.Say($"Không có tệp điều chỉnh '{path}'.", $"The overlay file '{path}' does not exist."));

    /// <summary>Reads every unit of several files into one batch; an id already seen in an earlier file is an error, and only the first is kept.</summary>
    public static SnapshotBatch ReadUnits(IReadOnlyList<string> paths, RuleSet ruleSet, InputOptions options)
    {
        // Kept up to a limit and counted past it, as the library's batches are: millions of bad rows must not hold millions of messages.
        var source = string.Join(", ", paths);
        var errors = new ProblemList(source);
        var warnings = new ProblemList(source);
        var units = Units(paths, ruleSet, options, errors, warnings).ToList();
        return new SnapshotBatch(null, units, errors.ToList(), warnings.ToList()) { Source = source, ReadWith = ruleSet };
    }

    /// <summary>An encoding by name, legacy code pages (windows-1258) included.</summary>
    public static System.Text.Encoding EncodingNamed(string name)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new UsageException(Words.Say(
                $"--encoding '{name}' không phải bảng mã công cụ này biết; với văn bản tiếng Việt hãy dùng windows-1258 (hoặc utf-8, utf-16).",
                $"--encoding '{name}' is not an encoding this tool knows; for Vietnamese text give windows-1258 (or utf-8, utf-16)."));
        }
    }

    private static IEnumerable<IndicatorSnapshot> Units(IReadOnlyList<string> paths, RuleSet ruleSet, InputOptions options, ProblemList errors, ProblemList warnings)
    {
        // The reader checks each file's extension and existence when the stream is made, before any is read.
        var streams = paths.Select(path =>
        {
            try
            {
                return (Path: path, Units: SnapshotReader.StreamFile(path, ruleSet, errors.Add, warnings.Add, options));
            }
            catch (NotSupportedException)
            {
                throw new UsageException(Words.Say(
                    $"'{path}': không đọc tệp {Path.GetExtension(path)}; hãy dùng tệp .json, .csv hoặc .xlsx.",
                    $"'{path}': {Path.GetExtension(path)} files are not read; give a .json, .csv or .xlsx file."));
            }
            catch (FileNotFoundException)
            {
                throw new UsageException(Words.Say($"Không có tệp đầu vào '{path}'.", $"The input file '{path}' does not exist."));
            }
        }).ToList();
        return Iterate();

        IEnumerable<IndicatorSnapshot> Iterate()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, units) in streams)
            {
                foreach (var unit in units)
                {
                    // One file checks its own ids; a set across files is kept only when there are several.
                    if (streams.Count == 1 || seen.Add(unit.Id))
                    {
                        yield return unit;
                    }
                    else
                    {
                        errors.Add(new InputProblem(path, 0, 0, unit.Id, "id",
                            "the id appears in more than one input file; ids must be unique. Only the first was scored.",
                            "id xuất hiện trong nhiều tệp đầu vào; mỗi id phải là duy nhất. Chỉ đơn vị đầu tiên được chấm."));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Reads a column map: a CSV with the header <c>column,key</c> and one row per column a province names its own way,
    /// each key being <c>id</c>, <c>name</c> or an indicator of the rule set. Every problem is told at once, with its line.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadColumnMap(string path, RuleSet ruleSet)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(Words.Say($"Không có bảng ánh xạ cột '{path}'.", $"The column map '{path}' does not exist."));
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        // Keyed as the readers compare headers, so two entries the reader would take for one are told here with their lines.
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], TrimOptions = TrimOptions.Trim });
        var header = csv.Read() ? csv.Record! : [];
        if (header is not [var first, var second, ..] || !string.Equals(first.TrimStart('\uFEFF'), "column", StringComparison.OrdinalIgnoreCase) || !string.Equals(second, "key", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException(Words.Say(
                $"{path}(1,1): bảng ánh xạ cột bắt đầu bằng dòng tiêu đề 'column,key', rồi mỗi cột một dòng: tiêu đề của cột trong tệp của bạn, và id, name hoặc mã một chỉ tiêu.",
                $"{path}(1,1): a column map starts with the header 'column,key', then one row per column: its header in your files, and id, name or an indicator key."));
        }

        var keys = ruleSet.Indicators.Select(i => i.Key).Append("id").Append("name").Append("type").ToList();
        while (csv.Read())
        {
            var cells = csv.Record!;
            var line = csv.RawRow;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                problems.Add(Words.Say($"{path}({line},1): mỗi dòng gồm tiêu đề một cột và một mã, hai ô, đều phải có.", $"{path}({line},1): each row is a column header and a key, two cells, both given."));
            }
            else if (!keys.Contains(cells[1], StringComparer.Ordinal))
            {
                problems.Add(Words.Say(
                    $"{path}({line},2): '{cells[1]}' không phải id, name hay chỉ tiêu của '{ruleSet.Id}'" + DidYouMean.SuffixVi(cells[1], keys),
                    $"{path}({line},2): '{cells[1]}' is not id, name or an indicator of '{ruleSet.Id}'" + DidYouMean.Suffix(cells[1], keys)));
            }
            else if (lines.TryGetValue(HeaderNames.Normalise(cells[0]), out var earlier))
            {
                problems.Add(Words.Say(
                    string.Create(CultureInfo.InvariantCulture, $"{path}({line},1): cột '{cells[0]}' đã được ánh xạ ở dòng {earlier}; hãy giữ một."),
                    string.Create(CultureInfo.InvariantCulture, $"{path}({line},1): the column '{cells[0]}' is mapped on line {earlier} already; keep one.")));
            }
            else
            {
                lines[HeaderNames.Normalise(cells[0])] = line;
                map[cells[0]] = cells[1];
            }
        }

        return problems.Count == 0 ? map : throw new UsageException(string.Join(Environment.NewLine, problems));
    }
}
