
namespace ParIndex.Rules.Authoring;

/// <summary>What a reload did: swapped in a new rule set, or kept the last good one and says why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReloadResult
{
    internal ReloadResult(bool swapped, RuleSet serving, IReadOnlyList<RuleProblem> problems, IReadOnlyList<RuleCaseResult> failedCases)
    {
        Swapped = swapped;
        Serving = serving;
        Problems = problems;
        FailedCases = failedCases;
    }

    /// <summary>Whether the new rule set now serves.</summary>
    public bool Swapped { get; }

    /// <summary>The rule set serving after the call (the new one when swapped, else the last good one).</summary>
    public RuleSet Serving { get; }

    /// <summary>The load problems of the rejected rule set, if it did not load.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    /// <summary>The cases in the rejected rule set's files that failed, if it loaded.</summary>
    public IReadOnlyList<RuleCaseResult> FailedCases { get; }

    /// <summary>One line for a log: what serves now, and why a rejected rule set was rejected.</summary>
    public override string ToString() => Swapped
        ? $"Now serving {Serving.Id} {Serving.Version} ({Serving.ContentHash[..12]})."
        : $"Kept {Serving.Id} {Serving.Version} ({Serving.ContentHash[..12]}): the new rule set "
          + (Problems.Count > 0 ? $"has {Problems.Count} problem(s), first {Problems[0]}" : $"fails {FailedCases.Count} case(s), first {FailedCases[0].Describe()}");
}

/// <summary>
/// Serves a compiled rule set to a long-running host and swaps in an edited one without a restart: a new
/// version is loaded, validated, compiled and has every case in its files run, and only then replaces the
/// current one, atomically. If any step fails, the last good version keeps serving and the result says why.
/// </summary>
/// <remarks>
/// Thread-safe. Callers take <see cref="Current"/> once per piece of work: a scoring in flight finishes on the
/// scorer it started with, and every scorecard names its rule set's version and hash. Reloads are serialised.
/// </remarks>
public sealed class RuleSetHost
{
    private readonly Lock _reloading = new();
    private Scorer _current;

    /// <summary>Starts serving a rule set.</summary>
    /// <param name="initial">The compiled rule set to serve first.</param>
    public RuleSetHost(Scorer initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    /// <summary>The scorer serving now.</summary>
    public Scorer Current => Volatile.Read(ref _current);

    /// <summary>Loads a new rule set, validates it, compiles it and runs its cases; swaps it in only if all of that succeeds.</summary>
    /// <param name="load">Loads the new rule set, for instance <c>() =&gt; RuleSetLoader.LoadFolder(path)</c>.</param>
    /// <returns>What happened.</returns>
    public ReloadResult TryReload(Func<RuleSet> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        lock (_reloading)
        {
            RuleSet candidate;
            try
            {
                candidate = load();
            }
            catch (RuleSetLoadException e)
            {
                return new ReloadResult(false, Current.RuleSet, e.Problems, []);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file locked or removed under the loader: the reload is refused, the host keeps serving.
                return new ReloadResult(false, Current.RuleSet, [new RuleProblem(".", 0, 0, "$", Messages.Say("authoring.reload-unreadable", e.Message))], []);
            }

            var scorer = Scorer.Compile(candidate);
            var failed = RuleCaseRunner.RunAll(scorer).Where(r => !r.Passed).ToList();
            var uncovered = RuleCaseRunner.CriteriaWithoutCases(candidate);
            if (failed.Count > 0 || uncovered.Count > 0)
            {
                var problems = uncovered.Select(id => new RuleProblem("(cases)", 0, 0, "$.criteria", Messages.Say("authoring.criterion-has-no-case-a-rule", id))).ToList();
                return new ReloadResult(false, Current.RuleSet, problems, failed);
            }

            Volatile.Write(ref _current, scorer);
            return new ReloadResult(true, candidate, [], []);
        }
    }

    /// <summary>How long a rule-set folder must go unwritten before a reload reads it: an editor's save, file by file, is over by then.</summary>
    internal static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(300);

    /// <summary>Reloads from a rule-set folder; see <see cref="TryReload(Func{RuleSet})"/>.</summary>
    /// <param name="folder">The folder holding the edited rule set.</param>
    /// <returns>What happened.</returns>
    /// <remarks>
    /// A folder being rewritten is read as one version or refused, never torn: a reload waits until no file has been
    /// written for 0.3 s (up to 6 s, then it is refused), and reads again if anything is written while it reads. A
    /// folder that is gone is a refused reload, not an exception.
    /// </remarks>
    public ReloadResult TryReloadFolder(string folder) => TryReload(() =>
    {
        try
        {
            return RuleSetLoader.LoadFolderSettled(folder, SettleTime);
        }
        catch (DirectoryNotFoundException)
        {
            throw new RuleSetLoadException(folder, [new RuleProblem(".", 0, 0, "$", Messages.Say("authoring.reload-folder-gone", folder))]);
        }
    });
}
