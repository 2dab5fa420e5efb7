using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Figures that contradict each other are input problems, not only a status inside a card (issue #26, 1).</summary>
public class ContradictionTests
{
    [Fact]
    public void ReadCsv_MoreOnTimeThanResolved_IsAnErrorAtTheCellAndTheUnitIsStillScored()
    {
        // 3.2.1's rate is dossiersResolvedOnTime / dossiersResolved: 310 on time of 300 resolved cannot be. It made the
        // criterion invalid_data with 0 points and nothing more: no error, exit 0, visible only inside the card.
        var csv = "id,name,dossiersResolved,dossiersResolvedOnTime,dossiersReceived\na,A,300,310,400\nb,B,300,290,400\n";

        var batch = SnapshotReader.ReadCsv(new StringReader(csv), "so-lieu.csv", Some.Commune2025Scorer.RuleSet);

        var problem = batch.Errors.Should().ContainSingle().Which;
        (problem.Line, problem.Column, problem.UnitId, problem.Field).Should().Be((2, 4, "a", "dossiersResolvedOnTime"));
        problem.Message.Should().Be("'dossiersResolvedOnTime' (310) is more than 'dossiersResolved' (300). The unit was scored; the criteria using this figure get invalid_data.");
        problem.MessageIn(Language.Vi).Should().Contain("lớn hơn").And.Contain("(dossiersResolved = 300)");
        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        Some.Commune2025Scorer.Score(batch.Snapshots[0]).Criteria.Single(c => c.Id == "3.2.1").Status.Should().Be(CriterionStatus.InvalidData);
    }

    [Fact]
    public void ReadJson_SatisfiedAboveAnswered_IsAnErrorForTheSipasAspect()
    {
        // A SIPAS aspect is counted the same way: more satisfied answers than answers.
        var aspect = Some.Commune2025Scorer.RuleSet.SipasAspects[0];
        var json = $$"""{ "units": [ { "id": "a", "indicators": { "{{aspect.Numerator}}": 120, "{{aspect.Denominator}}": 100 } } ] }""";

        var batch = SnapshotReader.ReadJson(new StringReader(json), "units.json", Some.Commune2025Scorer.RuleSet);

        batch.Errors.Select(e => (e.UnitId, e.Field)).Should().Contain(("a", aspect.Numerator));
    }
}
