using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>The second shipped rule set: the service index of Decision 766/QĐ-TTg at commune level (docs/service-index-766.md).</summary>
public class ServiceIndex766Tests
{
    private static readonly Lazy<Scorer> Index = new(() => Scorer.Compile(BundledRuleSets.Load("service-index-766-commune")));

    [Fact]
    public void Load_ShippedServiceIndex_HasSixGroupsOnAHundredPoints()
    {
        var rules = Index.Value.RuleSet;

        rules.Areas.Select(a => (a.Id, a.MaxPoints)).Should().Equal(("I", 18m), ("II", 20m), ("III", 12m), ("IV", 10m), ("V", 18m), ("VI", 22m));
        rules.Criteria.Where(c => c.AppliesTo is not null).Select(c => c.Id).Should().Equal("1.1", "1.2");
        rules.NotApplicable.Should().Be(NotApplicablePolicy.Exclude);
    }

    [Fact]
    public void RuleCases_ServiceIndex_AllPass()
    {
        var results = RuleCaseRunner.RunAll(Index.Value);

        results.Should().HaveCount(43);
        results.Where(r => !r.Passed).Select(r => r.Describe()).Should().BeEmpty();
    }

    [Fact]
    public void Score_CommuneWithEveryRateAtItsThreshold_IsRescaledFromTheNinetyTwoPointsThatApply()
    {
        // Every commune rate exactly at its full-points threshold, 2.1 at 99% (20 × 99 / 100 = 19.8): the 92 points
        // that apply to a commune (1.1 and 1.2 are for provinces) earn 91.8; 91.8 × 100 / 92 = 99.7826… → 99.78.
        var unit = new IndicatorSnapshot("x", "Xã", new Dictionary<string, IndicatorValue>
        {
            ["dossiersReceived"] = 500, ["dossiersProgressPublished"] = 500, ["dossiersResolved"] = 300, ["dossiersResolvedOnTime"] = 297,
            ["proceduresTotal"] = 125, ["proceduresOfferedOnline"] = 100, ["dossiersSubmittedOnline"] = 250,
            ["feeProcedures"] = 10, ["feeProceduresPaymentEnabled"] = 8, ["feeDossiers"] = 200, ["feeDossiersPaidOnline"] = 100,
            ["feedbackReceived"] = 10, ["feedbackHandledOnTime"] = 10, ["feedbackSatisfied"] = 9, ["serviceRatings"] = 100, ["serviceRatingsSatisfied"] = 90,
            ["dossiersDigitised"] = 400, ["resultsIssuedElectronically"] = 240, ["dossiersReusingData"] = 400,
        }) { Type = "xa" };

        var card = Index.Value.Score(unit);

        (card.ApplicableMaxPoints, card.Total, card.Classification).Should().Be((92m, 99.78m, "Xuất sắc"));
        card.Criterion("2.1").Points.Should().Be(19.8m);
        card.Criteria.Where(c => c.Excluded).Select(c => c.Id).Should().Equal("1.1", "1.2");
    }

    [Fact]
    public void ReadFile_SampleInput_ReadsWithoutProblemsAndScoresFiveUnits()
    {
        var batch = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "service-index-766-2025.json"), Index.Value.RuleSet);

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Should().BeEmpty();
        Index.Value.ScoreMany(batch.Snapshots).Should().HaveCount(5).And.OnlyContain(c => c.HasTotal && c.ApplicableMaxPoints == 92m);
    }
}
