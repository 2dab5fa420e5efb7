using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

/// <summary>Runs every case written in every rule set under <c>rules/</c> as its own test.</summary>
public class RuleCaseTests
{
    private static readonly Dictionary<string, Lazy<Scorer>> Scorers = RuleSetIds()
        .ToDictionary(id => id, id => new Lazy<Scorer>(() => Scorer.Compile(RuleSetLoader.LoadFolder(Some.RuleSetFolder(id)))));

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var id in RuleSetIds())
        {
            // Loading here, not in the test, so a broken rule set shows as one failing test below rather than none.
            var problems = RuleSetLoader.Validate(Some.RuleSetFolder(id));
            if (problems.Count > 0)
            {
                continue;
            }

            foreach (var criterion in Scorers[id].Value.RuleSet.Criteria)
            {
                foreach (var ruleCase in criterion.Cases)
                {
                    data.Add(id, criterion.Id, ruleCase.Name);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> RuleSets()
    {
        var data = new TheoryData<string>();
        foreach (var id in RuleSetIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_WrittenInRuleFile_HasExpectedStatusAndPoints(string ruleSet, string criterion, string caseName)
    {
        var result = RuleCaseRunner.Run(Scorers[ruleSet].Value, criterion, caseName);

        result.Passed.Should().BeTrue(result.Describe());
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void RuleSet_UnderRulesFolder_LoadsWithoutProblems(string ruleSet)
    {
        var problems = RuleSetLoader.Validate(Some.RuleSetFolder(ruleSet));

        problems.Select(p => p.ToString()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void RuleSet_EveryCriterion_HasAtLeastOneCase(string ruleSet)
    {
        var uncovered = RuleCaseRunner.CriteriaWithoutCases(Scorers[ruleSet].Value.RuleSet);

        uncovered.Should().BeEmpty("every criterion needs cases so that a rule edit is tested");
    }

    private static IEnumerable<string> RuleSetIds() =>
        Directory.EnumerateDirectories(Path.Combine(Some.RepositoryRoot, "rules"))
            .Where(d => File.Exists(Path.Combine(d, "ruleset.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
}
