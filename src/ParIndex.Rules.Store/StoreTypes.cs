using Microsoft.Data.Sqlite;

namespace ParIndex.Rules.Store;

/// <summary>One recorded run: when, who, the period and round, the inputs' hash and the rule set that scored them.</summary>
/// <param name="Run">The run's number in the store, from 1.</param>
/// <param name="At">When it was recorded (the clock read by the caller, at the edge).</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Period">The inputs' period, when they give one.</param>
/// <param name="Round">The appraisal round the run is of, when given.</param>
/// <param name="Source">The inputs' name.</param>
/// <param name="InputsHash">The SHA-256 of the inputs as stored.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="RuleSetHash">The rule set's content hash; the set itself is stored once under it.</param>
/// <param name="Units">How many units were scored.</param>
public sealed record StoredRun(long Run, DateTimeOffset At, string By, string? Period, int? Round, string Source, string InputsHash,
    string RuleSetId, string RuleSetVersion, string RuleSetHash, int Units);

/// <summary>A criterion's result as recorded.</summary>
/// <param name="Id">The criterion's id.</param>
/// <param name="Status">Its status.</param>
/// <param name="Points">Its points, exactly.</param>
public sealed record StoredCriterion(string Id, CriterionStatus Status, decimal Points);

/// <summary>A unit's result in a run, as recorded.</summary>
/// <remarks>Immutable; a plain class, since its list of criteria has no value equality worth the name.</remarks>
public sealed class StoredResult
{
    internal StoredResult(long run, string unitId, string name, string? type, decimal? total, int? rank, int? rankInType, string? classification, IReadOnlyList<StoredCriterion> criteria)
    {
        Run = run;
        UnitId = unitId;
        Name = name;
        Type = type;
        Total = total;
        Rank = rank;
        RankInType = rankInType;
        Classification = classification;
        Criteria = criteria;
    }

    /// <summary>The run.</summary>
    public long Run { get; }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The unit's type, when given.</summary>
    public string? Type { get; }

    /// <summary>The total, or <see langword="null"/> for a unit without one (not ranked).</summary>
    public decimal? Total { get; }

    /// <summary>The rank overall, or <see langword="null"/> when not ranked.</summary>
    public int? Rank { get; }

    /// <summary>The rank within the unit's type, when ranked within one.</summary>
    public int? RankInType { get; }

    /// <summary>The classification, when ranked.</summary>
    public string? Classification { get; }

    /// <summary>Every criterion's status and points.</summary>
    public IReadOnlyList<StoredCriterion> Criteria { get; }
}

/// <summary>Who and when, and the round, for <see cref="ResultStore.Record"/>.</summary>
/// <param name="At">When (read from the clock by the caller: the store never reads one).</param>
/// <param name="By">Who records the run.</param>
/// <param name="Round">The appraisal round, when the run is of one.</param>
public sealed record RecordOptions(DateTimeOffset At, string By, int? Round = null);

/// <summary>A store that cannot be opened or written, and why, in English and Vietnamese; the store is left as it was.</summary>
#pragma warning disable CA1032 // Thrown by the store only, always with its file and reason.
public sealed class StoreException : Exception
#pragma warning restore CA1032
{
    private readonly string _vietnamese;

    internal StoreException(string path, LocalizedText message, Exception? inner = null)
        : this(Messages.Say("store.the-store", path, message), path, inner)
    {
    }

    private StoreException(LocalizedText said, string path, Exception? inner)
        : base(said.In(Language.En), inner)
    {
        Path = path;
        _vietnamese = said.Vi;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) => language == Language.En ? Message : _vietnamese;

    /// <summary>SQLite's failures in words: a locked file, a full disk, a folder that cannot be written, a file that is no database.</summary>
    internal static StoreException From(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => new(path, Messages.Say("store.locked"), e),
        13 => new(path, Messages.Say("store.disk-full"), e),
        // An I/O error: the system refused a write part-way (a disk or quota filled, a file grown past its limit)
        // or a read (a drive removed, a network share gone). The transaction was not committed.
        10 => new(path, Messages.Say("store.io-error"), e),
        8 or 14 => new(path, Messages.Say("store.read-only"), e),
        11 or 26 => new(path, Messages.Say("store.not-sqlite"), e),
        _ => new(path, Messages.Say("store.failed", e.Message), e),
    };
}
