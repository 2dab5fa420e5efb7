using BenchmarkDotNet.Running;
using ParIndex.Rules;
using ParIndex.Rules.Benchmarks;

if (args is ["verify", ..])
{
    // A quick check without timing: the three evaluators agree on 10,000 synthetic units.
    var units = Workload.Units(10_000);
    Verify.Same(Scorer.Compile(Workload.Rules), new DelegateEvaluator(Workload.Rules), new RulesEnginePeer(Workload.Rules), units);
    Console.WriteLine("verify: ours, the delegates, RulesEngine and the physical limit agree on 10000 units, every criterion.");
    return 0;
}

if (args is ["breakdown", ..])
{
    // Where a unit's time goes (Stopwatch, best of 15, 10,000 units on every core): reading and checking its figures
    // into measures (dictionary look-ups, decimal rates) against the whole of ScoreMany.
    var units = Workload.Units(10_000);
    var rules = Workload.Rules;
    var types = rules.Criteria.SelectMany(c => c.Parts.Select(p => p.Value.Inputs.Select(k => rules.IndicatorsByKey[k].Type).ToArray())).ToArray();
    var parts = rules.Criteria.SelectMany(c => c.Parts).ToArray();
    var scorer = Scorer.Compile(rules);
    var read = BestOf15(() => Parallel.For(0, units.Length, u =>
    {
        Span<Measure> measures = stackalloc Measure[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            measures[p] = Measure.Read(parts[p], types[p], units[u]);
        }
    }));
    var evaluate = BestOf15(() => Parallel.For(0, units.Length, u =>
    {
        for (var p = 0; p < parts.Length; p++)
        {
            Evaluator.Part(parts[p], Measure.Read(parts[p], types[p], units[u]));
        }
    }));
    var whole = BestOf15(() => scorer.ScoreMany(units));
    Console.WriteLine(FormattableString.Invariant($"breakdown at 10,000 units: reading measures {read:F1} ms, reading and evaluating every part {evaluate:F1} ms, ScoreMany {whole:F1} ms"));
    return 0;
}

if (args is ["scale", ..])
{
    // How loading, compiling and scoring grow with the number of criteria (issue #15: 20,000 took 8.5 minutes).
    // One pass each, Stopwatch: the point is the shape of the growth, not the last percent.
    foreach (var count in args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Where(c => c > 0).DefaultIfEmpty(1_000))
    {
        var files = Workload.ManyCriteria(count);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rules = RuleSetLoader.Load("scale", files);
        var load = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var scorer = Scorer.Compile(rules);
        var compile = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var cards = scorer.ScoreMany(Workload.Units(2).Select((u, i) => u with { Id = "u" + i }).ToList());
        _ = cards.Sum(c => c.Total);
        var score = clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"scale {count,6} criteria: load {load,7:F2} s, compile {compile,7:F2} s, score 2 units {score,7:F2} s"));
    }

    return 0;
}

if (args is ["quick", ..])
{
    // A rough Stopwatch comparison for use while changing the engine; the numbers to report come from BenchmarkDotNet.
    var units = Workload.Units(10_000);
    var scorer = Scorer.Compile(Workload.Rules);
    var delegates = new DelegateEvaluator(Workload.Rules);
    var ours = BestOf15(() => scorer.ScoreMany(units));
    var limit = BestOf15(() => delegates.EvaluateAll(units));
    var physical = new PhysicalLimit(Workload.Rules, units);
    var floor = BestOf15(() => physical.EvaluateAll());
    Console.WriteLine(FormattableString.Invariant($"quick, best of 15 at 10,000 units: ours {ours:F1} ms, delegates {limit:F1} ms (ours ÷ {ours / limit:F2}), physical limit {floor:F1} ms (ours ÷ {ours / floor:F2})"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(BatchScoring).Assembly).Run(args);
return 0;

// The best of 15 runs, in milliseconds: a rough figure for use while changing code; reported numbers come from BenchmarkDotNet.
static double BestOf15(Action run)
{
    var best = double.MaxValue;
    for (var i = 0; i < 15; i++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        run();
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }

    return best;
}
