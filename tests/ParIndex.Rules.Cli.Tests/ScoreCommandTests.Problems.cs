using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>What score tells when something is wrong: bad units, unknown columns and options, last year's results that do not fit, broken rules.</summary>
public partial class ScoreCommandTests
{
    [Fact]
    public void Score_BadUnitsAmongGood_ScoresTheGoodAndExitsWith3()
    {
        var input = Cli.TempFile("in.csv", "id,name,dossiersResolved,dossiersResolvedOnTime\na,A,100,99\nb,B,100,abc\na,A again,1,1\n,,1,1\nc,C,10,10\n");

        var result = Cli.RunEn("score", input, "--format", "csv");

        result.ExitCode.Should().Be(3);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Should().BeEquivalentTo(["a", "b", "c"]);
        result.Error.Should().Contain("in.csv(3,4): unit 'b', field 'dossiersResolvedOnTime': 'dossiersResolvedOnTime' must be a number, not \"abc\".")
            .And.Contain("in.csv(4,1): unit 'a', field 'id': the id is already used on line 2")
            .And.Contain("in.csv(5,1): field 'id': the unit has no id");
    }

    [Fact]
    public void Score_UnknownColumn_WarnsWithSuggestionAndStillSucceeds()
    {
        var input = Cli.TempFile("in.csv", "id,name,dossiersResolvd\na,A,100\n");

        var result = Cli.RunEn("score", input);

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain("warning: ").And.Contain("did you mean 'dossiersResolved'?");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    public void Score_LongBatchOnATerminal_DrawsProgressOnStderrUnlessQuiet(string format)
    {
        var lines = new List<string> { "id,name,dossiersResolved,dossiersResolvedOnTime" };
        lines.AddRange(Enumerable.Range(0, 1200).Select(i => $"u{i},U{i},100,{i % 101}"));
        var input = Cli.TempFile("long.csv", string.Join("\n", lines));

        var shown = Cli.Run(isTerminal: true, "score", input, "--format", format);
        var quiet = Cli.Run(isTerminal: true, "score", input, "--format", format, "--quiet");
        var redirected = Cli.Run(isTerminal: false, "score", input, "--format", format);

        // Scored as read, the total is not known before the end: the count so far is shown, from the first thousand.
        shown.Error.Should().Contain("\rĐang chấm 1200").And.NotContain("Đang chấm 950");
        quiet.Error.Should().NotContain("Đang chấm");
        redirected.Error.Should().NotContain("Đang chấm");
        shown.Output.Should().Be(quiet.Output, "progress goes to stderr only");
    }

    [Fact]
    public void Score_AmbiguousThousands_ExitsWith3UntilTheNumberFormatIsGiven()
    {
        // investmentAllocated 1200 and investmentDisbursed 1.100: read the Vietnamese way, 1100 of 1200 is 91.67%,
        // in 5.1.1's band ≥ 90 (3 of 4 points) and short of its 95% (fail); read as 1.1 it would be 0.09% and 0 points.
        var input = Cli.TempFile("export.csv", "id;name;investmentAllocated;investmentDisbursed\ndao-xa;Đào Xá;1200;1.100\n");

        var guessed = Cli.RunEn("score", input, "--format", "json", "--previous", Cli.TempFile("none.csv", "id,total,rank\n"));
        var stated = Cli.RunEn("score", input, "--format", "json", "--number-format", "vi", "--previous", Cli.TempFile("none.csv", "id,total,rank\n"));

        guessed.ExitCode.Should().Be(3);
        guessed.Error.Should().Contain("'1.100' is 1100 read the Vietnamese way and 1.1 read the English way");
        stated.ExitCode.Should().Be(0, stated.Error);
        var disbursed = JObject.Parse(stated.Output)["units"]![0]!["criteria"]!.Children<JObject>().Single(c => c.Value<string>("id") == "5.1.1");
        (disbursed.Value<string>("status"), disbursed.Value<decimal>("points")).Should().Be(("fail", 3m));
    }

    [Fact]
    public void Score_UnknownEncoding_IsAUsageError()
    {
        var result = Cli.RunEn("score", "--encoding", "klingon");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--encoding 'klingon' is not an encoding this tool knows");
    }

    [Fact]
    public void Score_MistypedUnit_SuggestsTheClosestId()
    {
        var result = Cli.RunEn("score", "--unit", "dao-xx");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No unit 'dao-xx' among the 20 units of the inputs; did you mean 'dao-xa'?");
    }

    [Fact]
    public void Score_MistypedOption_IsAUsageErrorNeverAnInputFile()
    {
        var result = Cli.RunEn("score", "--fromat", "csv");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("Unknown option '--fromat' for 'parindex score'; did you mean '--format'?");
    }

    [Theory]
    [InlineData("{ \"units\": [\n  { \"total\": 80, \"rank\": 1 } ] }", "(2,0): field 'id': the unit has no \"id\" string")]
    [InlineData("{ \"units\": [\n  { \"id\": \"dao-xa\", \"total\": \"abc\", \"rank\": 1 } ] }", "(2,0): unit 'dao-xa', field 'total': \"total\" must be a number, not \"abc\"")]
    [InlineData("{ \"units\": [\n  { \"id\": \"dao-xa\", \"total\": 80 } ] }", "(2,0): unit 'dao-xa', field 'rank': \"rank\" must be a whole number from 1, not absent")]
    [InlineData("id,total,rank\ndao-xa,91.5,x\n", "(2,0): unit 'dao-xa', field 'rank': the rank must be a whole number from 1, not 'x'")]
    public void Score_BadRowOfLastYearsResults_IsAnInputProblemWithItsLine(string content, string expected)
    {
        var previous = Cli.TempFile(content.StartsWith('{') ? "previous.json" : "previous.csv", content);

        var result = Cli.RunEn("score", "--previous", previous, "--format", "csv");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain(previous + expected);
        result.Output.Should().Contain("dao-xa", "the units are still scored");
    }

    [Fact]
    public void Score_LastYearsResultsOfAnotherDistrict_IsAnInputProblem()
    {
        var previous = Cli.TempFile("previous.csv", "id,total,rank\nsomewhere-else,80,1\n");

        var result = Cli.RunEn("score", "--previous", previous);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("last year's results match none of the units scored");
    }

    [Fact]
    public void Score_LastYearsResultsForSomeUnits_SaysHowManyMatched()
    {
        var previous = Cli.TempFile("previous.csv", "id;total;rank\ndao-xa;91,5;1\n");

        var result = Cli.RunEn("score", "--previous", previous, "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain("last year's results match 1 of the 20 units; no result for ban-dat, bao-ly, ");
        var daoXa = JObject.Parse(result.Output)["units"]!.Children<JObject>().Single(u => u.Value<string>("id") == "dao-xa");
        daoXa["previous"]!.Value<decimal>("total").Should().Be(91.5m, "91,5 is read with the inputs' number rule");
    }

    [Fact]
    public void Score_UnknownUnit_IsAUsageError()
    {
        var result = Cli.RunEn("score", "--unit", "nowhere");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No unit 'nowhere' among the 20 units of the inputs.", "a count, never the list of every id");
    }

    [Fact]
    public void Score_MissingInputFile_IsAUsageError()
    {
        Cli.Run("score", "no-such-file.csv").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Score_UnknownFormat_IsAUsageError()
    {
        var result = Cli.Run("score", "--format", "xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("xml");
    }

    [Fact]
    public void Score_BrokenRules_ListsTheProblemsAndExitsWith1()
    {
        var rules = Cli.EditedRules("criteria/area-3.json", "\"numerator\": \"dossiersResolvedOnTime\"", "\"numerator\": \"dossiersResolvedOntime\"");

        var result = Cli.RunEn("score", "--rules", rules);
        var vietnamese = Cli.Run("score", "--rules", rules);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("has 1 problem:").And.Contain("unknown indicator 'dossiersResolvedOntime'; did you mean 'dossiersResolvedOnTime'?");
        vietnamese.ExitCode.Should().Be(1);
        vietnamese.Error.Should().Contain("có 1 lỗi:").And.Contain("chỉ tiêu không xác định 'dossiersResolvedOntime'; có phải là 'dossiersResolvedOnTime'? Hãy thêm vào indicators.json hoặc sửa mã.");
    }

    [Fact]
    public void Score_EnglishTable_UsesDecimalPoints()
    {
        var result = Cli.Run("score", "--lang", "en");

        result.Output.Should().Contain("Rank  Unit").And.Contain("Deductions of each unit").And.MatchRegex(@"\d+\.\d\d  Rất tốt");
    }
}
