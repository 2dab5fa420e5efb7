using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Engine;

public class CriterionRuleTests
{
    private static readonly RuleSet Mini = Some.Mini;

    [Fact]
    public void Record_ActionThrowsSomethingElseThanArithmetic_MarksThatCriterionOfThatUnitAlone()
    {
        // A unit whose measures are missing makes the action index past them: a defect, not bad figures.
        var first = new CriterionRule(Mini.Criteria[0], 0, 0, Mini.IndicatorsByKey, NotApplicablePolicy.Full);
        var second = new CriterionRule(Mini.Criteria[1], 1, Mini.Criteria[0].Parts.Count, Mini.IndicatorsByKey, NotApplicablePolicy.Full);
        var unit = new UnitFact(Some.Unit("u", ("done", 5), ("total", 5)), [], Mini.Criteria.Sum(c => c.Parts.Count), Mini.Criteria.Count);

        first.Record(new ChunkFact([unit]));

        var failed = CriterionResults.Build(first, unit, Mini.IndicatorsByKey);
        (failed.Status, failed.Points).Should().Be((CriterionStatus.InvalidData, 0m));
        failed.Parts[0].Problem.Should().StartWith("an error inside the rule (IndexOutOfRangeException: ");
        failed.Hint!.Vi.Should().StartWith("Không chấm được tiêu chí do lỗi khi tính: an error inside the rule (");
        second.Outcome(unit).Should().Be(new PartOutcome(CriterionStatus.Pass, Mini.Criteria[1].MaxPoints), "its rule stayed silent");
    }
}
