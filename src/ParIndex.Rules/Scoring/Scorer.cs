using System.Buffers;
using System.Globalization;
using NRules;
using NRules.Diagnostics;

namespace ParIndex.Rules;

/// <summary>A rule set compiled into NRules rules, ready to score any number of units.</summary>
/// <remarks>
/// Compile once with <see cref="Compile(RuleSet)"/>, then call <see cref="Score"/> or <see cref="ScoreMany"/> as often
/// as needed. Immutable and thread-safe: each chunk of units is scored in an NRules session taken from a pool and emptied after it. Compiling costs
/// milliseconds; scoring costs microseconds a unit.
/// </remarks>
public sealed class Scorer
{
    // Sessions are taken from a pool for a chunk and given back emptied: a thread-local session per thread was never
    // disposed, and kept one session per thread alive for as long as the thread, not the scorer. An NRules session
    // holds nothing but managed memory, so pooled ones go with the scorer when it is collected.
    private readonly System.Collections.Concurrent.ConcurrentBag<ISession> _sessions = [];
    private readonly ISessionFactory _factory;
    private readonly CriterionRule[] _criteria;
    private readonly int _partCount;
    private readonly int[] _areaOfCriterion;
    private readonly ValueDefinition[] _sipasRates;

    private static readonly IndicatorType[] CountOverCount = [IndicatorType.Count, IndicatorType.Count];

    private Scorer(RuleSet ruleSet, ISessionFactory factory, CriterionRule[] criteria, int partCount)
    {
        _factory = factory;
        RuleSet = ruleSet;
        _criteria = criteria;
        _partCount = partCount;
        var areaIndex = ruleSet.Areas.Select((a, i) => (a.Id, i)).ToDictionary(a => a.Id, a => a.i, StringComparer.Ordinal);
        _areaOfCriterion = criteria.Select(c => areaIndex[c.Definition.Area]).ToArray();
        _sipasRates = ruleSet.SipasAspects.Select(a => new ValueDefinition(ValueKind.Rate, [a.Numerator, a.Denominator])).ToArray();
    }

    /// <summary>The rule set this scorer was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Compiles a rule set into NRules rules.</summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    /// <returns>The scorer.</returns>
    public static Scorer Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (factory, criteria, partCount) = RuleSetCompiler.Compile(ruleSet);
        return new Scorer(ruleSet, factory, criteria, partCount);
    }

    /// <summary>Scores one unit.</summary>
    /// <param name="snapshot">The unit's indicator figures.</param>
    /// <returns>The unit's scorecard. Bad figures never throw: the criteria that use them get <c>missing_data</c> or <c>invalid_data</c>.</returns>
    public Scorecard Score(IndicatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ScoreChunk([CreateFact(snapshot)])[0];
    }

    /// <summary>Scores many units on every core; the results come in input order, identical to scoring one by one.</summary>
    /// <param name="snapshots">The units' indicator figures.</param>
    /// <param name="options">Parallelism and chunk size; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of units scored so far, after each window of chunks.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>One scorecard per snapshot, in input order.</returns>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public IReadOnlyList<Scorecard> ScoreMany(
        IEnumerable<IndicatorSnapshot> snapshots,
        BatchOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default) =>
        ScoreStream(snapshots, options, progress, cancellationToken).ToList();

    /// <summary>Scores a stream of units lazily on every core, in input order, holding only a window of chunks in memory (the CLI's streamed CSV output).</summary>
    /// <param name="snapshots">The units' indicator figures, read as they are needed.</param>
    /// <param name="options">Parallelism and chunk size; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of units scored so far, after each window of chunks.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>One scorecard per snapshot, in input order, as they are scored.</returns>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    internal IEnumerable<Scorecard> ScoreStream(
        IEnumerable<IndicatorSnapshot> snapshots,
        BatchOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        options ??= BatchOptions.Default;
        options.Validate();
        return Iterate();

        IEnumerable<Scorecard> Iterate()
        {
            var pipeline = new Pipeline(this, options, progress, inline: options.MaxDegreeOfParallelism == 1, cancellationToken);
            foreach (var chunk in Chunks(snapshots, options.ChunkSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                pipeline.Start(chunk);
                if (pipeline.IsFull)
                {
                    foreach (var card in pipeline.Next())
                    {
                        yield return card;
                    }
                }
            }

            while (!pipeline.IsEmpty)
            {
                foreach (var card in pipeline.Next())
                {
                    yield return card;
                }
            }
        }
    }

    private static IEnumerable<List<IndicatorSnapshot>> Chunks(IEnumerable<IndicatorSnapshot> snapshots, int size)
    {
        var chunk = new List<IndicatorSnapshot>(size);
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            chunk.Add(snapshot);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<IndicatorSnapshot>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>
    /// The chunks of a batch in flight, at most a window of them: each is scored on the thread pool as soon as it
    /// is read, and they are handed back in input order.
    /// </summary>
    /// <remarks>
    /// Reading the next chunks overlaps with scoring the earlier ones, and no core waits for a whole window to
    /// finish before the next starts (the earlier shape did, with a barrier per window). Used by one consumer
    /// thread at a time, which is also the one that reports progress, so the counts it reports only grow.
    /// </remarks>
    private sealed class Pipeline(Scorer scorer, BatchOptions options, IProgress<int>? progress, bool inline, CancellationToken cancellationToken)
    {
        private readonly Queue<Task<Scorecard[]>> _inFlight = new();
        // Caps the chunks scored at once at MaxDegreeOfParallelism; with 1, chunks are scored inline on the caller's thread instead (Start).
        private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxDegreeOfParallelism).ConcurrentScheduler;

        private int _done;
        private int _reported;

        public bool IsFull => _inFlight.Count >= options.ChunksPerWindow;

        public bool IsEmpty => _inFlight.Count == 0;

        public void Start(List<IndicatorSnapshot> chunk) => _inFlight.Enqueue(inline
            ? Task.FromResult(scorer.ScoreChunk(scorer.CreateFacts(chunk)))
            : Task.Factory.StartNew(() => scorer.ScoreChunk(scorer.CreateFacts(chunk)), cancellationToken, TaskCreationOptions.DenyChildAttach, _scheduler));

        public Scorecard[] Next() => Done(_inFlight.Dequeue().GetAwaiter().GetResult());

        private Scorecard[] Done(Scorecard[] cards)
        {
            _done += cards.Length;
            if (_done - _reported >= options.WindowSize || IsEmpty)
            {
                _reported = _done;
                progress?.Report(_done);
            }

            return cards;
        }
    }

    private UnitFact[] CreateFacts(List<IndicatorSnapshot> chunk)
    {
        var facts = new UnitFact[chunk.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = CreateFact(chunk[i]);
        }

        return facts;
    }

    private UnitFact CreateFact(IndicatorSnapshot snapshot)
    {
        // Pooled: the measures are needed only while the chunk is scored (see ScoreChunk).
        var measures = ArrayPool<Measure>.Shared.Rent(_partCount);
        foreach (var criterion in _criteria)
        {
            var parts = criterion.Definition.Parts;
            for (var i = 0; i < parts.Count; i++)
            {
                measures[criterion.FirstPart + i] = Measure.Read(parts[i], criterion.InputTypes[i], snapshot);
            }
        }

        return new UnitFact(snapshot, measures, _partCount, _criteria.Length);
    }

    private Scorecard[] ScoreChunk(UnitFact[] chunk)
    {
        // A session from the pool, emptied after the chunk and given back: nothing of a chunk outlives it.
        var session = _sessions.TryTake(out var pooled) ? pooled : NewSession();
        var fact = new ChunkFact(chunk);
        try
        {
            session.Insert(fact);
            session.Fire();
        }
        finally
        {
            session.TryRetract(fact);
            _sessions.Add(session);
            foreach (var unit in chunk)
            {
                // The scorecard keeps the part outcomes only; results built later read the measures again from the snapshot.
                ArrayPool<Measure>.Shared.Return(unit.Measures!);
                unit.Measures = null;
            }
        }

        var cards = new Scorecard[chunk.Length];
        for (var i = 0; i < cards.Length; i++)
        {
            cards[i] = BuildScorecard(chunk[i]);
        }

        return cards;
    }

    private ISession NewSession()
    {
        var session = _factory.CreateSession();

        // An exception in a criterion's action is caught there, for its unit alone (CriterionRule.Record), and a
        // condition takes an overflow for a shortfall, which the action then keeps to its unit. Whatever NRules
        // still reports concerns the whole chunk: mark its units and let the session go on.
        session.Events.LhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        session.Events.RhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        return session;
    }

    private static void Fail(IEnumerable<object?> arguments, Exception? exception, IRecoverableError error)
    {
        error.IsHandled = true;
        foreach (var unit in arguments.OfType<ChunkFact>().SelectMany(c => c.Units))
        {
            unit.EngineError = exception?.GetBaseException().Message ?? "an error inside the rule engine";
        }
    }

    private Scorecard BuildScorecard(UnitFact fact)
    {
        var total = 0m;
        foreach (var criterion in _criteria)
        {
            total += criterion.Outcome(fact).Points;
        }

        var sipas = Sipas(fact.Snapshot);
        var meets = total >= RuleSet.Targets.MinTotal && sipas >= RuleSet.Targets.MinSipas;
        var snapshot = fact.Snapshot;
        return new Scorecard(RuleSet.Id, RuleSet.Version, RuleSet.ContentHash, snapshot.Id, snapshot.Name, snapshot.Period,
            new CriterionResultList(this, fact), new AreaResultList(this, fact),
            total, RuleSet.TotalPoints, RuleSet.Classify(total), sipas, meets);
    }

    /// <summary>A scorecard's criteria, each built when first read.</summary>
    private sealed class CriterionResultList(Scorer scorer, UnitFact fact) : LazyList<CriterionResult>(scorer._criteria.Length), ICriterionIndex
    {
        public int IndexOf(string id) => Array.FindIndex(scorer._criteria, c => string.Equals(c.Definition.Id, id, StringComparison.Ordinal));

        protected override CriterionResult Build(int index) => CriterionResults.Build(scorer._criteria[index], fact, scorer.RuleSet.IndicatorsByKey);
    }

    /// <summary>A scorecard's area subtotals, each summed from the criteria's outcomes when first read.</summary>
    private sealed class AreaResultList(Scorer scorer, UnitFact fact) : LazyList<AreaResult>(scorer.RuleSet.Areas.Count)
    {
        protected override AreaResult Build(int index)
        {
            var points = 0m;
            for (var c = 0; c < scorer._criteria.Length; c++)
            {
                if (scorer._areaOfCriterion[c] == index)
                {
                    points += scorer._criteria[c].Outcome(fact).Points;
                }
            }

            var area = scorer.RuleSet.Areas[index];
            return new AreaResult(area.Id, area.Title, points, area.MaxPoints);
        }
    }

    /// <summary>The mean of the aspects' rates (each rounded), rounded to 2 decimals; missing when any aspect is.</summary>
    /// <remarks>An aspect's rate is read as a part's rate is: absent, not a count, zero answers or more satisfied than answers leave it missing.</remarks>
    private decimal? Sipas(IndicatorSnapshot snapshot)
    {
        if (_sipasRates.Length == 0)
        {
            return null;
        }

        var sum = 0m;
        foreach (var rate in _sipasRates)
        {
            var measure = Measure.Read(rate, ZeroDenominatorPolicy.MissingData, CountOverCount, snapshot);
            if (measure.State != MeasureState.Ok)
            {
                return null;
            }

            sum += measure.Value;
        }

        return Math.Round(sum / _sipasRates.Length, 2, MidpointRounding.AwayFromZero);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Scorer({RuleSet.Id} {RuleSet.Version}, {_criteria.Length} criteria)");
}
