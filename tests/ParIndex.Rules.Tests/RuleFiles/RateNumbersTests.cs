using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>Decision-table checks on rates (issue #28, 2): every number a rate is compared with is a rate a unit can have.</summary>
public class RateNumbersTests
{
    [Theory]
    [InlineData("\"threshold\": 100 }", "\"threshold\": 99.995 }", "criteria/a.json", "a rate is rounded to 2 decimals before it is compared, so 99.995 lies between 99.99 and 100, two rates a unit can have; write one of them.")]
    [InlineData("\"threshold\": 100 }", "\"threshold\": 101 }", "criteria/a.json", "a rate lies between 0 and 100%, so 101 can never be reached (or is always passed); write a rate from 0 to 100.")]
    public void Load_RateThresholdNoUnitCanHave_IsAProblemAtTheNumber(string from, string to, string at, string message)
    {
        // Criterion 1 of the mini set compares a rate of tasks done, on line 15.
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", from, to);

        var act = () => RuleSetLoader.Load("mini", files);

        var problem = act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which;
        (problem.File, problem.Line, problem.Path, problem.Message).Should().Be((at, 15, "$.criteria[0].parts[0].requirement.threshold", message));
    }

    [Fact]
    public void Load_ZeroBelowOfAProportionalRateUnder0_IsAProblemAtIt()
    {
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"scale\": { \"type\": \"proportional\", \"threshold\": 90, \"zeroBelow\": 50 }", "\"scale\": { \"type\": \"proportional\", \"threshold\": 90, \"zeroBelow\": -5 }");

        var act = () => RuleSetLoader.Load("mini", files);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should()
            .Contain(p => p.Path.EndsWith("scale.zeroBelow", StringComparison.Ordinal) && p.Message.StartsWith("a rate lies between 0 and 100%, so -5", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TopBandBelowThePartsPoints_IsAProblemAtItsPoints()
    {
        // Criterion 1 is worth 4; a top band of 3 means no unit can ever get the 4.
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "{ \"min\": 100, \"points\": 4 }", "{ \"min\": 100, \"points\": 3 }");

        var act = () => RuleSetLoader.Load("mini", files);

        var problem = act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Line, problem.Path, problem.Message).Should().Be((16, "$.criteria[0].parts[0].scale.bands[0].points",
            "the top band gives 3, not the part's 4 points, so full points can never be given; give the top band 4."));
    }

    [Fact]
    public void Load_RequirementBelowTheLowestBand_IsAProblemAtTheRequirement()
    {
        // "Từ 70%" passes, but the lowest band starts at 80%: a unit at 75% would pass and earn nothing.
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"threshold\": 100 }", "\"threshold\": 70 }");

        var act = () => RuleSetLoader.Load("mini", files);

        var problem = act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Line, problem.Path, problem.Message).Should().Be((15, "$.criteria[0].parts[0].requirement.threshold",
            "a value of 70 meets the requirement but is below the lowest band (80), so it passes and earns nothing; make the requirement at least 80, or add a band for it."));
    }

    [Fact]
    public void Load_CountRequirementBelow0_IsAProblemAtTheNumber()
    {
        // Part 2b counted on late dossiers alone: "at most -1" can never be met by a count, which is never below 0.
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"value\": { \"difference\": { \"total\": \"late\", \"subtract\": \"lateWithLetter\" } },", "\"value\": { \"indicator\": \"late\" },");
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"requirement\": { \"op\": \"<=\", \"threshold\": 0 },", "\"requirement\": { \"op\": \"<=\", \"threshold\": -1 },");
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"zeroDenominator\": \"notApplicable\",", string.Empty);

        var act = () => RuleSetLoader.Load("mini", files);

        var problem = act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Line, problem.Path, problem.Message).Should().Be((43, "$.criteria[1].parts[1].requirement.threshold",
            "a count or an amount is never below 0, so comparing it with -1 always comes out the same; write a number from 0 up."));
    }
}
