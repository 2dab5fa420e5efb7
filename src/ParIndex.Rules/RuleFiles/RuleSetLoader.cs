using System.Reflection;

namespace ParIndex.Rules;

/// <summary>Loads and validates rule sets from a folder, from streams or from embedded resources.</summary>
/// <remarks>
/// Every problem of every file is collected before anything is returned; a rule set with even one problem
/// throws <see cref="RuleSetLoadException"/> listing them all, and is never half-loaded. Stateless and thread-safe.
/// Cost: reading and checking the files, a few milliseconds for the shipped set.
/// </remarks>
public static class RuleSetLoader
{
    /// <summary>Loads the rule set in a folder: <c>ruleset.json</c>, <c>indicators.json</c> and <c>criteria/*.json</c>.</summary>
    /// <param name="folder">The rule set's folder.</param>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="RuleSetLoadException">The rule set has one or more problems; the message lists them all.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSet LoadFolder(string folder)
    {
        var early = new List<RuleProblem>();
        return Load(folder, ReadFolder(folder, early), early);
    }

    /// <summary>Loads a rule set from files given as text, for instance read from streams.</summary>
    /// <param name="origin">A name for the rule set in messages, such as its folder or resource prefix.</param>
    /// <param name="files">The files, with paths such as <c>ruleset.json</c> and <c>criteria/area-3.json</c>.</param>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="RuleSetLoadException">The rule set has one or more problems; the message lists them all.</exception>
    public static RuleSet Load(string origin, IEnumerable<RuleFile> files) => Load(origin, files, []);

    /// <summary>Loads a rule set embedded in an assembly, whose resource names start with a prefix followed by the file's path (folders as dots or slashes).</summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="prefix">The resource-name prefix, such as <c>MyApp.Rules.commune_2025.</c>.</param>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="RuleSetLoadException">The rule set has one or more problems; the message lists them all.</exception>
    public static RuleSet LoadEmbedded(Assembly assembly, string prefix) => Load(prefix, ReadEmbedded(assembly, prefix));

    /// <summary>Loads the rule set in a folder with an overlay applied.</summary>
    /// <param name="folder">The base rule set's folder.</param>
    /// <param name="overlay">The changes to apply before loading.</param>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="RuleSetLoadException">The overlay does not fit the base, or the result has problems.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSet LoadFolder(string folder, RuleOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var early = new List<RuleProblem>();
        return Load(folder + " + " + overlay.Name, overlay.Apply(ReadFolder(folder, early)), early);
    }

    private static RuleSet Load(string origin, IEnumerable<RuleFile> files, IReadOnlyList<RuleProblem> early)
    {
        var (ruleSet, problems) = Read(origin, files, early);
        return ruleSet ?? throw new RuleSetLoadException(origin, problems);
    }

    /// <summary>Reads and checks a rule set, counting the problems found while the files were gathered.</summary>
    private static (RuleSet? RuleSet, IReadOnlyList<RuleProblem> Problems) Read(string origin, IEnumerable<RuleFile> files, IReadOnlyList<RuleProblem> early)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(files);
        var reader = new RuleSetReader();
        foreach (var problem in early)
        {
            reader.Report(problem);
        }

        return (reader.Read(origin, files.ToList()), reader.Problems);
    }

    internal static List<RuleFile> ReadEmbedded(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(prefix);
        var files = new List<RuleFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = name[prefix.Length..];
            var path = relative.StartsWith("criteria.", StringComparison.Ordinal) ? "criteria/" + relative["criteria.".Length..] : relative.Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var text = new StreamReader(stream);
            files.Add(new RuleFile(path, text.ReadToEnd()));
        }

        return files;
    }

    /// <summary>Checks a rule set folder and returns every problem, without throwing for rule problems.</summary>
    /// <param name="folder">The rule set's folder.</param>
    /// <returns>The problems; empty when the rule set loads.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<RuleProblem> Validate(string folder)
    {
        var early = new List<RuleProblem>();
        return Read(folder, ReadFolder(folder, early), early).Problems;
    }

    private static List<RuleFile> ReadFolder(string folder, List<RuleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"The rule set folder '{folder}' does not exist. Give the folder that holds ruleset.json.");
        }

        var files = new List<RuleFile>();
        foreach (var name in new[] { RuleSetReader.ManifestFile, RuleSetReader.IndicatorsFile })
        {
            var file = new FileInfo(Path.Combine(root.FullName, name));
            if (file.Exists)
            {
                AddFile(files, problems, file, name);
            }
        }

        var criteria = new DirectoryInfo(Path.Combine(root.FullName, "criteria"));
        if (criteria.Exists)
        {
            foreach (var file in criteria.EnumerateFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                AddFile(files, problems, file, RuleSetReader.CriteriaFolder + file.Name);
            }
        }

        return files;
    }

    private static void AddFile(List<RuleFile> files, List<RuleProblem> problems, FileInfo file, string relative)
    {
        // A link could point anywhere on the machine; a rule set reads only its own files.
        if (file.LinkTarget is not null)
        {
            problems.Add(new RuleProblem(relative, 0, 0, "$",
                $"is a symbolic link (to '{file.LinkTarget}'); a rule set reads only its own files. Copy the file into the folder instead.",
                $"là liên kết tượng trưng (tới '{file.LinkTarget}'); bộ quy tắc chỉ đọc tệp của chính nó. Hãy sao chép tệp vào thư mục."));
            return;
        }

        files.Add(new RuleFile(relative, File.ReadAllText(file.FullName)));
    }
}
