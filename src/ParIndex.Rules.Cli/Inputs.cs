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
    public static RuleSet? LoadRules(string rules, string? overlayPath, TextWriter error, DateOnly? deadline = null, Func<DateOnly?>? asOf = null)
    {
        try
        {
            return Load(rules, overlayPath, deadline, asOf);
        }
        catch (RuleSetLoadException e)
        {
            error.WriteLine(Text.VisibleLines(Words.English ? e.Message
                : Words.Tell("cli.rule-set-has-problems", e.Origin, e.Problems.Count, string.Join(Environment.NewLine, e.Problems.Select(p => "  " + p.ToString(Language.Vi))))));
            return null;
        }
    }

    /// <summary>Every problem of a rule set (a folder, or the id of a bundled one), with an overlay applied first when given.</summary>
    public static IReadOnlyList<RuleProblem> Validate(string rules, string? overlayPath)
    {
        if (IsDated(rules))
        {
            // Every set of the folder, each problem under its set's folder.
            // A workbook's problems name it already.
            return [.. RuleSetLoader.Candidates(rules)
                .SelectMany(d => Validate(d, overlayPath).Select(p => RuleSetLoader.IsWorkbook(d) ? p : p.WithFile(Path.GetFileName(d) + "/" + p.File)))];
        }

        if (overlayPath is null && (Directory.Exists(rules) || RuleSetLoader.IsWorkbook(rules)))
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
    private static RuleSet Load(string rules, string? overlayPath, DateOnly? deadline = null, Func<DateOnly?>? asOf = null)
    {
        if (IsDated(rules))
        {
            // A folder of rule sets, one a season: the one in force on the day, overlaid as a folder of its own would be.
            var day = asOf?.Invoke() ?? throw new UsageException(Words.Tell("cli.holds-several-rule-sets-give-the", rules));
            rules = RuleSetLoader.LoadInForce(rules, day).Origin;
        }

        var overlay = overlayPath is null ? null : ReadOverlay(overlayPath);
        if (deadline is { } date)
        {
            overlay = (overlay ?? RuleOverlay.Empty).WithDeadline(date);
        }

        if (Directory.Exists(rules))
        {
            return overlay is null ? RuleSetLoader.LoadFolder(rules) : RuleSetLoader.LoadFolder(rules, overlay);
        }

        if (RuleSetLoader.IsWorkbook(rules))
        {
            return overlay is null ? RuleSetLoader.LoadWorkbook(rules) : throw new UsageException(Words.Tell("cli.is-a-rule-set-workbook-overlay", rules));
        }

        if (BundledRuleSets.Ids.Contains(rules, StringComparer.Ordinal))
        {
            return overlay is null ? BundledRuleSets.Load(rules) : BundledRuleSets.Load(rules, overlay);
        }

        throw new UsageException(Words.Tell("cli.no-rule-set-folder-and-no", rules, string.Join(", ", BundledRuleSets.Ids)));
    }

    /// <summary>Whether a folder holds several rule sets (subfolders with ruleset.json) rather than being one.</summary>
    public static bool IsDated(string rules) =>
        Directory.Exists(rules) && !File.Exists(Path.Combine(rules, "ruleset.json")) && RuleSetLoader.Candidates(rules).Count > 0;

    /// <summary>A JSON batch's top-level "period", read without reading the units; null when it has none.</summary>
    public static string? JsonPeriod(string path)
    {
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(File.OpenText(path));
            while (reader.Read())
            {
                if (reader.Depth == 1 && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName && (string?)reader.Value == "period")
                {
                    return reader.ReadAsString();
                }

                if (reader.Depth == 1 && reader.TokenType == Newtonsoft.Json.JsonToken.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or IOException)
        {
            // The batch's own reading tells what is wrong with it.
        }

        return null;
    }

    /// <summary>Reads an overlay file.</summary>
    /// <exception cref="RuleSetLoadException">The file is not a valid overlay.</exception>
    public static RuleOverlay ReadOverlay(string path) => File.Exists(path)
        ? RuleOverlay.FromJson(path, File.ReadAllText(path))
        : throw new UsageException(Words.Tell("cli.the-overlay-file-does-not-exist", path));

    /// <summary>Reads every unit of several files into one batch (<see cref="SnapshotReader.ReadFiles"/>); a file that is absent or of another kind is a usage error.</summary>
    public static SnapshotBatch ReadUnits(IReadOnlyList<string> paths, RuleSet ruleSet, InputOptions options) =>
        Reading(paths, () => SnapshotReader.ReadFiles(paths, ruleSet, options));

    /// <summary>Runs what reads the input files, a file that is missing or of a kind not read becoming a usage error that names it.</summary>
    public static T Reading<T>(IReadOnlyList<string> paths, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (NotSupportedException)
        {
            var path = paths.First(p => !SnapshotReader.CanRead(p));
            throw new UsageException(Words.Tell("cli.files-are-not-read-give-a", path, Path.GetExtension(path)));
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(Words.Tell("cli.the-input-file-does-not-exist", e.FileName));
        }
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
            throw new UsageException(Words.Tell("cli.encoding-is-not-an-encoding-this", name));
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
            throw new UsageException(Words.Tell("cli.the-column-map-does-not-exist", path));
        }

        var map = ColumnMap.ReadFile(path, ruleSet);
        return map.Problems.Count == 0
            ? map.Columns
            : throw new UsageException(string.Join(Environment.NewLine, map.Problems.Select(p => p.ToString(Words.Language))));
    }
}
