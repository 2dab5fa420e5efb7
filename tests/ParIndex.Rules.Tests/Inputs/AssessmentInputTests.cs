using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Claims and appraisals that the assessment's rule files make impossible: each is an input problem naming the unit, the criterion and the field, and is not applied; the unit is still scored.</summary>
public class AssessmentInputTests
{
    private static readonly Lazy<RuleSet> Example = new(() => RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example")));

    [Fact]
    public void ReadJson_ClaimAndAppraisalOfACriterionExcludedForTheType_AreProblemsAndNotApplied()
    {
        // 2.2 is for communes: a ward's claim and appraisal of it would be points for a criterion scored 0 of 0.
        var batch = Read("""
            { "units": [ { "id": "w", "type": "phuong", "indicators": {},
                           "selfAssessment": { "2.2": { "points": 4 }, "1.1": { "points": 3 } },
                           "appraisal": { "2.2": [ { "round": 1, "points": 4, "reason": "r" } ] } } ] }
            """);

        batch.Errors.Select(e => (e.UnitId, e.Field, e.Line)).Should().Equal(("w", "selfAssessment.2.2", 2), ("w", "appraisal.2.2", 3));
        batch.Errors[0].Message.Should().Be("criterion 2.2 applies only to units of type xa, and this unit is of type 'phuong': it is excluded for the unit, so the claim was not applied. Check the unit's type or remove the entry.");
        batch.Errors[1].MessageIn(Language.Vi).Should().Contain("kết quả thẩm định không được áp dụng");
        var unit = batch.Snapshots.Single();
        unit.SelfAssessment!.Keys.Should().Equal("1.1");
        unit.Appraisal.Should().BeEmpty();
    }

    [Fact]
    public void ReadJson_PointsOffAJudgedCriterionsStep_AreProblemsAndNotApplied()
    {
        // 1.1 is judged in steps of 0.5: 3.25 is not a step, 3.5 is.
        var batch = Read("""
            { "units": [ { "id": "a", "type": "xa", "indicators": {},
                           "selfAssessment": { "1.1": { "points": 3.25 } },
                           "appraisal": { "1.1": [ { "round": 1, "points": 3.75, "reason": "r" }, { "round": 2, "points": 3.5, "reason": "r" } ] } } ] }
            """);

        batch.Errors.Select(e => e.Field).Should().Equal("selfAssessment.1.1.points", "appraisal.1.1");
        batch.Errors[0].Message.Should().Be("the claimed points must be a number from 0 to the criterion's 4, with at most 2 decimals, a multiple of 0.5, not 3.25. The claim was not applied.");
        var unit = batch.Snapshots.Single();
        unit.SelfAssessment.Should().BeEmpty();
        unit.Appraisal!["1.1"].Select(r => r.Points).Should().Equal(3.5m);
    }

    [Fact]
    public void ReadCsv_ClaimColumnOfACriterionExcludedForTheType_IsAProblemForThatUnitOnly()
    {
        var batch = SnapshotReader.ReadCsv(new StringReader("id,type,claim:2.2,claim:1.1\nc,xa,4,3\nw,phuong,4,3\n"), "in.csv", Example.Value);

        batch.Errors.Should().ContainSingle().Which.Should().Match<InputProblem>(e => e.UnitId == "w" && e.Field == "selfAssessment.2.2" && e.Line == 3 && e.Column == 3);
        batch.Snapshots.Select(s => string.Join(",", s.SelfAssessment!.Keys.Order(StringComparer.Ordinal))).Should().Equal("1.1,2.2", "1.1");
    }

    private static SnapshotBatch Read(string json) => SnapshotReader.ReadJson(new StringReader(json), "in.json", Example.Value);
}
