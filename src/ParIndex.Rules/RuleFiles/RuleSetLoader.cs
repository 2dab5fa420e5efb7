using System.Globalization;
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

    /// <summary>
    /// Loads a rule set from its workbook (<c>.xlsx</c>, as <c>parindex rules export</c> writes it and a province may
    /// edit it), checked by the same reader as the rule files, every problem at its sheet, row and column.
    /// </summary>
    /// <param name="path">The workbook.</param>
    /// <returns>The loaded rule set; its <see cref="RuleSet.ContentHash"/> is the one its rule files would have.</returns>
    /// <exception cref="RuleSetLoadException">The workbook or the rule set in it has problems; the message lists them all.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RuleSet LoadWorkbook(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        var (files, early) = RuleWorkbookReader.Read(Path.GetFileName(path), stream);
        return Load(path, files, early);
    }

    /// <inheritdoc cref="LoadWorkbook(string)"/>
    /// <param name="name">The workbook's name, as problems name it.</param>
    /// <param name="stream">The workbook; read, not closed.</param>
    public static RuleSet LoadWorkbook(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stream);
        var (files, early) = RuleWorkbookReader.Read(name, stream);
        return Load(name, files, early);
    }

    /// <summary>Whether a path names a rule set workbook rather than a folder: a file ending in <c>.xlsx</c>.</summary>
    /// <param name="path">The path given for a rule set.</param>
    /// <returns>True for a workbook.</returns>
    public static bool IsWorkbook(string path) =>
        path is not null && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

    /// <summary>
    /// Loads, from a folder holding several rule sets (one subfolder each, such as <c>commune-2025/</c> and
    /// <c>commune-2026/</c>), the one in force on a day (<see cref="RuleSet.IsInForce"/>), so each season is scored by
    /// its own rules. Every set is loaded, so a broken one is never passed over in silence.
    /// </summary>
    /// <param name="folder">The folder of rule sets: folders, and workbooks (<see cref="LoadWorkbook(string)"/>).</param>
    /// <param name="day">The day, such as the end of the assessment period.</param>
    /// <returns>The rule set in force on that day.</returns>
    /// <exception cref="RuleSetLoadException">A set has problems, or none or more than one is in force on the day; the message names each set and its dates.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSet LoadInForce(string folder, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        var sets = new List<RuleSet>();
        var problems = new List<RuleProblem>();
        foreach (var candidate in Candidates(folder))
        {
            try
            {
                sets.Add(IsWorkbook(candidate) ? LoadWorkbook(candidate) : LoadFolder(candidate));
            }
            catch (RuleSetLoadException e)
            {
                // A workbook's problems name it already; a folder's name their file within it.
                var name = IsWorkbook(candidate) ? string.Empty : Path.GetFileName(candidate) + "/";
                problems.AddRange(e.Problems.Select(p => p.At(name + p.File, p.Line, p.Column)));
            }
        }

        var inForce = sets.Where(s => s.IsInForce(day)).ToList();
        if (problems.Count == 0 && inForce.Count == 1)
        {
            return inForce[0];
        }

        if (problems.Count == 0)
        {
            string Dates(RuleSet s) => FormattableString.Invariant($"{s.Id} {s.Version} ({s.ValidFrom ?? s.PeriodFrom:yyyy-MM-dd} – {s.ValidTo ?? s.PeriodTo:yyyy-MM-dd})");
            var listed = string.Join(", ", (inForce.Count == 0 ? sets : inForce).Select(Dates));
            // Each language writes the day its own way.
            var date = new LocalizedText(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            problems.Add(new RuleProblem(folder, 0, 0, "$", inForce.Count == 0
                ? Messages.Say("rules.no-set-in-force", date, listed.Length == 0 ? Messages.Say("common.none") : listed)
                : Messages.Say("rules.sets-overlap", inForce.Count, date, listed)));
        }

        throw new RuleSetLoadException(folder, problems);
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

    /// <summary>Checks a rule set folder, or a rule set workbook, and returns every problem, without throwing for rule problems.</summary>
    /// <param name="folder">The rule set's folder, or its workbook (<see cref="IsWorkbook"/>).</param>
    /// <returns>The problems; empty when the rule set loads.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<RuleProblem> Validate(string folder)
    {
        if (IsWorkbook(folder))
        {
            using var stream = File.OpenRead(folder);
            var (files, problems) = RuleWorkbookReader.Read(Path.GetFileName(folder), stream);
            return Read(folder, files, problems).Problems;
        }

        var early = new List<RuleProblem>();
        return Read(folder, ReadFolder(folder, early), early).Problems;
    }

    /// <summary>The rule sets a folder of sets holds: each subfolder with a manifest, and each rule set workbook, by name.</summary>
    /// <param name="folder">The folder of rule sets.</param>
    /// <returns>Their paths.</returns>
    public static IReadOnlyList<string> Candidates(string folder) =>
        [.. Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, RuleSetReader.ManifestFile)))
            .Concat(Directory.EnumerateFiles(folder, "*.xlsx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads a rule-set folder as one version: the files are listed and stamped (length, last write) before and after
    /// they are read, and a folder that changed meanwhile, or a file that vanished while read, is read again; after
    /// <see cref="ReadAttempts"/> tries the folder is refused, so an editor saving file by file never yields one
    /// version's manifest with another's criteria.
    /// </summary>
    /// <summary>
    /// Loads a folder that may be being edited, for a host that reloads it live: files written within
    /// <paramref name="quiet"/> are waited for (a save in progress), and a read during which anything is written
    /// is read again, so one version is read whole; a folder that does not settle within 20 quiet periods is refused.
    /// </summary>
    /// <remarks>File times are only as fine as the system's clock tick (a few milliseconds): the quiet period, not the
    /// time stamps alone, is what makes a write during the read visible.</remarks>
    internal static RuleSet LoadFolderSettled(string folder, TimeSpan quiet)
    {
        var early = new List<RuleProblem>();
        return Load(folder, ReadFolder(folder, early, quiet), early);
    }

    private static List<RuleFile> ReadFolder(string folder, List<RuleProblem> problems) => ReadFolder(folder, problems, TimeSpan.Zero);

    /// <summary>Loads a folder as if it had no seal: what sealing it would vouch for.</summary>
    internal static RuleSet LoadUnsealed(string folder)
    {
        var early = new List<RuleProblem>();
        return Load(folder, [.. ReadFolder(folder, early).Where(f => f.Path != RuleSetReader.SealFile)], early);
    }

    private static List<RuleFile> ReadFolder(string folder, List<RuleProblem> problems, TimeSpan quiet)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"The rule set folder '{folder}' does not exist. Give the folder that holds ruleset.json.");
        }

        var giveUp = DateTime.UtcNow + (quiet > TimeSpan.Zero ? quiet * 20 : TimeSpan.Zero);
        for (var attempt = 1; ; attempt++)
        {
            var found = new List<RuleProblem>();
            string? why = null;
            try
            {
                var before = Stamps(root);
                var settled = DateTime.UtcNow - quiet;
                if (quiet > TimeSpan.Zero && before.Any(f => f.Written > settled))
                {
                    why = "a file was written moments ago";
                }
                else
                {
                    var files = ReadOnce(root, found);
                    if (before.SequenceEqual(Stamps(root)))
                    {
                        problems.AddRange(found);
                        return files;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file removed or replaced between the listing and the read: the folder is being edited.
                why = e.Message;
            }

            if (attempt >= ReadAttempts && DateTime.UtcNow >= giveUp)
            {
                throw new RuleSetLoadException(folder, [Changing(why)]);
            }

            Thread.Sleep(quiet > TimeSpan.Zero ? quiet / 2 : TimeSpan.FromMilliseconds(50 * attempt));
        }

        static RuleProblem Changing(string? why) => new(".", 0, 0, "$",
            Messages.Say("rules.folder-kept-changing", why ?? (object)Messages.Say("rules.file-written-during-read")));
    }

    /// <summary>How many times a folder that changes while it is read is read again before it is refused.</summary>
    private const int ReadAttempts = 5;

    /// <summary>Each file a rule set is read from, with its length and last write, in a fixed order.</summary>
    private static List<(string Path, long Length, DateTime Written)> Stamps(DirectoryInfo root)
    {
        var stamps = new List<(string, long, DateTime)>();
        foreach (var file in Listed(root))
        {
            file.Refresh();
            stamps.Add((file.FullName, file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default));
        }

        return stamps;
    }

    /// <summary>The files a rule set is read from: the manifest and catalogue if present, then criteria/*.json by name.</summary>
    private static IEnumerable<FileInfo> Listed(DirectoryInfo root)
    {
        foreach (var name in new[] { RuleSetReader.ManifestFile, RuleSetReader.IndicatorsFile, RuleSetReader.SealFile })
        {
            var file = new FileInfo(Path.Combine(root.FullName, name));
            if (file.Exists)
            {
                yield return file;
            }
        }

        var criteria = new DirectoryInfo(Path.Combine(root.FullName, "criteria"));
        if (criteria.Exists && criteria.LinkTarget is null)
        {
            foreach (var file in criteria.EnumerateFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }

    private static List<RuleFile> ReadOnce(DirectoryInfo root, List<RuleProblem> problems)
    {
        var criteria = new DirectoryInfo(Path.Combine(root.FullName, "criteria"));
        if (criteria.Exists && criteria.LinkTarget is not null)
        {
            // A linked folder could be anywhere on the machine; a rule set reads only its own files.
            problems.Add(new RuleProblem("criteria/", 0, 0, "$", Messages.Say("rules.symbolic-link-folder", criteria.LinkTarget)));
        }

        var files = new List<RuleFile>();
        foreach (var file in Listed(root))
        {
            var relative = file.DirectoryName == root.FullName ? file.Name : RuleSetReader.CriteriaFolder + file.Name;
            AddFile(files, problems, file, relative);
        }

        return files;
    }

    private static void AddFile(List<RuleFile> files, List<RuleProblem> problems, FileInfo file, string relative)
    {
        // A link could point anywhere on the machine; a rule set reads only its own files.
        if (file.LinkTarget is not null)
        {
            problems.Add(new RuleProblem(relative, 0, 0, "$", Messages.Say("rules.symbolic-link-file", file.LinkTarget)));
            return;
        }

        // Only regular files are opened: opening a named pipe (a FIFO called area-1.json) waits for a writer forever,
        // and a pipe or a device reports a length of 0, so an empty-looking file is told as empty, never opened.
        if (file.Length == 0)
        {
            files.Add(new RuleFile(relative, string.Empty));
            return;
        }

        if (file.Length > MaxFileBytes)
        {
            problems.Add(new RuleProblem(relative, 0, 0, "$", Messages.Say("rules.is-bytes-a-rule-file-is", file.Length, MaxFileBytes)));
            return;
        }

        files.Add(new RuleFile(relative, File.ReadAllText(file.FullName)));
    }

    /// <summary>The largest rule file read: hundreds of times a real one, and a bound on what a stray file can cost.</summary>
    private const long MaxFileBytes = 16 * 1024 * 1024;
}
