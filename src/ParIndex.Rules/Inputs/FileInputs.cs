namespace ParIndex.Rules;

// Reading several input files into one batch, as the tool does with every file it is given.
public static partial class SnapshotReader
{
    /// <summary>
    /// Reads every unit of several files into one batch, in order: an id already seen in an earlier file is an input
    /// problem, and only the first is kept. Problems are kept up to a limit and counted past it, as one file's are.
    /// </summary>
    /// <param name="paths">The files (.json, .csv or .xlsx), checked for their extension and existence before any is read.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the files write numbers and text; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found; its <see cref="SnapshotBatch.Source"/> names every file.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="NotSupportedException">A file's extension is none of .json, .csv and .xlsx.</exception>
    public static SnapshotBatch ReadFiles(IReadOnlyList<string> paths, RuleSet ruleSet, InputOptions? options = null)
    {
        var read = FilesAsRead(paths, ruleSet, options);
        foreach (var _ in read.Units)
        {
        }

        return read.Batch();
    }

    /// <summary>The period every unit gives, when they all give the same one (one file, or files of one season); else none.</summary>
    private static string? CommonPeriod(List<IndicatorSnapshot> units)
    {
        var periods = units.Select(u => u.Period).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return periods is [{ } period] ? period : null;
    }

    /// <summary>Files read as their units are enumerated (once); <c>Batch</c> then holds the units kept and every problem.</summary>
    internal static (IEnumerable<IndicatorSnapshot> Units, Func<SnapshotBatch> Batch) FilesAsRead(IReadOnlyList<string> paths, RuleSet ruleSet, InputOptions? options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var source = string.Join(", ", paths);
        var errors = new ProblemList(source);
        var warnings = new ProblemList(source);

        // Each stream checks its file's extension and existence when it is made, so every file is checked before any is read.
        var tables = new List<TableRead>();
        var streams = paths.Select(path => (Path: path, Units: StreamFile(path, ruleSet, errors.Add, warnings.Add, options, tables))).ToList();
        var units = new List<IndicatorSnapshot>();
        return (Kept(), () => new SnapshotBatch(CommonPeriod(units), units, errors.ToList(), warnings.ToList()) { Source = source, ReadWith = ruleSet, Tables = tables });

        IEnumerable<IndicatorSnapshot> Kept()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, stream) in streams)
            {
                foreach (var unit in stream)
                {
                    // One file checks its own ids; a set across files is kept only when there are several.
                    if (streams.Count == 1 || seen.Add(unit.Id))
                    {
                        units.Add(unit);
                        yield return unit;
                    }
                    else
                    {
                        errors.Add(new InputProblem(path, 0, 0, unit.Id, "id", Messages.Say("inputs.the-id-appears-in-more-than")));
                    }
                }
            }
        }
    }
}
