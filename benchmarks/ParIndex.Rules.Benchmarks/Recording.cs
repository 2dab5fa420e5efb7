using BenchmarkDotNet.Attributes;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Benchmarks;

/// <summary>
/// What keeping a run costs (issue #29, 6): scoring every commune-level unit in the country (3,321), against scoring
/// them and recording the run in a store of records (a new file each time, on the machine's disk). Twenty iterations:
/// the disk's own writing back makes a run of eight bimodal (three at 380 ms, five at 210).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class Recording
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parindex-bench-").FullName;
    private IndicatorSnapshot[] _units = null!;
    private Scorer _scorer = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _units = Workload.Units(3_321);
        _scorer = Scorer.Compile(Workload.Rules);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "score 3,321 units")]
    public int Score() => ScoredBatch.Of(_scorer.RuleSet, _scorer.ScoreMany(_units)).Units.Count;

    [Benchmark(Description = "score and record 3,321 units")]
    public long ScoreAndRecord()
    {
        var batch = ScoredBatch.Of(_scorer.RuleSet, _scorer.ScoreMany(_units));
        using var store = ResultStore.Open(Path.Combine(_folder, $"run-{_run++}.db"));
        return store.Record(_units, batch, new RecordOptions(DateTimeOffset.UnixEpoch, "benchmark")).Run;
    }
}
