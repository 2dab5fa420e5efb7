using System.Runtime.ExceptionServices;

namespace ParIndex.Rules;

// Scoring many units: a list in parallel chunks, a sequence as it is read, a batch with its ranking, files in one pass.
public sealed partial class Scorer
{
    /// <summary>Scores many units on every core; the results come in input order, identical to scoring one by one.</summary>
    /// <param name="snapshots">The units' indicator figures.</param>
    /// <param name="options">Parallelism; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of units scored so far, after each chunk of units; the counts only grow.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>One scorecard per snapshot, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or one of them is null.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    /// <remarks>
    /// Whatever fails inside (the reading of a sequence, or <paramref name="progress"/> itself) is rethrown as it was
    /// thrown, the first failure only, for a list and a sequence alike; never wrapped in an <see cref="AggregateException"/>.
    /// A list is scored in chunks in parallel, each written to its place in the result. Any other sequence (a file
    /// being read, <see cref="SnapshotReader.StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem}, InputOptions)"/>)
    /// is read on the calling thread while the chunks already read are scored on others, so reading and scoring
    /// overlap; at most two chunks a core wait to be scored, so a fast reader never runs far ahead.
    /// </remarks>
    public IReadOnlyList<Scorecard> ScoreMany(
        IEnumerable<IndicatorSnapshot> snapshots,
        BatchOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        options ??= BatchOptions.Default;
        options.Validate();
        if (snapshots is not IReadOnlyList<IndicatorSnapshot> units)
        {
            return ScoreAsRead(snapshots, options, progress, cancellationToken);
        }

        for (var i = 0; i < units.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(units[i], nameof(snapshots));
        }

        var size = options.ChunkSize;
        var cards = new Scorecard[units.Count];
        var done = 0;
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, (units.Count + size - 1) / size, parallel, Chunk);
        }
        catch (AggregateException e)
        {
            // The first failure as it was thrown, as a sequence scored as read gives it: a caller catches one type either way.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return cards;

        void Chunk(int chunk)
        {
            var start = chunk * size;
            var facts = new UnitFact[Math.Min(size, units.Count - start)];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = CreateFact(units[start + i]);
            }

            ScoreChunk(facts).CopyTo(cards, start);
            if (progress is not null)
            {
                // Under a lock, so a caller's progress display is never written from two threads at once.
                lock (gate)
                {
                    done += facts.Length;
                    progress.Report(done);
                }
            }
        }
    }

    /// <summary>
    /// Scores a batch read from files or built in code, ranks it, and compares it with last period's results: the whole
    /// job of <c>parindex score</c> in one call, by this one scorer (the result is stamped with its rule set, so a
    /// host that reloads rules can never stamp a batch with a version that did not score it).
    /// </summary>
    /// <param name="batch">The units and the problems found reading them.</param>
    /// <param name="previous">Last period's results, when the batch is to be compared with them.</param>
    /// <param name="merge">The merge map the batch was formed with (<see cref="MergeMap.Apply"/>): a merged unit is compared through its predecessors.</param>
    /// <param name="options">Parallelism; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of units scored so far.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>The scored batch: units in input order and by rank, units without a total, every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentException">The batch was read under another rule set (<see cref="SnapshotBatch.ReadWith"/>): take one scorer for both.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public ScoredBatch ScoreBatch(
        SnapshotBatch batch,
        PreviousResults? previous = null,
        MergeMap? merge = null,
        BatchOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.ReadWith is { } read && read.ContentHash != RuleSet.ContentHash)
        {
            throw new ArgumentException(
                $"The batch was read under {read.Id} {read.Version} ({read.ContentHash}) but would be scored under {RuleSet.Id} {RuleSet.Version} ({RuleSet.ContentHash}): read and score with one scorer.",
                nameof(batch));
        }

        return ScoredBatch.Build(RuleSet, batch, ScoreMany(batch.Snapshots, options, progress, cancellationToken), previous, merge);
    }

    /// <summary>
    /// Reads files and scores their units in one pass, reading overlapped with scoring, then ranks them and compares
    /// them with last period's results: what <see cref="SnapshotReader.ReadFiles"/> followed by
    /// <see cref="ScoreBatch"/> gives, without waiting for the last unit to be read before the first is scored.
    /// </summary>
    /// <param name="paths">The input files (.json, .csv, .xlsx); an id in two files is a problem, the first one scored.</param>
    /// <param name="inputOptions">How the files write numbers and text; <see cref="InputOptions.Default"/> when null.</param>
    /// <param name="previous">Last period's results, when the batch is to be compared with them.</param>
    /// <param name="options">Parallelism; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of units scored so far.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>The scored batch, stamped with this scorer's rule set.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist (checked before any is read).</exception>
    /// <exception cref="NotSupportedException">A file's extension is none of .json, .csv and .xlsx.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    /// <remarks>Units formed by a merger need the whole batch first: read it, apply the <see cref="MergeMap"/>, then call <see cref="ScoreBatch"/>.</remarks>
    public ScoredBatch ScoreFiles(
        IReadOnlyList<string> paths,
        InputOptions? inputOptions = null,
        PreviousResults? previous = null,
        BatchOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var read = SnapshotReader.FilesAsRead(paths, RuleSet, inputOptions);
        var cards = ScoreMany(read.Units, options, progress, cancellationToken);
        return ScoredBatch.Build(RuleSet, read.Batch(), cards, previous, merge: null);
    }

    /// <summary>Scores a sequence as it is read: chunks go to the thread pool as soon as they fill, in order.</summary>
    private Scorecard[] ScoreAsRead(IEnumerable<IndicatorSnapshot> snapshots, BatchOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var size = options.ChunkSize;
        var degree = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        using var waiting = new SemaphoreSlim(2 * degree);
        var chunks = new List<Task<Scorecard[]>>();
        var done = 0;
        var gate = new Lock();
        var chunk = new List<IndicatorSnapshot>(size);
        try
        {
            foreach (var snapshot in snapshots)
            {
                ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
                chunk.Add(snapshot);
                if (chunk.Count == size)
                {
                    Dispatch();
                }
            }

            if (chunk.Count > 0)
            {
                Dispatch();
            }
        }
        finally
        {
            // Nothing started outlives the call, even when reading threw: the semaphore goes only after every chunk.
            try
            {
                Task.WaitAll([.. chunks], CancellationToken.None);
            }
            catch (AggregateException) when (chunks.Count > 0)
            {
                // Rethrown below, once the reading's own exception (if any) has had its turn.
            }
        }

        if (chunks.FirstOrDefault(c => c.IsFaulted || c.IsCanceled) is { } failed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(failed.Exception!.InnerException!).Throw();
        }

        return [.. chunks.SelectMany(c => c.Result)];

        void Dispatch()
        {
            waiting.Wait(cancellationToken);
            var units = chunk.ToArray();
            chunk.Clear();
            chunks.Add(Task.Run(() =>
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var cards = ScoreChunk([.. units.Select(CreateFact)]);
                    if (progress is not null)
                    {
                        lock (gate)
                        {
                            done += cards.Length;
                            progress.Report(done);
                        }
                    }

                    return cards;
                }
                finally
                {
                    waiting.Release();
                }
            }, CancellationToken.None));
        }
    }
}
