using System.Xml.Linq;
using Newtonsoft.Json;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The results of the rule-file cases as text, JSON or JUnit XML.</summary>
internal static class TestReport
{
    public static void Write(string format, RuleSet ruleSet, IReadOnlyList<RuleCaseResult> results, RuleCoverage coverage, TextWriter output)
    {
        switch (format)
        {
            case "json":
                Json(ruleSet, results, coverage, output);
                break;
            case "junit":
                Junit(ruleSet, results, output);
                break;
            default:
                Plain(ruleSet, results, coverage, output);
                break;
        }
    }

    private static void Plain(RuleSet ruleSet, IReadOnlyList<RuleCaseResult> results, RuleCoverage coverage, TextWriter output)
    {
        foreach (var failure in results.Where(r => !r.Passed))
        {
            output.WriteLine(Words.Tell("cli.fail") + failure.Describe(Words.Language));
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine(Words.Tell("cli.cases-passed-failed", ruleSet.Id, ruleSet.Version, results.Count, results.Count - failed, failed));
        if (coverage.IsComplete)
        {
            output.WriteLine(Words.Tell("cli.coverage-every-criterion-has-cases-every"));
            return;
        }

        foreach (var id in coverage.CriteriaWithoutCases)
        {
            output.WriteLine(Words.Tell("cli.not-covered-criterion-has-no-case", id));
        }

        foreach (var line in coverage.PartsNotReached.Concat(coverage.BandsNotReached))
        {
            output.WriteLine(Words.Tell("cli.not-reached", line));
        }
    }

    private static void Json(RuleSet ruleSet, IReadOnlyList<RuleCaseResult> results, RuleCoverage coverage, TextWriter output)
    {
        var document = new
        {
            ruleSet = new { id = ruleSet.Id, version = ruleSet.Version, hash = ruleSet.ContentHash },
            total = results.Count,
            passed = results.Count(r => r.Passed),
            failed = results.Count(r => !r.Passed),
            cases = results.Select(r => new
            {
                criterion = r.CriterionId,
                name = r.Case.Name,
                source = r.Case.Source.ToString(),
                passed = r.Passed,
                expected = new { status = r.Case.ExpectedStatus.ToWireName(), points = r.Case.ExpectedPoints },
                actual = new { status = r.Actual.Status.ToWireName(), points = r.Actual.Points },
            }),
            coverage = new
            {
                criteriaWithoutCases = coverage.CriteriaWithoutCases,
                partsNotReached = coverage.PartsNotReached.Select(t => t.En),
                bandsNotReached = coverage.BandsNotReached.Select(t => t.En),
            },
        };
        output.WriteLine(JsonConvert.SerializeObject(document, Formatting.Indented));
    }

    private static void Junit(RuleSet ruleSet, IReadOnlyList<RuleCaseResult> results, TextWriter output)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", ruleSet.Id),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            results.Select(r => new XElement("testcase",
                new XAttribute("classname", $"{ruleSet.Id}.{r.CriterionId}"),
                new XAttribute("name", r.Case.Name),
                r.Passed ? null : new XElement("failure", new XAttribute("message", r.Describe())))));
        output.WriteLine(new XDocument(new XElement("testsuites", suite)).ToString());
    }
}
