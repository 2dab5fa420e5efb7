using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Claims and appraisal rounds carried in the figures' own files.</summary>
public partial class SnapshotReaderTests
{
    [Fact]
    public void ReadCsv_ClaimColumns_CarryTheUnitsOwnPoints()
    {
        // claim:3 and "Tự chấm: 1" are claim columns; claim:33 names no criterion. b claims 4 on criterion 3, whose maximum is 3.
        var batch = Csv("id,satisfied,answers,claim:3,Tự chấm: 1,claim:33\na,72,100,3,,1\nb,95,100,4,2.5,\n");

        batch.Warnings.Should().BeEmpty();
        batch.Snapshots.Select(s => s.SelfAssessment?.ToDictionary(c => c.Key, c => c.Value.Points)).Should().BeEquivalentTo(new[]
        {
            new Dictionary<string, decimal> { ["3"] = 3m },
            new Dictionary<string, decimal> { ["1"] = 2.5m },
        });
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,6): field 'claim:33': '33' is not a criterion of 'mini'; did you mean '3'? The claim column was not read.",
            "in.csv(3,4): unit 'b', field 'selfAssessment.3.points': the claimed points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 4. The claim was not applied.");
    }

    [Fact]
    public void ReadCsv_SameCriterionClaimedInTwoColumns_ReadsTheFirstAndSaysSo()
    {
        // The second column silently overwrote the first.
        var batch = Csv("id,claim:3,claim: 3\na,2,3\n");

        batch.Snapshots.Single().SelfAssessment!["3"].Points.Should().Be(2m);
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,3): field 'claim: 3': the column 'claim: 3' appears twice, as columns 2 and 3; only column 2 was read. Keep one.");
    }

    [Fact]
    public void ReadCsv_ClaimWithADecimalComma_ShowsHowTheFileWritesNumbers()
    {
        // '2,5' can only be Vietnamese, so the file writes thousands with dots and '1.000' is a thousand.
        var batch = Csv("id;done;claim:3\na;1.000;2,5\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Single().Indicators["done"].Should().Be(IndicatorValue.FromNumber(1000m));
        batch.Snapshots.Single().SelfAssessment!["3"].Points.Should().Be(2.5m);
    }

    [Fact]
    public void ReadCsv_TypeColumn_IsTheUnitsPeerGroupInAnyCase()
    {
        var batch = Csv("id,name,TYPE,done\na,A,xa,1\nb,B,,2\n");

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Should().BeEmpty();
        batch.Snapshots.Select(s => (s.Id, s.Type)).Should().Equal(("a", "xa"), ("b", (string?)null));
    }

    [Fact]
    public void ReadJson_SelfAssessment_IsComparedWithThePointsTheFiguresEarn()
    {
        // Criterion 3: 72 of 100 satisfied earns 3 × 72 / 90 = 2.4; the claim of 3 is 0.6 over, with no evidence.
        // Criterion 1: 5 of 5 done earns its 4; the claim of 4 with a document is neither over nor unsupported.
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100, "done": 5, "total": 5 },
              "selfAssessment": {
                "3": { "points": 3 },
                "1": { "points": 4, "evidence": [ { "document": "Báo cáo 15/BC-UBND", "date": "2025-12-20", "location": "mục 3, tr. 4" } ] } } } ] }
            """);

        var card = Scorer.Compile(Mini).Score(batch.Snapshots.Single());

        batch.Errors.Should().BeEmpty();
        var three = card.Criterion("3");
        (three.Points, three.Discrepancy, three.OverClaimed, three.EvidenceMissing).Should().Be((2.4m, 0.6m, true, true));
        var one = card.Criterion("1");
        (one.Points, one.Discrepancy, one.OverClaimed, one.EvidenceMissing).Should().Be((4m, 0m, false, false));
        one.Claim!.Evidence.Should().Equal(new Evidence("Báo cáo 15/BC-UBND", new DateOnly(2025, 12, 20), "mục 3, tr. 4"));
        card.Criterion("2").Claim.Should().BeNull();
        card.ClaimedTotal.Should().Be(7m);
    }

    [Fact]
    public void ReadJson_BadClaims_AreProblemsNamingUnitAndCriterionAndAreNotApplied()
    {
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "done": 1 },
              "selfAssessment": { "33": { "points": 1 }, "3": { "points": 5 }, "2": { "points": 1.234 }, "1": { "points": 1, "evidence": [ { "date": "2025-12-20" } ] } } } ] }
            """);

        batch.Snapshots.Single().SelfAssessment.Should().BeEmpty();
        batch.Errors.Select(e => (e.UnitId, e.Field)).Should().Equal(
            ("a", "selfAssessment.33"), ("a", "selfAssessment.3.points"), ("a", "selfAssessment.2.points"), ("a", "selfAssessment.1.evidence"));
        batch.Errors[0].Message.Should().Be("'33' is not a criterion of 'mini'; did you mean '3'? The claim was not applied.");
        batch.Errors[1].Message.Should().Be("the claimed points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 5. The claim was not applied.");
    }

    [Fact]
    public void ReadJson_Appraisal_TheLatestRoundsPointsAreFinalAndTheFiguresAreKept()
    {
        // Criterion 3 at 72 of 100 satisfied computes 3 × 72 / 90 = 2.4 (fail). The council gives 2 in round 1 and,
        // after the unit's explanation, the full 3 in round 2: final 3, pass, and the total 0.6 above the computed one.
        var appraised = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 },
              "appraisal": { "3": [ { "round": 2, "points": 3, "reason": "Đã giải trình", "by": "Sở Nội vụ" },
                                    { "round": 1, "points": 2, "reason": "Tỷ lệ hài lòng 72%" } ] } } ] }
            """);
        var plain = Json("""{ "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 } } ] }""");
        var scorer = Scorer.Compile(Mini);

        var card = scorer.Score(appraised.Snapshots.Single());
        var computed = scorer.Score(plain.Snapshots.Single());

        appraised.Errors.Should().BeEmpty();
        var three = card.Criterion("3");
        (three.Status, three.Points, three.AppraisedPoints, three.ComputedStatus, three.ComputedPoints).Should().Be((CriterionStatus.Pass, 3m, 3m, CriterionStatus.Fail, 2.4m));
        three.Appraisal.Select(r => r.Round).Should().Equal(2, 1);
        card.Total.Should().Be(computed.Total + 0.6m);
    }

    [Fact]
    public void ReadJson_AppraisalRoundPast64Bits_IsAProblemNotACrash()
    {
        // Value<long>() threw OverflowException on a round of 20 digits, and the whole run ended with exit 134.
        var batch = Json("""{ "units": [ { "id": "a", "indicators": {}, "appraisal": { "3": [ { "round": 99999999999999999999, "points": 1, "reason": "r" } ] } }, { "id": "b", "indicators": {} } ] }""");

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        batch.Errors.Single().Message.Should().Be("the round must be a whole number from 1 to 2,147,483,647; this round was not applied.");
    }

    [Fact]
    public void ReadJson_AppraisalBelowTheMaximum_FailsWithTheCouncilsReasonInTheHint()
    {
        var batch = Json("""{ "units": [ { "id": "a", "indicators": { "satisfied": 95, "answers": 100 }, "appraisal": { "3": [ { "round": 1, "points": 2.5, "reason": "Thiếu minh chứng" } ] } } ] }""");

        var three = Scorer.Compile(Mini).Score(batch.Snapshots.Single()).Criterion("3");

        (three.Status, three.Points, three.ComputedStatus).Should().Be((CriterionStatus.Fail, 2.5m, CriterionStatus.Pass));
        three.Hint!.Vi.Should().StartWith("Thẩm định vòng 1: 2,5/3 điểm. Thiếu minh chứng");
    }

    [Fact]
    public void ReadJson_BadAppraisalRounds_AreProblemsAndTheGoodRoundsApply()
    {
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 },
              "appraisal": { "3": [ { "round": 0, "points": 3, "reason": "r" }, { "round": 1, "points": 2, "reason": "r" }, { "round": 1, "points": 1, "reason": "r" },
                                    { "round": 2, "points": 4, "reason": "r" }, { "round": 3, "points": 1, "reason": " " } ], "9": [] } } ] }
            """);

        batch.Errors.Select(e => e.Message).Should().Equal(
            "the round must be a whole number from 1 to 2,147,483,647; this round was not applied.",
            "round 1 is given twice; this round was not applied.",
            "the appraised points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 4; this round was not applied.",
            "every round needs its \"reason\"; this round was not applied.",
            "'9' is not a criterion of 'mini'; did you mean '1'? The appraisal was not applied.");
        batch.Snapshots.Single().Appraisal!["3"].Should().Equal(new AppraisalRound(1, 2m, "r"));
    }
}
