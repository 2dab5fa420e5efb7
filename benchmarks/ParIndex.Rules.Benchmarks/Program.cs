using BenchmarkDotNet.Running;
using ParIndex.Rules.Benchmarks;
using ParIndex.Rules.Scoring;

if (args is ["verify", ..])
{
    // A quick check without timing: the three evaluators agree on 10,000 synthetic units.
    var units = Workload.Units(10_000);
    Verify.Same(Scorer.Compile(Workload.Rules), new DelegateEvaluator(Workload.Rules), new RulesEnginePeer(Workload.Rules), units);
    Console.WriteLine("verify: ours, the delegates and RulesEngine agree on 10000 units, every criterion.");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(BatchScoring).Assembly).Run(args);
return 0;
