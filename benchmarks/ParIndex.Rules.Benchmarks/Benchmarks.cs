using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ParIndex.Rules.Benchmarks;

/// <summary>Scoring a batch four ways: the physical limit (columns of integers), plain delegates over snapshots, the library's NRules batch API, and RulesEngine.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class BatchScoring
{
    private IndicatorSnapshot[] _units = [];
    private Scorer _scorer = null!;
    private DelegateEvaluator _delegates = null!;
    private RulesEnginePeer _peer = null!;
    private PhysicalLimit _physical = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _units = Workload.Units(Units);
        _scorer = Scorer.Compile(Workload.Rules);
        _delegates = new DelegateEvaluator(Workload.Rules);
        _peer = new RulesEnginePeer(Workload.Rules);
        _physical = new PhysicalLimit(Workload.Rules, _units);
        Verify.Same(_scorer, _delegates, _peer, _units.Take(10_000).ToArray());
    }

    [Benchmark(Description = "physical limit: columns, integer hundredths")]
    public int Physical() => _physical.EvaluateAll().Length;

    [Benchmark(Baseline = true, Description = "delegates, parallel (the limit)")]
    public int Delegates() => _delegates.EvaluateAll(_units).Length;

    [Benchmark(Description = "ParIndex.Rules ScoreMany (NRules)")]
    public int Ours() => _scorer.ScoreMany(_units).Count;

    [Benchmark(Description = "RulesEngine 6.0.1, FEC, parallel")]
    public int RulesEngine() => _peer.EvaluateAllAsync(_units).GetAwaiter().GetResult().Length;
}

/// <summary>One unit at a time, as a web request would score it.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SingleUnit
{
    private IndicatorSnapshot _unit = null!;
    private Scorer _scorer = null!;
    private DelegateEvaluator _delegates = null!;
    private RulesEnginePeer _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _unit = Workload.Units(1, seed: 11)[0];
        _scorer = Scorer.Compile(Workload.Rules);
        _delegates = new DelegateEvaluator(Workload.Rules);
        _peer = new RulesEnginePeer(Workload.Rules);
    }

    [Benchmark(Baseline = true, Description = "delegates")]
    public int Delegates() => _delegates.Evaluate(_unit).Length;

    [Benchmark(Description = "ParIndex.Rules Score")]
    public decimal Ours() => _scorer.Score(_unit).Total;

    [Benchmark(Description = "RulesEngine")]
    public int RulesEngine() => _peer.Evaluate(_unit).Length;
}

/// <summary>A fresh process: load and validate the shipped 2025 rule set, compile it, score one unit.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 8, warmupCount: 0, iterationCount: 1)]
public class ColdStart
{
    private IndicatorSnapshot _unit = null!;

    [GlobalSetup]
    public void Setup() => _unit = new IndicatorSnapshot("x", "x", new Dictionary<string, IndicatorValue> { ["dossiersResolved"] = 100, ["dossiersResolvedOnTime"] = 99 });

    [Benchmark(Description = "load + validate + compile + score one")]
    public decimal LoadCompileScore() => Scorer.Compile(BundledRuleSets.Load("commune-2025")).Score(_unit).Total;
}

/// <summary><c>parindex score</c> on a 10,000-unit CSV, end to end, as a separate process (build the CLI in Release first).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CliEndToEnd
{
    private string _csv = string.Empty;
    private string _cli = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _cli = Path.Combine(RepositoryRoot(), "src", "ParIndex.Rules.Cli", "bin", "Release", "net10.0", "parindex.dll");
        if (!File.Exists(_cli))
        {
            throw new InvalidOperationException($"Build the CLI first: dotnet build -c Release src/ParIndex.Rules.Cli ({_cli} is missing).");
        }

        _csv = Path.Combine(Path.GetTempPath(), "parindex-bench-10000.csv");
        var keys = Workload.Rules.Indicators.Select(i => i.Key).ToList();
        using var writer = new StreamWriter(_csv);
        writer.WriteLine("id,name," + string.Join(",", keys));
        foreach (var unit in Workload.Units(10_000))
        {
            writer.WriteLine(unit.Id + "," + unit.Name + "," + string.Join(",", keys.Select(k => unit.Indicators.TryGetValue(k, out var v) ? (v.Kind == IndicatorValueKind.Invalid ? "x" : v.ToString()) : string.Empty)));
        }
    }

    [Benchmark(Description = "parindex score 10,000-unit CSV --format csv")]
    public int Score()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [_cli, "score", _csv, "--format", "csv", "--output", "/dev/null", "--quiet"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}

/// <summary>What analysts hand on, for every commune-level unit in the country (3,321): the workbook and the district report.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class Deliverables
{
    private ScoredBatch _ranked = null!;

    [GlobalSetup]
    public void Setup() => _ranked = ScoredBatch.Of(Workload.Rules, Scorer.Compile(Workload.Rules).ScoreMany(Workload.Units(3_321)));

    [Benchmark(Description = "workbook, 3,321 units")]
    public long Workbook()
    {
        using var output = new MemoryStream();
        WorkbookReport.Write(output, _ranked);
        return output.Length;
    }

    [Benchmark(Description = "district report (HTML), 3,321 units")]
    public long Report()
    {
        using var output = new StringWriter();
        ParIndex.Rules.Reports.HtmlReport.Write(output, _ranked);
        return output.GetStringBuilder().Length;
    }
}
