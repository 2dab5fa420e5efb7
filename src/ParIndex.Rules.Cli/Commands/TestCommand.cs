using System.CommandLine;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex test</c>: runs the cases written in the rule files and reports what no case reaches.</summary>
internal static class TestCommand
{
    public static Command Create(CommandContext context)
    {
        var filter = new Option<string?>("--filter") { Description = Words.Tell("cli.run-only-cases-whose-criterion-id"), HelpName = "TEXT" };
        var format = new Option<string>("--format", "-f") { Description = Words.Tell("cli.text-default-json-or-junit"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "junit");
        var command = new Command("test", CommandContext.Describe("cli.run-every-test-case-written-in",
            "parindex test", "parindex test --filter 3.2.1", "parindex test --format junit > rule-tests.xml"))
        {
            context.Rules, context.Overlay, filter, format, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var results = RuleCaseRunner.RunAll(Scorer.Compile(ruleSet));
            if (parse.GetValue(filter) is { } text)
            {
                results = results.Where(r => r.CriterionId.Contains(text, StringComparison.OrdinalIgnoreCase) || r.CaseName.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (results.Count == 0)
                {
                    // Zero cases run is not zero failures: a typo in the filter must not pass for a green run.
                    context.Error.WriteLine(Words.Tell("cli.no-case-matches-filter-it-is", text));
                    return ExitCodes.RuleProblems;
                }
            }

            var coverage = RuleCoverage.Of(ruleSet, results, parse.GetValue(filter));
            TestReport.Write(parse.GetValue(format)!, ruleSet, results, coverage, context.Output);
            return results.All(r => r.Passed) && coverage.CriteriaWithoutCases.Count == 0 ? ExitCodes.Success : ExitCodes.RuleProblems;
        });
        return command;
    }
}
