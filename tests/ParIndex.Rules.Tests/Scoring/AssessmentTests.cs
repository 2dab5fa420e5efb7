using FluentAssertions;
using Xunit;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Tests.Scoring;

/// <summary>
/// The assessment model (§1, §3–§6) on the province-style example rule set (samples/province-example) and its six
/// sample units (samples/province-example-2025.json). Every number is worked by hand from the rule files:
/// base areas I (1.1 judged 4, 1.2 reports 4) and II (2.1 dossiers 8, 2.2 farmland 4, communes only) make 20;
/// bonus area III is capped at 2, penalty area IV at 3; notApplicable is "exclude".
/// </summary>
public class AssessmentTests
{
    private static readonly Lazy<Scorer> Example = new(() => Scorer.Compile(RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example"))));

    private static readonly Lazy<IReadOnlyList<Scorecard>> Cards = new(() =>
    {
        var batch = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "province-example-2025.json"), Example.Value.RuleSet);
        batch.Errors.Should().BeEmpty();
        return Example.Value.ScoreMany(batch.Snapshots);
    });

    private static Scorecard Card(string id) => Cards.Value.Single(c => c.UnitId == id);

    [Fact]
    public void RuleCases_ProvinceExample_AllPass()
    {
        var results = RuleCaseRunner.RunAll(Example.Value);

        results.Should().HaveCount(25);
        results.Where(r => !r.Passed).Select(r => r.Describe()).Should().BeEmpty();
    }

    [Fact]
    public void Score_CommuneAboveTheTotal_IsCappedAtTotalPoints()
    {
        // An Bình (xa): 1.1 appraised 4, 1.2 10/10 → 4, 2.1 995/1000 = 99.5% → 8, 2.2 45/50 = 90% → 3.6.
        // Base 19.6 of 20 (nothing excluded, no rescaling); bonus 1 award → 1; penalty 0. 20.6 is capped at 20.
        var card = Card("an-binh");

        (card.Base, card.Bonus, card.Penalty, card.ApplicableMaxPoints, card.Total, card.Classification).Should().Be((19.6m, 1m, 0m, 20m, 20m, "Xuất sắc"));
    }

    [Fact]
    public void Score_WardWithoutTheCommuneCriterion_IsRescaledAndPenalised()
    {
        // Bắc Sơn (phuong): 2.2 is for communes, so excluded: applicable 20 − 4 = 16. 1.1 claim 3 (provisional),
        // 1.2 9/10 → 3.6, 2.1 96% → 6: base 12.6 → 12.6 × 20 / 16 = 15.75. 1 violation → 1.5 deducted. 15.75 − 1.5 = 14.25.
        var card = Card("bac-son");

        (card.Base, card.Penalty, card.ApplicableMaxPoints, card.Total, card.Classification).Should().Be((15.75m, 1.5m, 16m, 14.25m, "Khá"));
        var farmland = card.Criterion("2.2");
        (farmland.Excluded, farmland.Status, farmland.Points, farmland.Deduction, farmland.Hint).Should().Be((true, CriterionStatus.NotApplicable, 0m, 0m, null));
        card.Areas.Single(a => a.Id == "II").Should().Match<AreaResult>(a => a.Points == 6m && a.ApplicableMaxPoints == 8m && a.Percent == 75m);
    }

    [Fact]
    public void Score_RescaledBaseAtAMidpoint_RoundsAwayFromZero()
    {
        // Cẩm Lý (phuong): 1.1 claim 3, 1.2 179/200 = 89.5% → 4 × 89.5 / 100 = 3.58, 2.1 96% → 6: base 12.58 of 16.
        // 12.58 × 20 / 16 = 15.725 → 15.73 (to even would give 15.72). Bonus 3 awards → 3, capped by the area at 2.
        var card = Card("cam-ly");

        (card.Base, card.Bonus, card.Total, card.Classification).Should().Be((15.73m, 2m, 17.73m, "Tốt"));
        card.Areas.Single(a => a.Id == "III").Should().Match<AreaResult>(a => a.Points == 2m && a.MaxPoints == 2m && a.Kind == "bonus");
        card.Criterion("3.1").Points.Should().Be(3m, "the criterion earns its own 3; the cap is the area's");
    }

    [Fact]
    public void Score_PenaltyAboveTheBase_FloorsTheTotalAtZero()
    {
        // Đông Phong (xa): no claim for judged 1.1 → missing_data 0; 0 of 10 reports, 0 of 1,000 dossiers, 0 of 50
        // farmland dossiers → 0; base 0. 3 violations → 4.5, capped by the area at 3. 0 − 3 is floored at 0.
        var card = Card("dong-phong");

        (card.Base, card.Penalty, card.Total).Should().Be((0m, 3m, 0m));
        card.Criterion("1.1").Should().Match<CriterionResult>(c => c.Status == CriterionStatus.MissingData && c.Points == 0m && c.ComputedPoints == null && c.Judged);
        var penalty = card.Criterion("4.1");
        (penalty.Status, penalty.Points, penalty.Deduction, penalty.Deducts).Should().Be((CriterionStatus.Fail, 4.5m, 4.5m, true));
    }

    [Fact]
    public void Score_ClaimAboveWhatTheFiguresGive_IsOverClaimedAndChangesNoPoints()
    {
        // Đông Phong claims 8 on 2.1 without evidence; its 0 of 1,000 on time gives 0: over-claimed by 8.
        var criterion = Card("dong-phong").Criterion("2.1");

        (criterion.Points, criterion.Claim!.Points, criterion.Discrepancy, criterion.OverClaimed, criterion.EvidenceMissing).Should().Be((0m, 8m, 8m, true, true));
        Card("dong-phong").ClaimedTotal.Should().Be(8m);
    }

    [Fact]
    public void Score_NothingDueUnderExclude_DropsTheCriterionAndRescales()
    {
        // Gia Lộc (xa): no report due, so 1.2 is not applicable and, under "exclude", excluded: applicable 16.
        // 1.1 appraised 4, 2.1 8, 2.2 50/50 → 4: base 16 → 16 × 20 / 16 = 20.
        var card = Card("gia-loc");

        (card.Base, card.ApplicableMaxPoints, card.Total).Should().Be((20m, 16m, 20m));
        card.Criterion("1.2").Should().Match<CriterionResult>(c => c.Excluded && c.ComputedStatus == CriterionStatus.NotApplicable && c.ComputedPoints == 4m);
    }

    [Fact]
    public void Score_TwoAppraisalRounds_TheLatestWinsAndTheTrailIsKept()
    {
        // Hòn Mê (dac-khu): 1.1 claimed 4, round 1 gives 2, round 2 gives 3. 1.2 10/10 → 4; 2.1 has no dossier
        // (excluded), 2.2 is for communes (excluded): applicable 8, base 7 → 7 × 20 / 8 = 17.5.
        var card = Card("hon-me");
        var judged = card.Criterion("1.1");

        (judged.Points, judged.AppraisedPoints, judged.Status, judged.Provisional, judged.Discrepancy, judged.OverClaimed).Should().Be((3m, 3m, CriterionStatus.Fail, false, 1m, true));
        judged.Appraisal.Select(r => r.Round).Should().Equal(1, 2);
        judged.Hint!.Vi.Should().StartWith("Thẩm định vòng 2: 3/4 điểm. Đã bổ sung báo cáo kết quả sau giải trình.");
        (card.ApplicableMaxPoints, card.Total).Should().Be((8m, 17.5m));
        card.Areas.Single(a => a.Id == "II").Percent.Should().BeNull("nothing in area II applies to it");
    }

    [Fact]
    public void Rank_TiesWithinAType_ShareTheRankAndTheNextSkips()
    {
        // Totals: an-binh 20, gia-loc 20, cam-ly 17.73, hon-me 17.5, bac-son 14.25, dong-phong 0.
        // Communes (xa): 20, 20, 0 → 1, 1, 3. Wards (phuong): 17.73, 14.25 → 1, 2. The special zone is 1 of 1.
        var ranked = Ranking.Rank(Cards.Value).ToDictionary(r => r.Card.UnitId);

        ranked.Select(r => (r.Key, r.Value.Rank, r.Value.RankInType)).Should().BeEquivalentTo(new[]
        {
            ("an-binh", 1, (int?)1), ("gia-loc", 1, 1), ("cam-ly", 3, 1), ("hon-me", 4, 1), ("bac-son", 5, 2), ("dong-phong", 6, 3),
        });
    }

    [Theory]
    [InlineData("hon-me", "1.1", CriterionStatus.Fail, "3")]
    [InlineData("hon-me", "1.2", CriterionStatus.Pass, "4")]
    [InlineData("hon-me", "2.1", CriterionStatus.NotApplicable, "0")]
    [InlineData("cam-ly", "1.2", CriterionStatus.Fail, "3.58")]
    [InlineData("dong-phong", "1.1", CriterionStatus.MissingData, "0")]
    [InlineData("dong-phong", "4.1", CriterionStatus.Fail, "4.5")]
    public void StatusAtAndPointsAt_CardsWhoseResultsAreNotBuilt_GiveTheFinalOutcome(string unit, string criterion, CriterionStatus status, string points)
    {
        // Scored afresh, so no result has been built: Hòn Mê's 1.1 is its round-2 appraisal, its 2.1 (no dossier) is
        // excluded; Cẩm Lý's 1.2 is 179/200 = 89.5% of 4 = 3.58; Đông Phong claimed nothing for judged 1.1 and has
        // 3 violations × 1.5 on 4.1 (the cap is the area's, not the criterion's).
        var snapshots = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "province-example-2025.json"), Example.Value.RuleSet).Snapshots;
        var card = Example.Value.ScoreMany(snapshots).Single(c => c.UnitId == unit);
        var index = Example.Value.RuleSet.Criteria.ToList().FindIndex(c => c.Id == criterion);

        (card.StatusAt(index), card.PointsAt(index)).Should().Be((status, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Score_JudgedClaimNotYetAppraised_IsProvisional()
    {
        var judged = Card("bac-son").Criterion("1.1");

        (judged.Points, judged.Status, judged.Provisional, judged.ComputedStatus).Should().Be((3m, CriterionStatus.Fail, true, (CriterionStatus?)null));
        judged.Hint!.Vi.Should().StartWith("Tiêu chí do hội đồng thẩm định chấm; điểm tạm tính theo điểm tự chấm: 3/4, chờ thẩm định.");
    }

    [Fact]
    public void Score_UnitOfATypeNoBaseCriterionAppliesTo_HasNoTotalAndIsNotRanked()
    {
        // The example with every base criterion for communes only: for a ward nothing in the base applies, so there is
        // nothing to rescale from. It has no total (not 0, which would rank it last as if it had scored nothing).
        var files = RuleSetWriter.ToFiles(Example.Value.RuleSet).Select(f => f.Path.StartsWith("criteria/area-I", StringComparison.Ordinal)
            ? new RuleFile(f.Path, Newtonsoft.Json.Linq.JObject.Parse(f.Text) is var o && Communes(o) ? o.ToString() : f.Text)
            : f).ToList();
        var scorer = Scorer.Compile(RuleSetLoader.Load("communes-only", files));

        var ward = scorer.Score(new IndicatorSnapshot("w", "Phường", new Dictionary<string, IndicatorValue>()) { Type = "phuong" });
        var commune = scorer.Score(new IndicatorSnapshot("c", "Xã", new Dictionary<string, IndicatorValue>()) { Type = "xa" });

        (ward.HasTotal, ward.Total, ward.Classification, ward.ApplicableMaxPoints, ward.MeetsTargets).Should().Be((false, 0m, string.Empty, 0m, false));
        Ranking.Rank([ward, commune]).Select(r => r.Card.UnitId).Should().Equal("c");
        Ranking.Unranked([ward, commune], "in.json").Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.UnitId == "w" && p.Field == "type" && p.Message.Contains("'phuong'", StringComparison.Ordinal));
    }

    private static bool Communes(Newtonsoft.Json.Linq.JObject criteriaFile)
    {
        if ((string?)criteriaFile["area"] is not ("I" or "II"))
        {
            return false;
        }

        foreach (var criterion in criteriaFile["criteria"]!)
        {
            criterion["appliesTo"] = new Newtonsoft.Json.Linq.JArray("xa");
            foreach (var ruleCase in criterion["cases"]!)
            {
                ruleCase["type"] = "xa";
            }
        }

        return true;
    }
}
