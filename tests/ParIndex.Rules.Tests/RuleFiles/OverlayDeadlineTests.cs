using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>Next season's deadlines over a rule set dated by last season's plan (issue #26, 9).</summary>
public class OverlayDeadlineTests
{
    [Fact]
    public void WithDeadline_OneDate_IsEveryCriterionsDeadlineAndItsHintsWords()
    {
        // commune-2025's plan dates its remediation 31/12/2025; a 2026 season needs its own date.
        var rules = BundledRuleSets.Load("commune-2025", RuleOverlay.Empty.WithDeadline(new DateOnly(2026, 6, 30)));

        rules.Criteria.Should().OnlyContain(c => c.Deadline.Date == new DateOnly(2026, 6, 30) && c.Deadline.Text.Vi == "Chậm nhất trước ngày 30/06/2026");
        var card = Scorer.Compile(rules).Score(Some.Unit("empty"));
        card.Criteria.Where(c => c.Hint is not null).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Deadline.Text.En == "By 30/06/2026 at the latest" && c.Hint!.Vi.Contains("Chậm nhất trước ngày 30/06/2026", StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_DeadlineThatIsNoDate_IsARuleProblemNamingIt()
    {
        var overlay = RuleOverlay.FromJson("tinh.json", """{ "deadline": "2026-13-01" }""");

        var act = () => BundledRuleSets.Load("commune-2025", overlay);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("the deadline must be a date written yyyy-MM-dd");
    }

    [Fact]
    public void FromJson_CriterionsOwnDeadline_WinsOverTheOneForAll()
    {
        var overlay = RuleOverlay.FromJson("tinh.json", """
            { "deadline": "2026-06-30",
              "criteria": { "3.2.1": { "deadline": { "date": "2026-03-31", "text": { "vi": "Trong quý I/2026" } } } } }
            """);

        var rules = BundledRuleSets.Load("commune-2025", overlay);

        rules.Criteria.Single(c => c.Id == "3.2.1").Deadline.Date.Should().Be(new DateOnly(2026, 3, 31));
        rules.Criteria.Single(c => c.Id == "1.1").Deadline.Date.Should().Be(new DateOnly(2026, 6, 30));
    }
}
