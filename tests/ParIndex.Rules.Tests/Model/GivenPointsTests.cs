using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>
/// Points a person gives (claims, appraisal rounds) built in code, where no reader checked them: they never reach a
/// total. Numbers worked by hand from rules/commune-2025 (1.1 is worth 2 points, 3.2.1 10; a perfect unit scores 100)
/// and samples/province-example (1.1 judged, 4 points, step 0.5; base 20).
/// </summary>
public class GivenPointsTests
{
    private static readonly Lazy<Scorer> Example = new(() => Scorer.Compile(RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example"))));

    private static IndicatorSnapshot Appraised(string criterion, params AppraisalRound[] rounds) =>
        Some.PerfectUnit() with { Appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal) { [criterion] = rounds } };

    [Fact]
    public void Score_AppraisalAboveTheMaximumBuiltInCode_IsInvalidDataAndCountsNothing()
    {
        // 1.1 is worth 2: an appraisal of 50 once gave it 50 points and a deduction of −48. Now 0 of 2: 100 − 2 = 98.
        var card = Some.Commune2025Scorer.Score(Appraised("1.1", new AppraisalRound(1, 50m, "x")));

        var criterion = card.Criterion("1.1");
        (criterion.Status, criterion.Points, criterion.Deduction, card.Total).Should().Be((CriterionStatus.InvalidData, 0m, 2m, 98m));
        criterion.Hint!.Vi.Should().Be("Không chấm được tiêu chí: vòng thẩm định 1 cho 50 điểm; điểm thẩm định phải là một số từ 0 đến 2 điểm của tiêu chí, tối đa 2 chữ số thập phân, không phải 50. Sửa lại điểm.");
        criterion.Hint.En.Should().Be("The criterion could not be scored: appraisal round 1 gives 50 points; the appraised points must be a number from 0 to the criterion's 2, with at most 2 decimals, not 50. Correct the points.");
    }

    [Fact]
    public void Score_NegativeAppraisalBuiltInCode_IsInvalidDataAndCountsNothing()
    {
        // −7 on 3.2.1 (10 points) once counted −7. Now 0 of 10: 100 − 10 = 90.
        var card = Some.Commune2025Scorer.Score(Appraised("3.2.1", new AppraisalRound(1, -7m, "x")));

        (card.Criterion("3.2.1").Status, card.Criterion("3.2.1").Points, card.Total).Should().Be((CriterionStatus.InvalidData, 0m, 90m));
    }

    [Fact]
    public void Score_AppraisalWithThreeDecimals_IsInvalidData()
    {
        var card = Some.Commune2025Scorer.Score(Appraised("3.2.1", new AppraisalRound(1, 8.125m, "x")));

        (card.Criterion("3.2.1").Status, card.Total).Should().Be((CriterionStatus.InvalidData, 90m));
    }

    [Fact]
    public void Score_LatestRoundInvalid_DoesNotFallBackToAnEarlierRound()
    {
        // Round 1's 10 would be a silent guess at what round 2 meant: the criterion is invalid, 0 of 10.
        var card = Some.Commune2025Scorer.Score(Appraised("3.2.1", new AppraisalRound(1, 10m, "a"), new AppraisalRound(2, 11m, "b")));

        (card.Criterion("3.2.1").Status, card.Total).Should().Be((CriterionStatus.InvalidData, 90m));
    }

    [Fact]
    public void Score_SameRoundTwice_IsInvalidDataWithTheReason()
    {
        var card = Some.Commune2025Scorer.Score(Appraised("3.2.1", new AppraisalRound(2, 10m, "a"), new AppraisalRound(2, 4m, "b")));

        var criterion = card.Criterion("3.2.1");
        (criterion.Status, card.Total).Should().Be((CriterionStatus.InvalidData, 90m));
        criterion.Hint!.Vi.Should().Contain("vòng thẩm định 2 được ghi hai lần");
    }

    [Fact]
    public void Score_ValidAppraisal_StillReplacesTheFigures()
    {
        // The guard must not refuse what is right: 6 of 10 on 3.2.1 gives 100 − 4 = 96.
        var card = Some.Commune2025Scorer.Score(Appraised("3.2.1", new AppraisalRound(1, 6m, "x")));

        (card.Criterion("3.2.1").Status, card.Criterion("3.2.1").Points, card.Total).Should().Be((CriterionStatus.Fail, 6m, 96m));
    }

    [Fact]
    public void Score_JudgedAppraisalOffTheStep_IsInvalidData()
    {
        // Province example 1.1 takes multiples of 0.5 up to 4: 3.3 is off the step.
        var unit = ExampleUnit() with { Appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal) { ["1.1"] = [new AppraisalRound(1, 3.3m, "x")] } };

        var criterion = Example.Value.Score(unit).Criterion("1.1");

        (criterion.Status, criterion.Points).Should().Be((CriterionStatus.InvalidData, 0m));
        criterion.Hint!.Vi.Should().Contain("là bội số của 0,5");
    }

    [Fact]
    public void Score_JudgedClaimAboveTheMaximum_IsInvalidDataAndLeftOutOfTheClaimedTotal()
    {
        // Without an appraisal a judged criterion counts the claim provisionally; 4.5 of 4 cannot stand.
        var unit = ExampleUnit() with { SelfAssessment = new Dictionary<string, Claim>(StringComparer.Ordinal) { ["1.1"] = new Claim(4.5m, []), ["1.2"] = new Claim(3m, []) } };

        var card = Example.Value.Score(unit);

        (card.Criterion("1.1").Status, card.Criterion("1.1").Points).Should().Be((CriterionStatus.InvalidData, 0m));
        card.Criterion("1.1").Hint!.En.Should().StartWith("The criterion could not be scored: the claim gives 4.5 points;");
        card.ClaimedTotal.Should().Be(3m, "only the claim that can stand is summed");
    }

    [Fact]
    public void AppraisalRound_RoundBelowOne_IsRefusedWhereItIsBuilt()
    {
        var round = new AppraisalRound(1, 1m, "x");

        FluentActions.Invoking(() => new AppraisalRound(0, 1m, "x")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => round with { Round = -1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AppraisalRound(1, 1m, " ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Claim(1m, null!)).Should().Throw<ArgumentNullException>();
    }

    private static IndicatorSnapshot ExampleUnit() => SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "province-example-2025.json"), Example.Value.RuleSet)
        .Snapshots.Single(u => u.Id == "an-binh") with { SelfAssessment = null, Appraisal = null };
}
