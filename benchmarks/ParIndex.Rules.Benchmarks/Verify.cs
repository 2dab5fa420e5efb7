
namespace ParIndex.Rules.Benchmarks;

/// <summary>Checks that the four evaluators agree on every criterion of every unit before anything is timed.</summary>
public static class Verify
{
    public static void Same(Scorer scorer, DelegateEvaluator delegates, RulesEnginePeer peer, IndicatorSnapshot[] units)
    {
        Same(scorer, delegates, peer, new PhysicalLimit(Workload.Rules, units), units);
    }

    public static void Same(Scorer scorer, DelegateEvaluator delegates, RulesEnginePeer peer, PhysicalLimit physical, IndicatorSnapshot[] units)
    {
        var ours = scorer.ScoreMany(units).Select(c => Workload.Fingerprint(c.Criteria.Select(r => (r.Status, r.Points)))).ToList();
        var limit = delegates.EvaluateAll(units).Select(r => Workload.Fingerprint(r)).ToList();
        var other = peer.EvaluateAllAsync(units).GetAwaiter().GetResult().Select(r => Workload.Fingerprint(r)).ToList();
        var floor = physical.EvaluateAll().Select(r => Workload.Fingerprint(r.Select(c => (c.Status, c.Points / 100m)))).ToList();
        for (var i = 0; i < units.Length; i++)
        {
            if (ours[i] != limit[i] || ours[i] != other[i] || ours[i] != floor[i])
            {
                throw new InvalidOperationException($"Unit {units[i].Id} differs:\n ours     {ours[i]}\n limit    {limit[i]}\n peer     {other[i]}\n physical {floor[i]}");
            }
        }

        var statuses = scorer.ScoreMany(units).SelectMany(c => c.Criteria).Select(c => c.Status).Distinct().Count();
        if (statuses != Enum.GetValues<CriterionStatus>().Length)
        {
            throw new InvalidOperationException("The workload does not reach every status; the comparison would prove less than it claims.");
        }
    }
}
