using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

/// <summary>Goal seek and what-if (assessment model §8), worked by hand on the sample district and the province-style example.</summary>
public class RecoveryTests
{
    private static readonly Lazy<(IReadOnlyList<IndicatorSnapshot> Units, IReadOnlyList<Scorecard> Cards)> District = new(() =>
    {
        var units = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), Some.Commune2025Scorer.RuleSet).Snapshots;
        return (units, Some.Commune2025Scorer.ScoreMany(units));
    });

    private static Scorecard Card(string id) => District.Value.Cards.Single(c => c.UnitId == id);

    [Fact]
    public void GoalSeek_DaoXaToTheTarget_TakesTheLargestRecoveriesFirst()
    {
        // Đào Xá 72.26: 3.2.1 −6, then 4.1 and 5.1.1 −4 each (4.1 first, in rule-file order). 72.26 + 6 = 78.26 < 80;
        // + 4 = 82.26 reaches the rule set's target of 80: two criteria.
        var seek = Recovery.GoalSeek(Some.Commune2025Scorer, Card("dao-xa"));

        (seek.Target, seek.Total, seek.Reachable).Should().Be((80m, 72.26m, true));
        seek.Steps.Should().Equal(new RecoveryStep("3.2.1", 6m, 78.26m), new RecoveryStep("4.1", 4m, 82.26m));
    }

    [Fact]
    public void GoalSeek_TargetAboveTheMaximum_IsOutOfReachAndEndsAtTheMostPossible()
    {
        var card = Card("dao-xa");

        var seek = Recovery.GoalSeek(Some.Commune2025Scorer, card, 101m);

        seek.Reachable.Should().BeFalse();
        seek.Steps.Should().HaveCount(card.Criteria.Count(c => c.Deduction > 0));
        seek.Steps[^1].RunningTotal.Should().Be(100m);
    }

    [Fact]
    public void GoalSeek_TargetMet_HasNoSteps()
    {
        var seek = Recovery.GoalSeek(Some.Commune2025Scorer, Card("nha-long"));

        (seek.Reachable, seek.Steps.Count, seek.Total).Should().Be((true, 0, 93.89m));
    }

    [Fact]
    public void GoalSeek_RescaledWardWithBonusAndPenalty_RunsTheTotalAsScoringDoes()
    {
        // Bắc Sơn (example): 14.25 = 12.6 of 16 rescaled to 15.75, no bonus, 1.5 penalty. Largest recovery first:
        // 3.1 (3 bonus points, capped by its area at 2) → 16.25; then 2.1 (+2 of base): 14.6 × 20 / 16 = 18.25,
        // + 2 − 1.5 = 18.75, which reaches 18.
        var example = Scorer.Compile(RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example")));
        var units = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "province-example-2025.json"), example.RuleSet).Snapshots;
        var card = example.ScoreMany(units).Single(c => c.UnitId == "bac-son");

        var seek = Recovery.GoalSeek(example, card, 18m);

        seek.Steps.Should().Equal(new RecoveryStep("3.1", 3m, 16.25m), new RecoveryStep("2.1", 2m, 18.75m));
        seek.Reachable.Should().BeTrue();
    }

    [Fact]
    public void WhatIf_DaoXaWithFortyMoreOnTime_GainsSixPointsAndFourPlaces()
    {
        // 1,259 of 1,260 on time = 99.92% ≥ 99.9: 3.2.1 from 4 to 10, total 72.26 → 78.26. Fifteen of the other
        // nineteen units are above 78.26 (Lương Phú's 79.89 the lowest of them), so rank 20 → 16.
        var (units, cards) = District.Value;

        var result = Recovery.WhatIf(Some.Commune2025Scorer, cards, units.Single(u => u.Id == "dao-xa"), new Dictionary<string, IndicatorValue> { ["dossiersResolvedOnTime"] = 1259 });

        (result.Before.Total, result.After.Total, result.RankBefore, result.RankAfter).Should().Be((72.26m, 78.26m, 20, 16));
        result.After.Criterion("3.2.1").Points.Should().Be(10m);
        cards.Single(c => c.UnitId == "luong-phu").Total.Should().Be(79.89m, "everyone else is unchanged");
    }

    [Fact]
    public void WhatIf_KeyOutsideTheCatalogue_IsRefusedWithADidYouMean()
    {
        var (units, cards) = District.Value;

        var act = () => Recovery.WhatIf(Some.Commune2025Scorer, cards, units[0], new Dictionary<string, IndicatorValue> { ["dossiersResolvedOntime"] = 1 });

        act.Should().Throw<ArgumentException>().WithMessage("'dossiersResolvedOntime' is not an indicator of 'commune-2025'; did you mean 'dossiersResolvedOnTime'?*");
    }
}
