using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Store;

/// <summary>
/// The record of every scoring, in one SQLite file: each run with when, who, its period and round, its inputs exactly
/// as read, the rule set that scored them (stored once per content hash, so a run can be scored again without the
/// original folder) and every unit's results. Open → <see cref="Record"/> after each scoring → <see cref="History"/>,
/// <see cref="Replay"/>.
/// </summary>
/// <remarks>
/// A run is written in one transaction: a failure, a crash or a kill part-way leaves the store as it was before it.
/// The file is in write-ahead-log mode, so one writer and many readers work at once, and a second writer waits its
/// turn (up to 30 seconds) rather than failing. One instance holds one connection and serialises its calls; open
/// one per thread or per request. Moving to a server database (PostgreSQL, say) would keep this type's members and
/// change its connection and its few SQLite statements (<c>PRAGMA</c>, <c>RETURNING</c>); the records stay as text.
/// </remarks>
public sealed partial class ResultStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private ResultStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>Opens a store, creating and migrating it on first use.</summary>
    /// <param name="path">The file, such as <c>parindex.db</c> beside the inputs.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="StoreException">The file is not a parindex store, was made by a newer version, or cannot be created or read; it is left as it was.</exception>
    public static ResultStore Open(string path) => Open(path, TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="Open(string)"/>
    /// <param name="path">The file, such as <c>parindex.db</c> beside the inputs.</param>
    /// <param name="wait">How long a write waits for another writer before it is refused as locked (30 seconds by default; a web request may want less).</param>
    public static ResultStore Open(string path, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = seconds }.ToString());
        try
        {
            connection.Open();
            StoreSchema.Scalar(connection, FormattableString.Invariant($"PRAGMA busy_timeout = {(long)wait.TotalMilliseconds}"));
            StoreSchema.Migrate(connection, path);
            if (new SqliteCommand("PRAGMA journal_mode", connection).ExecuteScalar() as string != "wal")
            {
                new SqliteCommand("PRAGMA journal_mode = WAL", connection).ExecuteScalar();
            }

            return new ResultStore(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw StoreException.From(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Records a scored run: the inputs as read, the rule set (once per hash) and every unit's results, in one transaction.</summary>
    /// <param name="inputs">The units as scored, in input order.</param>
    /// <param name="result">The scored batch.</param>
    /// <param name="options">Who, when and the round.</param>
    /// <param name="source">The inputs' name.</param>
    /// <returns>The run as stored.</returns>
    /// <exception cref="StoreException">The rule set's id and version are stored with another hash (an edited copy under the published name), or the store cannot be written; nothing is written.</exception>
    /// <exception cref="ArgumentException">A result names a unit the inputs do not hold (communes merged before scoring): the record could not be scored again.</exception>
    public StoredRun Record(IReadOnlyList<IndicatorSnapshot> inputs, ScoredBatch result, RecordOptions options, string source = "")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var ids = inputs.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        if (result.Units.Select(u => u.Card.UnitId).Concat(result.Unranked.Select(c => c.UnitId)).FirstOrDefault(id => !ids.Contains(id)) is { } missing)
        {
            throw new ArgumentException($"The result's unit '{missing}' is not among the inputs (merged before scoring?); a record must hold the inputs its results were scored from.", nameof(result));
        }

        using var json = new RecordJson();
        var snapshots = inputs.Select(json.Snapshot).ToList();
        var ruleSet = result.RuleSet;
        lock (_gate)
        {
            try
            {
                using var transaction = _connection.BeginTransaction();
                StoreRuleSet(transaction, ruleSet);
                var run = Insert(transaction, """
                    INSERT INTO runs (at, by, period, round, source, inputs_hash, rule_set) VALUES ($at, $by, $period, $round, $source, $inputs, $rules) RETURNING run
                    """, ("$at", options.At.ToString("O", CultureInfo.InvariantCulture)), ("$by", options.By), ("$period", result.Period), ("$round", options.Round),
                    ("$source", source), ("$inputs", InputsHash(snapshots)), ("$rules", ruleSet.ContentHash));
                // One statement each, prepared once and run for every row; the JSON goes in as the UTF-8 bytes it was
                // written as, kept as text.
                using (var input = Command("INSERT INTO inputs (run, position, unit, snapshot) VALUES ($run, $position, $unit, CAST($snapshot AS TEXT))", transaction,
                    [("$run", run), ("$position", 0), ("$unit", string.Empty), ("$snapshot", Array.Empty<byte>())]))
                {
                    for (var i = 0; i < snapshots.Count; i++)
                    {
                        Run(input, i, inputs[i].Id, snapshots[i]);
                    }
                }

                using var row = ResultCommand(transaction, run);
                foreach (var unit in result.Units)
                {
                    InsertResult(row, json, ruleSet, unit.Card, unit.Rank, unit.RankInType);
                }

                foreach (var card in result.Unranked)
                {
                    InsertResult(row, json, ruleSet, card, null, null);
                }

                transaction.Commit();
                return Run(run)!;
            }
            catch (SqliteException e)
            {
                throw StoreException.From(Path, e);
            }
        }
    }

    /// <summary>Every run, oldest first.</summary>
    /// <returns>The runs.</returns>
    public IReadOnlyList<StoredRun> Runs() => Query(RunSelect + " ORDER BY r.run", ReadRun);

    /// <summary>One run.</summary>
    /// <param name="run">The run's number.</param>
    /// <returns>The run, or <see langword="null"/> when the store has none of that number.</returns>
    public StoredRun? Run(long run) => Query(RunSelect + " WHERE r.run = $run", ReadRun, ("$run", run)).FirstOrDefault();

    /// <summary>The units' results of a run, as recorded, in input order.</summary>
    /// <param name="run">The run's number.</param>
    /// <returns>The results.</returns>
    public IReadOnlyList<StoredResult> Results(long run) => Query(
        "SELECT res.run, res.unit, res.name, res.type, res.total, res.rank, res.rank_in_type, res.classification, res.criteria FROM results res " +
        "JOIN inputs i ON i.run = res.run AND i.unit = res.unit WHERE res.run = $run ORDER BY i.position", ReadResult, ("$run", run));

    /// <summary>The units as a run read them, in input order: what <see cref="Replay"/> scores again.</summary>
    /// <param name="run">The run's number.</param>
    /// <returns>The snapshots.</returns>
    public IReadOnlyList<IndicatorSnapshot> Inputs(long run) => [.. InputTexts(run).Select(SnapshotJson.Read)];

    /// <summary>The run's units as stored, in input order: what <see cref="InputsHash(IEnumerable{string})"/> is taken over.</summary>
    private List<string> InputTexts(long run) => Query("SELECT snapshot FROM inputs WHERE run = $run ORDER BY position", r => r.GetString(0), ("$run", run));

    /// <summary>The rule set a run was scored by, loaded from the store (no folder needed), checked against its stored hash.</summary>
    /// <param name="run">The run's number.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="StoreException">The stored rule set was altered: it no longer has the hash it is stored under.</exception>
    public RuleSet RuleSetOf(long run) => ScorerOf(run).RuleSet;

    /// <summary>The run's rule set, compiled: loaded and compiled once per hash for the life of this instance (a replay of every run reuses it).</summary>
    private Scorer ScorerOf(long run)
    {
        var (hash, files) = Query("SELECT s.hash, s.files FROM runs r JOIN rule_sets s ON s.hash = r.rule_set WHERE r.run = $run",
            r => (r.GetString(0), r.GetString(1)), ("$run", run)).Single();
        lock (_gate)
        {
            if (_scorers.TryGetValue(hash, out var known))
            {
                return known;
            }
        }

        RuleSet ruleSet;
        try
        {
            ruleSet = RuleSetLoader.Load($"{Path}#{hash[..12]}", [.. JArray.Parse(files).Select(f => new RuleFile((string)f["path"]!, (string)f["text"]!))]);
        }
        catch (Exception e) when (e is RuleSetLoadException or Newtonsoft.Json.JsonException or InvalidCastException or NullReferenceException)
        {
            // Stored whole and checked when recorded: a set that no longer reads was altered in the file.
            throw new StoreException(Path, Messages.Say("store.rule-set-no-longer-reads", hash[..12], e.Message.Split('\n')[0]), e);
        }

        if (ruleSet.ContentHash != hash)
        {
            throw new StoreException(Path, Messages.Say("store.rule-set-hashes-otherwise", hash[..12], ruleSet.ContentHash[..12]));
        }

        var scorer = Scorer.Compile(ruleSet);
        lock (_gate)
        {
            return _scorers.TryAdd(hash, scorer) ? scorer : _scorers[hash];
        }
    }

    private readonly Dictionary<string, Scorer> _scorers = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    /// <summary>The SHA-256 of the stored inputs' UTF-8, in order, each followed by a line feed: a record altered afterwards no longer matches it.</summary>
    internal static string InputsHash(IEnumerable<byte[]> snapshots)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var snapshot in snapshots)
        {
            sha.AppendData(snapshot);
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <inheritdoc cref="InputsHash(IEnumerable{byte[]})"/>
    internal static string InputsHash(IEnumerable<string> snapshots) => InputsHash(snapshots.Select(Encoding.UTF8.GetBytes));
}
