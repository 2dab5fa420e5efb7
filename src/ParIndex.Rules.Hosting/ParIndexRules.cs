using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Hosting;

/// <summary>Where the rule set comes from and whether edits are picked up; bound from configuration (section <c>ParIndexRules</c> by convention).</summary>
public sealed class ParIndexRulesOptions
{
    /// <summary>The id of a rule set bundled in the library, used when <see cref="Folder"/> is not set. Default <c>commune-2025</c>.</summary>
    public string RuleSet { get; set; } = "commune-2025";

    /// <summary>A rule-set folder to serve instead of a bundled one; edits to it are reloaded when <see cref="WatchForChanges"/>.</summary>
    public string? Folder { get; set; }

    /// <summary>An overlay file applied to the bundled rule set (a province's thresholds), when given.</summary>
    public string? Overlay { get; set; }

    /// <summary>
    /// A store of records (<c>parindex.db</c>, say) in which every batch <see cref="IParIndexRules.Score"/> scores is
    /// recorded with its inputs and rule set, so each result served can be found and proven later
    /// (<see cref="Store.ResultStore"/>); not set, nothing is recorded. A batch that cannot be recorded fails, never served unrecorded.
    /// </summary>
    public string? RecordTo { get; set; }

    /// <summary>Who the records name as recording (default: the process's user name).</summary>
    public string? RecordedBy { get; set; }

    /// <summary>Whether edits to <see cref="Folder"/> are reloaded. Default true.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// How long after the last change a reload starts, so an editor's save of several files is read once. Default
    /// 500 ms; above zero and at most <see cref="MaxDebounce"/>, or the options are refused when the host starts.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest <see cref="Debounce"/>: one hour.</summary>
    public static TimeSpan MaxDebounce { get; } = TimeSpan.FromHours(1);
}

/// <summary>The rule set an application scores with: the version serving now, scoring with metrics, and reloads.</summary>
/// <remarks>Thread-safe; registered as a singleton by <c>AddParIndexRules</c>.</remarks>
public interface IParIndexRules
{
    /// <summary>The scorer serving now. Take it once per piece of work: every scorecard names its rule set's version and hash.</summary>
    Scorer Current { get; }

    /// <summary>The last reload that was refused (the previous version kept serving), or null.</summary>
    ReloadResult? LastRefused { get; }

    /// <summary>
    /// Takes the scorer serving now once, reads the batch under its rule set and scores it with that same scorer,
    /// counting units and time in the <c>ParIndex.Rules</c> meter: a reload that lands meanwhile can never mix versions,
    /// and the result is stamped with the rules that read and scored it.
    /// </summary>
    /// <param name="read">Reads the batch under the rule set given (for example <see cref="SnapshotReader.ReadAsync"/> on a request body).</param>
    /// <param name="previous">Last period's results to compare with, when any.</param>
    /// <param name="cancellationToken">Stops the reading and the batch between chunks.</param>
    /// <returns>The scored batch.</returns>
    Task<ScoredBatch> ScoreAsync(Func<RuleSet, CancellationToken, Task<SnapshotBatch>> read, PreviousResults? previous = null, CancellationToken cancellationToken = default);

    /// <summary>Scores a batch read under <paramref name="scorer"/>'s rule set with that scorer, counting units and time in the <c>ParIndex.Rules</c> meter.</summary>
    /// <param name="scorer">The scorer taken once from <see cref="Current"/> for this piece of work.</param>
    /// <param name="batch">The units, read under <paramref name="scorer"/>'s rule set.</param>
    /// <param name="previous">Last period's results to compare with, when any.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>The scored batch.</returns>
    /// <exception cref="ArgumentException">The batch was read under another rule set.</exception>
    ScoredBatch Score(Scorer scorer, SnapshotBatch batch, PreviousResults? previous = null, CancellationToken cancellationToken = default);

    /// <summary>Reloads the configured folder now (what the watcher does after a change): swapped in only if it loads, compiles and passes its cases.</summary>
    /// <returns>What happened.</returns>
    ReloadResult Reload();
}

/// <summary>The default <see cref="IParIndexRules"/>: a <see cref="RuleSetHost"/> with logging and metrics.</summary>
internal sealed partial class ParIndexRules : IParIndexRules, IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string MeterName = "ParIndex.Rules";

    private readonly RuleSetHost _host;
    private readonly ParIndexRulesOptions _options;
    private readonly ILogger<ParIndexRules> _logger;
    private readonly Meter _meter;
    private readonly Counter<long> _units;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _swapped;
    private ReloadResult? _lastRefused;

    private readonly TimeProvider _time;

    public ParIndexRules(IOptions<ParIndexRulesOptions> options, ILogger<ParIndexRules> logger, TimeProvider? time = null)
    {
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _logger = logger;
        _meter = new Meter(MeterName);
        _units = _meter.CreateCounter<long>("parindex.units.scored", "{unit}", "Units scored");
        _duration = _meter.CreateHistogram<double>("parindex.scoring.duration", "ms", "Time to score a batch");
        _refused = _meter.CreateCounter<long>("parindex.reloads.refused", "{reload}", "Reloads refused: the last good rule set kept serving");
        _swapped = _meter.CreateCounter<long>("parindex.reloads.swapped", "{reload}", "Reloads swapped in");

        // The first load must succeed: an application that starts with no rule set would serve nothing.
        var ruleSet = Load();
        _host = new RuleSetHost(Scorer.Compile(ruleSet));
        Loaded(ruleSet.Id, ruleSet.Version, ruleSet.ContentHash, ruleSet.Origin);
    }

    public Scorer Current => _host.Current;

    public ReloadResult? LastRefused => Volatile.Read(ref _lastRefused);

    public async Task<ScoredBatch> ScoreAsync(Func<RuleSet, CancellationToken, Task<SnapshotBatch>> read, PreviousResults? previous = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var scorer = Current;
        var batch = await read(scorer.RuleSet, cancellationToken).ConfigureAwait(false);
        return Score(scorer, batch, previous, cancellationToken);
    }

    public ScoredBatch Score(Scorer scorer, SnapshotBatch batch, PreviousResults? previous = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var started = Stopwatch.GetTimestamp();
        var scored = scorer.ScoreBatch(batch, previous, cancellationToken: cancellationToken);
        _units.Add(batch.Snapshots.Count);
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (_options.RecordTo is { } path)
        {
            // A store a request at a time: SQLite's file lock lets the requests of several servers take turns.
            using var store = Store.ResultStore.Open(path);
            store.Record(batch.Snapshots, scored, new Store.RecordOptions(_time.GetLocalNow(), _options.RecordedBy ?? Environment.UserName), batch.Source);
        }

        return scored;
    }

    public ReloadResult Reload()
    {
        var result = _options.Folder is { } folder ? _host.TryReloadFolder(folder) : _host.TryReload(Load);
        if (result.Swapped)
        {
            _swapped.Add(1);
            Volatile.Write(ref _lastRefused, null);
            Swapped(result.Serving.Id, result.Serving.Version, result.Serving.ContentHash);
        }
        else
        {
            _refused.Add(1);
            Volatile.Write(ref _lastRefused, result);
            Refused(result.Serving.Version, result.Problems.Count, result.FailedCases.Count,
                string.Join(Environment.NewLine, result.Problems.Select(p => p.ToString()).Concat(result.FailedCases.Select(c => c.Describe()))));
        }

        return result;
    }

    private RuleSet Load() => _options.Folder is { } folder
        ? RuleSetLoader.LoadFolder(folder)
        : _options.Overlay is { } overlay
            ? BundledRuleSets.Load(_options.RuleSet, RuleOverlay.FromJson(overlay, File.ReadAllText(overlay)))
            : BundledRuleSets.Load(_options.RuleSet);

    public void Dispose() => _meter.Dispose();

    /// <summary>Logs and counts a reload that failed in a way the host did not expect; the last good version keeps serving.</summary>
    public void Failed(Exception exception)
    {
        _refused.Add(1);
        ReloadFailed(exception);
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Reload failed; the last good rule set keeps serving")]
    private partial void ReloadFailed(Exception exception);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Serving rule set {Id} {Version} ({Hash}) from {Origin}")]
    private partial void Loaded(string id, string version, string hash, string origin);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Reloaded: now serving rule set {Id} {Version} ({Hash})")]
    private partial void Swapped(string id, string version, string hash);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Reload refused, still serving {Version}: {ProblemCount} problem(s), {FailedCaseCount} failing case(s):\n{Details}")]
    private partial void Refused(string version, int problemCount, int failedCaseCount, string details);
}
