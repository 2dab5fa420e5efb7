
namespace ParIndex.Rules.Benchmarks;

/// <summary>Checks that the three evaluators agree on every criterion of every unit before anything is timed.</summary>
public static class Verify
{
    public static void Same(Scorer scorer, DelegateEvaluator delegates, RulesEnginePeer peer, IndicatorSnapshot[] units)
    {
        var ours = scorer.ScoreMany(units).Select(c => Workload.Fingerprint(c.Criteria.Select(r => (r.Status, r.Points)))).ToList();
        var limit = delegates.EvaluateAll(units).Select(r => Workload.Fingerprint(r)).ToList();
        var other = peer.EvaluateAllAsync(units).GetAwaiter().GetResult().Select(r => Workload.Fingerprint(r)).ToList();
        for (var i = 0; i < units.Length; i++)
        {
            if (ours[i] != limit[i] || ours[i] != other[i])
            {
                throw new InvalidOperationException($"Unit {units[i].Id} differs:\n ours     {ours[i]}\n limit    {limit[i]}\n peer     {other[i]}");
            }
        }

        var statuses = scorer.ScoreMany(units).SelectMany(c => c.Criteria).Select(c => c.Status).Distinct().Count();
        if (statuses != Enum.GetValues<CriterionStatus>().Length)
        {
            throw new InvalidOperationException("The workload does not reach every status; the comparison would prove less than it claims.");
        }
    }
}
