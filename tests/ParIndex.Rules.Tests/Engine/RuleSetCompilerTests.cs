using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Tests.Engine;

public class RuleSetCompilerTests
{
    [Fact]
    public void Compile_MoreCriteriaThanOneSessionFactoryHolds_ScoresEveryCriterionInEveryGroup()
    {
        // 600 copies of the mini set's criterion 3 (3 points, 90% or more satisfied earns all, proportional above
        // 50%) make three session factories of at most 256 rules. At 72 of 100 satisfied, every copy earns
        // 3 × 72 / 90 = 2.4, whichever factory decides it; at 95 of 100 every copy passes through the rules' silence.
        const int Copies = 600;
        var files = ParIndex.Rules.Tests.RuleFiles.RuleSetLoaderTests.MiniFiles();
        var manifest = JObject.Parse(files.Single(f => f.Path == "ruleset.json").Text);
        manifest["totalPoints"] = 3 * Copies;
        manifest["areas"]![0]!["maxPoints"] = 3 * Copies;
        var criteria = JObject.Parse(files.Single(f => f.Path == "criteria/a.json").Text);
        var template = (JObject)criteria["criteria"]![2]!;
        criteria["criteria"] = new JArray(Enumerable.Range(0, Copies).Select(i =>
        {
            var copy = (JObject)template.DeepClone();
            copy["id"] = "9." + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return copy;
        }));
        var rules = RuleSetLoader.Load("many", [
            new RuleFile("ruleset.json", manifest.ToString()),
            files.Single(f => f.Path == "indicators.json"),
            new RuleFile("criteria/a.json", criteria.ToString())]);

        var (factories, _, _) = RuleSetCompiler.Compile(rules);
        var scorer = Scorer.Compile(rules);
        var short72 = scorer.Score(Some.Unit("u", ("satisfied", 72), ("answers", 100)));
        var full = scorer.Score(Some.Unit("v", ("satisfied", 95), ("answers", 100)));

        factories.Should().HaveCount(3);
        short72.Criteria.Select(c => (c.Status, c.Points)).Should().AllBeEquivalentTo((CriterionStatus.Fail, 2.4m));
        short72.Total.Should().Be(Copies * 2.4m);
        full.Criteria.Should().OnlyContain(c => c.Status == CriterionStatus.Pass && c.Points == 3m);
    }
}
