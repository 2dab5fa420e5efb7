using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

public class ScorerTests
{
    private static readonly Scorer Mini = Scorer.Compile(Some.Mini);

    [Fact]
    public void Score_EveryRequirementMet_PassesWithFullPoints()
    {
        var card = Mini.Score(Some.Unit("u", ("done", 5), ("total", 5), ("report", true), ("late", 0), ("lateWithLetter", 0), ("satisfied", 9), ("answers", 10)));

        card.Criteria.Select(c => (c.Id, c.Status, c.Points, c.Deduction)).Should().Equal(
            ("1", CriterionStatus.Pass, 4m, 0m), ("2", CriterionStatus.Pass, 3m, 0m), ("3", CriterionStatus.Pass, 3m, 0m));
        card.Criteria.Should().OnlyContain(c => c.Hint == null);
        card.Total.Should().Be(10m);
        card.Classification.Should().Be("Tốt");
        card.Sipas.Should().Be(95.00m, "aspect rates 90.00 and 100.00 average to 95.00");
        card.MeetsTargets.Should().BeTrue();
    }

    [Fact]
    public void Score_PassingCriterion_ReportsTheValuesItUsed()
    {
        var card = Mini.Score(Some.Unit("u", ("done", 5), ("total", 5)));

        var part = card.Criterion("1").Parts.Single();
        part.Value.Should().Be(100.00m);
        part.Inputs.Select(i => (i.Key, i.Value)).Should().Equal(("done", (IndicatorValue?)5), ("total", (IndicatorValue?)5));
        part.Requirement.Symbol.Should().Be(">=");
    }

    [Theory]
    [InlineData(199_790, 200_000, "99.90")]
    [InlineData(999, 1_000, "99.90")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 8, "12.50")]
    public void Score_Rate_IsRoundedToTwoDecimalsMidpointAwayFromZero(int done, int total, string expected)
    {
        var card = Mini.Score(Some.Unit("u", ("done", done), ("total", total)));

        card.Criterion("1").Parts[0].Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Score_RequirementNotMet_FailsWithScalePointsAndHint()
    {
        var card = Mini.Score(Some.Unit("u", ("done", 4), ("total", 5)));

        var result = card.Criterion("1");
        result.Status.Should().Be(CriterionStatus.Fail);
        result.Points.Should().Be(2m, "80.00% reaches the 80 band");
        result.Deduction.Should().Be(2m);
        result.Hint!.Vi.Should().Be("Tỷ lệ 80,00% < 100%, thiếu 20,00%; mất 2 điểm. Chủ trì: Văn phòng; phối hợp: Tư pháp; thời hạn: Trong năm 2025.");
        result.Hint.En.Should().Be("Rate 80.00% < 100%, 20.00% short; 2 points lost. Lead: Văn phòng; support: Tư pháp; deadline: Trong năm 2025.");
    }

    [Fact]
    public void Score_IndicatorAbsent_ReturnsMissingDataWithZeroPoints()
    {
        var card = Mini.Score(Some.Unit("u", ("total", 5)));

        var result = card.Criterion("1");
        result.Status.Should().Be(CriterionStatus.MissingData);
        result.Points.Should().Be(0m);
        result.Deduction.Should().Be(4m);
        result.Parts[0].Problem.Should().Be("'done' was not reported.");
        result.Hint!.Vi.Should().Be("Thiếu số liệu: chưa báo cáo “Số việc đã xong” (done); cần báo cáo để được chấm điểm. Chủ trì: Văn phòng; phối hợp: Tư pháp; thời hạn: Trong năm 2025.");
        result.Hint.En.Should().Be("'done' was not reported. Lead: Văn phòng; support: Tư pháp; deadline: Trong năm 2025.");
    }

    [Fact]
    public void Score_ZeroDenominatorWithoutNotApplicable_ReturnsMissingData()
    {
        var card = Mini.Score(Some.Unit("u", ("done", 0), ("total", 0)));

        var result = card.Criterion("1");
        result.Status.Should().Be(CriterionStatus.MissingData);
        result.Hint!.Vi.Should().StartWith("Thiếu số liệu: “Tổng số việc” (total) bằng 0; cần báo cáo số thực tế để tính được tỷ lệ.");
    }

    [Fact]
    public void Score_NumeratorAboveDenominator_ReturnsInvalidDataNamingBoth()
    {
        var card = Mini.Score(Some.Unit("u", ("done", 6), ("total", 5)));

        var result = card.Criterion("1");
        result.Status.Should().Be(CriterionStatus.InvalidData);
        result.Points.Should().Be(0m);
        result.Parts[0].Problem.Should().Be("'done' (6) is more than 'total' (5).");
        result.Hint!.Vi.Should().StartWith("Số liệu không hợp lệ: “Số việc đã xong” (done = 6) lớn hơn “Tổng số việc” (total = 5); kiểm tra lại số liệu.");
    }

    public static TheoryData<IndicatorValue, string> ImpossibleValues() => new()
    {
        { -1, "'total' is negative (-1); counts and amounts are never below 0." },
        { 2.5m, "'total' must be a whole number, not 2.5." },
        { true, "'total' must be a number, not true." },
        { IndicatorValue.Invalid("\"năm\""), "'total' must be a number, not \"năm\"." },
    };

    [Theory]
    [MemberData(nameof(ImpossibleValues))]
    public void Score_ImpossibleValue_ReturnsInvalidDataNamingTheIndicator(IndicatorValue value, string problem)
    {
        var card = Mini.Score(Some.Unit("u", ("done", 1), ("total", value)));

        card.Criterion("1").Status.Should().Be(CriterionStatus.InvalidData);
        card.Criterion("1").Parts[0].Problem.Should().Be(problem);
    }

    [Fact]
    public void Score_YesNoGivenAsNumber_ReturnsInvalidData()
    {
        var card = Mini.Score(Some.Unit("u", ("report", 1), ("late", 0), ("lateWithLetter", 0)));

        card.Criterion("2").Status.Should().Be(CriterionStatus.InvalidData);
        card.Criterion("2").Parts[0].Problem.Should().Be("'report' must be true or false, not 1.");
    }

    [Fact]
    public void Score_BadValue_LeavesOtherCriteriaScored()
    {
        var card = Mini.Score(Some.Unit("u", ("done", -3), ("total", 5), ("report", true), ("late", 0), ("lateWithLetter", 0), ("satisfied", 9), ("answers", 10)));

        card.Criteria.Select(c => c.Status).Should().Equal(CriterionStatus.InvalidData, CriterionStatus.Pass, CriterionStatus.Pass);
        card.Total.Should().Be(6m);
    }

    [Fact]
    public void Score_AllPartsNotApplicable_IsNotApplicableWithFullPoints()
    {
        var card = Some.Commune2025Scorer.Score(Some.Unit("u", ("inspectionIssuesFound", 0), ("inspectionIssuesHandled", 0)));

        var result = card.Criterion("1.3");
        result.Status.Should().Be(CriterionStatus.NotApplicable);
        result.Points.Should().Be(2m);
        result.Deduction.Should().Be(0m);
        result.Hint.Should().BeNull();
    }

    [Fact]
    public void Score_OnePartNotApplicableOtherPasses_Passes()
    {
        var card = Mini.Score(Some.Unit("u", ("report", true), ("late", 0), ("lateWithLetter", 0)));

        card.Criterion("2").Status.Should().Be(CriterionStatus.Pass);
        card.Criterion("2").Parts.Select(p => p.Status).Should().Equal(CriterionStatus.Pass, CriterionStatus.NotApplicable);
        card.Criterion("2").Points.Should().Be(3m);
    }

    [Fact]
    public void Score_OnePartNotApplicableOtherFails_FailsKeepingTheNotApplicablePoints()
    {
        var card = Mini.Score(Some.Unit("u", ("report", false), ("late", 0), ("lateWithLetter", 0)));

        card.Criterion("2").Status.Should().Be(CriterionStatus.Fail);
        card.Criterion("2").Points.Should().Be(2m);
        card.Criterion("2").Hint!.Vi.Should().Be("Chưa gửi báo cáo (cần: có, thực tế: không). Chủ trì: Văn phòng; phối hợp: Một cửa; thời hạn: Thường xuyên.");
    }

    [Fact]
    public void Score_InvalidAndMissingParts_InvalidTakesPrecedence()
    {
        var card = Mini.Score(Some.Unit("u", ("report", IndicatorValue.Invalid("\"yes\""))));

        card.Criterion("2").Status.Should().Be(CriterionStatus.InvalidData);
        card.Criterion("2").Parts.Select(p => p.Status).Should().Equal(CriterionStatus.InvalidData, CriterionStatus.MissingData);
    }

    [Fact]
    public void Score_MissingAndFailingParts_MissingTakesPrecedence()
    {
        var card = Mini.Score(Some.Unit("u", ("report", false)));

        card.Criterion("2").Status.Should().Be(CriterionStatus.MissingData);
        card.Criterion("2").Points.Should().Be(0m);
    }

    [Theory]
    [InlineData(12, 8, "fail", "1")]
    [InlineData(12, 12, "pass", "3")]
    [InlineData(12, 11, "fail", "2.5")]
    [InlineData(10, 0, "fail", "0")]
    [InlineData(0, 0, "not_applicable", "3")]
    public void Score_PenaltyScale_LosesHalfAPointPerLateDossierWithoutLetter(int late, int letters, string status, string points)
    {
        var card = Some.Commune2025Scorer.Score(Some.Unit("u", ("dossiersLate", late), ("dossiersLateWithApology", letters)));

        card.Criterion("3.2.2").Status.ToWireName().Should().Be(status);
        card.Criterion("3.2.2").Points.Should().Be(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(450, "4")]
    [InlineData(430, "3.82")]
    [InlineData(250, "2.22")]
    [InlineData(249, "0")]
    [InlineData(240, "0")]
    public void Score_ProportionalScaleWithFloor_EarnsMaxTimesValueOverThreshold(int satisfied, string points)
    {
        var card = Some.Commune2025Scorer.Score(Some.Unit("u", ("sipasAccessSatisfied", satisfied), ("sipasAccessResponses", 500)));

        card.Criterion("8.1.1").Points.Should().Be(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Score_OnTimeRateShort_HintShowsActualRequiredGapAndWhoActs()
    {
        var card = Some.Commune2025Scorer.Score(Some.Unit("u", ("dossiersResolved", 2000), ("dossiersResolvedOnTime", 1970)));

        var result = card.Criterion("3.2.1");
        result.Points.Should().Be(6m, "98.50% reaches the 97 band");

        // 1,998 of 2,000 is 99.90% and 1,997 is 99.85%: 28 more on time.
        result.Hint!.Vi.Should().Be(
            "Tỷ lệ hồ sơ đúng hạn 98,50% < 99,9%: thiếu 1,40%, mất 4 điểm; cần thêm 28 hồ sơ giải quyết đúng hạn để đạt yêu cầu. Rà soát hồ sơ sắp đến hạn hằng ngày, cảnh báo sớm hồ sơ có nguy cơ trễ hạn và xử lý dứt điểm. "
            + "Chủ trì: Các cán bộ, công chức chuyên môn; phối hợp: Công chức Văn Phòng – Thống kê; thời hạn: Trong năm 2025.");
        result.Hint.En.Should().Be(
            "On-time dossiers 98.50% < 99.9%: 1.40% short, 4 points lost; 28 more dossiers resolved on time would meet it. Review dossiers nearing their due date daily and flag those at risk early. "
            + "Lead: Specialist civil servants; support: Office and statistics; deadline: During 2025.");
    }

    [Fact]
    public void Score_PerfectCommune_Scores100RatTotAndMeetsTargets()
    {
        var card = Some.Commune2025Scorer.Score(Some.PerfectUnit());

        card.Criteria.Should().OnlyContain(c => c.Status == CriterionStatus.Pass || c.Status == CriterionStatus.NotApplicable);
        card.Total.Should().Be(100m);
        card.Classification.Should().Be("Rất tốt");
        card.Sipas.Should().Be(93.20m, "(94 + 92 + 96 + 91 + 93) / 5");
        card.MeetsTargets.Should().BeTrue();
        card.RuleSetId.Should().Be("commune-2025");
        card.RuleSetHash.Should().Be(Some.Commune2025Scorer.RuleSet.ContentHash);
    }

    [Fact]
    public void Score_WorkedExamples_SubtotalsAndTotalAddUp()
    {
        var unit = Some.PerfectUnit("worked", v =>
        {
            v["dossiersResolvedOnTime"] = 2970;  // 99.00%: 3.2.1 earns 8 of 10
            v["fullOnlineDossiersOnline"] = 720; // 72.00%: 7.3.3 earns 4 of 5
            v["sipasAccessSatisfied"] = 430;     // 86.00%: 8.1.1 earns 3.82 of 4
        });

        var card = Some.Commune2025Scorer.Score(unit);

        card.Areas.Select(a => (a.Id, a.Points)).Should().Equal(
            ("I", 12m), ("II", 6m), ("III", 22m), ("IV", 4m), ("V", 8m), ("VII", 25m), ("VIII", 19.82m));
        card.Total.Should().Be(96.82m);
        card.Deduction.Should().Be(3.18m);
        card.Sipas.Should().Be(91.60m, "(86 + 92 + 96 + 91 + 93) / 5");
        card.Classification.Should().Be("Rất tốt");
    }

    [Fact]
    public void Score_HandWorkedUnits_LandInEachClassificationBand()
    {
        static void Tot(Dictionary<string, IndicatorValue> v)
        {
            v["dossiersResolvedOnTime"] = 2670;     // 89.00%: 3.2.1 earns 0 (−10)
            v.Remove("fullOnlineDossiersOnline");   // 7.3.3 missing (−5)
            v["sipasAccessSatisfied"] = 240;        // 48.00%: 8.1.1 earns 0 (−4) → 81
        }

        static void Kha(Dictionary<string, IndicatorValue> v)
        {
            Tot(v);
            v["trainingCompleted"] = 7;             // 70%: 4.1 earns 0 (−4) → 77
        }

        static void TrungBinh(Dictionary<string, IndicatorValue> v)
        {
            Kha(v);
            v.Remove("dossiersDigitised");          // 7.3.1 missing (−4)
            v.Remove("parPlanTasksDone");           // 1.2 missing (−3)
            v.Remove("investmentDisbursed");        // 5.1.1 missing (−4) → 66
        }

        static void Yeu(Dictionary<string, IndicatorValue> v)
        {
            TrungBinh(v);
            v.Remove("dossiersProgressPublished");  // 3.1.3 missing (−3)
            v.Remove("documentsProcessedOnline");   // 7.1.1 missing (−3)
            v["parInitiativesRecognised"] = 0;      // 1.1 fails (−2) → 58
        }

        var cards = Some.Commune2025Scorer.ScoreMany(
            [Some.PerfectUnit("tot", Tot), Some.PerfectUnit("kha", Kha), Some.PerfectUnit("tb", TrungBinh), Some.PerfectUnit("yeu", Yeu)]);

        cards.Select(c => (c.UnitId, c.Total, c.Classification)).Should().Equal(
            ("tot", 81m, "Tốt"), ("kha", 77m, "Khá"), ("tb", 66m, "Trung bình"), ("yeu", 58m, "Yếu"));
        cards[0].Sipas.Should().Be(84.00m, "(48 + 92 + 96 + 91 + 93) / 5");
        cards[0].MeetsTargets.Should().BeFalse("SIPAS 84.00 is below 90");
    }

    [Fact]
    public void Score_SipasAspectMissing_SipasIsMissingAndTargetsNotMet()
    {
        var card = Some.Commune2025Scorer.Score(Some.PerfectUnit("u", v => v.Remove("sipasResultsResponses")));

        card.Sipas.Should().BeNull();
        card.MeetsTargets.Should().BeFalse();
    }

    // An aspect that cannot give a rate leaves SIPAS missing, as a part's rate would be: no answers,
    // more satisfied than answers, a fraction of a person, a negative count, text.
    [Theory]
    [InlineData("sipasAccessResponses", 0)]
    [InlineData("sipasAccessResponses", 469)]
    [InlineData("sipasAccessSatisfied", 469.5)]
    [InlineData("sipasAccessSatisfied", -1)]
    public void Score_SipasAspectWithoutARate_SipasIsMissing(string key, double value)
    {
        var card = Some.Commune2025Scorer.Score(Some.PerfectUnit("u", v => v[key] = (decimal)value));

        card.Sipas.Should().BeNull();
        card.MeetsTargets.Should().BeFalse();
    }

    [Fact]
    public void Score_SipasAspectGivenAsText_SipasIsMissing()
    {
        var card = Some.Commune2025Scorer.Score(Some.PerfectUnit("u", v => v["sipasFeedbackSatisfied"] = IndicatorValue.Invalid("many")));

        card.Sipas.Should().BeNull();
    }

    [Fact]
    public void ScoreMany_DuplicateIdsAndEqualContents_KeepsEveryUnitApartInInputOrder()
    {
        var first = Some.Unit("same", ("done", 5), ("total", 5));
        var second = Some.Unit("same", ("done", 4), ("total", 5));
        var third = Some.Unit("same", ("done", 5), ("total", 5));

        var cards = Mini.ScoreMany([first, second, third]);

        cards.Select(c => c.Criterion("1").Points).Should().Equal(4m, 2m, 4m);
    }

    [Fact]
    public void ScoreMany_MoreUnitsThanOneSession_ScoresEachAsAlone()
    {
        var units = Enumerable.Range(0, 237).Select(i => Some.Unit($"u{i}", ("done", i % 6), ("total", 5))).ToList();

        var together = Mini.ScoreMany(units);
        var alone = units.Select(Mini.Score).ToList();

        together.Select(c => (c.UnitId, c.Criterion("1").Status, c.Criterion("1").Points))
            .Should().Equal(alone.Select(c => (c.UnitId, c.Criterion("1").Status, c.Criterion("1").Points)));
        together[5].Criterion("1").Status.Should().Be(CriterionStatus.Pass);
        together[6].Criterion("1").Status.Should().Be(CriterionStatus.Fail, "0 of 5 fails");
    }
}
