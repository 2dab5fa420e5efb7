using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

/// <summary>What it takes to recover (assessment model §8): the events needed, under the rounding of rates, worked by hand.</summary>
public class GapsTests
{
    private static PartResult Part(string criterion, params (string Key, IndicatorValue Value)[] figures) =>
        Some.Commune2025Scorer.Score(Some.Unit("u", figures)).Criterion(criterion).Parts[0];

    [Fact]
    public void Needed_DossiersOnTimeShortOf999_IsTheSpecsTwentySeven()
    {
        // 2,970 of 3,000 = 99.00%; 2,997 of 3,000 = 99.90% meets 99.9 (and the top band): 27 more.
        var part = Part("3.2.1", ("dossiersResolved", 3000), ("dossiersResolvedOnTime", 2970));

        (part.Needed, part.NeededFull).Should().Be((27m, 27m));
    }

    [Fact]
    public void Needed_RateThatRoundsUpToTheRequirement_CountsTheRounding()
    {
        // 19,970 of 20,000 = 99.85%. 19,979 of 20,000 = 99.895%, rounded (midpoint away from zero) 99.90: 9 more,
        // where the unrounded rate would need 10 (19,980 = 99.90% exactly).
        Part("3.2.1", ("dossiersResolved", 20000), ("dossiersResolvedOnTime", 19970)).Needed.Should().Be(9m);
    }

    [Fact]
    public void Needed_AmountShortOfItsShare_IsInDong()
    {
        // 2,000,000,000 of 2,900,000,000 VND disbursed (68.97%) against 95%: 2,754,855,000 / 2,900,000,000 = 94.995%,
        // which rounds to 95.00; 1 VND less is 94.99%. So 754,855,000 VND more.
        Part("5.1.1", ("investmentAllocated", 2_900_000_000), ("investmentDisbursed", 2_000_000_000)).Needed.Should().Be(754_855_000m);
    }

    [Fact]
    public void Needed_PenaltyOnLateDossiersWithoutApology_IsTheEventsToRemove()
    {
        // 5 late, 2 with a letter of apology: 3 without, 0 allowed: 3 fewer (3 more letters) for the requirement and for full points.
        var part = Part("3.2.2", ("dossiersLate", 5), ("dossiersLateWithApology", 2));

        (part.Value, part.Needed, part.NeededFull).Should().Be((3m, 3m, 3m));
    }

    [Fact]
    public void Needed_CountBelowItsMinimum_IsTheDifference()
    {
        var part = Part("1.1", ("parInitiativesRecognised", 0));

        (part.Needed, part.NeededFull).Should().Be((1m, 1m));
    }

    [Fact]
    public void Needed_ProportionalScale_IsTheEventsToTheThreshold()
    {
        // 7.3.3: 720 of 1,000 online against 90%, full points at 90%: 900 of 1,000, so 180 more.
        var part = Part("7.3.3", ("fullOnlineProcedureDossiers", 1000), ("fullOnlineDossiersOnline", 720));

        (part.Needed, part.NeededFull).Should().Be((180m, 180m));
    }

    [Fact]
    public void Needed_MetOrNotCountable_IsZeroOrNull()
    {
        Part("3.2.1", ("dossiersResolved", 1000), ("dossiersResolvedOnTime", 1000)).Needed.Should().Be(0m);
        Part("6.2.1", ("publicAssetInspectionDone", false)).Needed.Should().BeNull("a yes/no has no count of events");
        Part("3.2.1", ("dossiersResolved", 1000)).Needed.Should().BeNull("missing data has none either");
    }

    [Fact]
    public void Needed_BonusAndPenaltyAreasOfTheExample_CountEventsEachWay()
    {
        // Bonus 3.1: 1 per award, 1 required, full at 3: 0 awards → 1 and 3. Penalty 4.1: 1.5 per violation, 0 allowed:
        // 2 violations → 2 fewer for both.
        var example = Scorer.Compile(RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example")));
        var card = example.Score(Some.Unit("u", ("awards", 0), ("violations", 2)));

        (card.Criterion("3.1").Parts[0].Needed, card.Criterion("3.1").Parts[0].NeededFull).Should().Be((1m, 3m));
        (card.Criterion("4.1").Parts[0].Needed, card.Criterion("4.1").Parts[0].NeededFull).Should().Be((2m, 2m));
    }
}
