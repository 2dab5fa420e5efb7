using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

public partial class ScoreCommandTests
{
    private static readonly string[] Statuses = ["pass", "fail", "not_applicable", "missing_data", "invalid_data"];

    [Fact]
    public void Score_NoArguments_RanksTheSampleDistrictAndListsDeductions()
    {
        var result = Cli.Run("score");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n');
        lines.Should().Contain(l => l.StartsWith("Hạng  Đơn vị", StringComparison.Ordinal) && l.Contains("ΔĐiểm", StringComparison.Ordinal));
        var ranking = lines.TakeWhile(l => !l.StartsWith("Xếp hạng trong loại", StringComparison.Ordinal));
        ranking.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+  \S")).Should().Be(20);
        result.Output.Should().Contain("Xếp hạng trong từng loại đơn vị: thêm --by-type.")
            .And.Contain("6. Thị trấn Hương Sơn (huong-son): 88,78/100 điểm, Tốt, hạng 1 trong loại Thị trấn, bị trừ")
            .And.Contain("   tự chấm 12 điểm ở 2 tiêu chí; 2 tiêu chí tự chấm cao hơn")
            .And.Contain("   3.2.1  không đạt          8/10   −2  (tự chấm 10, tự chấm cao hơn, thẩm định 8)");
        var byType = Cli.Run("score", "--by-type").Output;
        byType.Should().Contain("Xếp hạng trong loại Thị trấn (thi-tran) (1 đơn vị)").And.Contain("Xếp hạng trong loại Xã (xa) (19 đơn vị)");
        result.Output.Should().Contain("Điểm trừ của từng đơn vị").And.Contain("20. ").And.Contain("Chủ trì:");
        lines.Where(l => l.Length > 0).Should().OnlyContain(l => l.Length <= 100, "tables fit a 100-column terminal");
    }

    [Fact]
    public void Score_SameInputTwice_WritesTheSameBytes()
    {
        Cli.Run("score", "--format", "json").Output.Should().Be(Cli.Run("score", "--format", "json").Output);
    }

    [Fact]
    public void Score_FormatJson_FollowsTheDocumentedContract()
    {
        var result = Cli.Run("score", "--format", "json");

        result.ExitCode.Should().Be(0);
        var root = JObject.Parse(result.Output);
        root["ruleSet"]!.Value<string>("id").Should().Be("commune-2025");
        root["ruleSet"]!.Value<string>("hash").Should().MatchRegex("^[0-9a-f]{64}$");
        var units = root["units"]!.Children<JObject>().ToList();
        units.Should().HaveCount(20);
        units.Select(u => u.Value<string>("id")).Should().StartWith(["ban-dat", "bao-ly", "duong-thanh"], "machine formats keep input order");
        foreach (var unit in units)
        {
            unit.Value<int>("rank").Should().Be(1 + units.Count(u => u.Value<decimal>("total") > unit.Value<decimal>("total")));
        }

        foreach (var unit in units)
        {
            unit["total"]!.Type.Should().BeOneOf(JTokenType.Integer, JTokenType.Float);
            unit.Value<decimal>("maxTotal").Should().Be(100m);
            var criteria = unit["criteria"]!.Children<JObject>().ToList();
            criteria.Should().HaveCount(31);
            criteria.Sum(c => c.Value<decimal>("points")).Should().Be(unit.Value<decimal>("total"));
            foreach (var criterion in criteria)
            {
                criterion.Value<string>("status").Should().BeOneOf(Statuses);
                criterion.Value<decimal>("deduction").Should().Be(criterion.Value<decimal>("maxPoints") - criterion.Value<decimal>("points"));
            }

            unit["areas"]!.Children<JObject>().Sum(a => a.Value<decimal>("maxPoints")).Should().Be(100m);
            unit["previous"].Should().NotBeNull("the default run compares with the bundled 2024 results");
        }

        root["errors"]!.Should().BeEmpty();
    }

    [Fact]
    public void Score_TanKhanhWithoutFeedbackSurvey_HasNullSipasAndMissingData()
    {
        var root = JObject.Parse(Cli.Run("score", "--format", "json").Output);

        var unit = root["units"]!.Children<JObject>().Single(u => u.Value<string>("id") == "tan-khanh");
        unit["sipas"]!.Type.Should().Be(JTokenType.Null);
        unit.Value<bool>("meetsTargets").Should().BeFalse();
        unit["criteria"]!.Children<JObject>().Single(c => c.Value<string>("id") == "8.1.5").Value<string>("status").Should().Be("missing_data");
    }

    [Fact]
    public void Score_CsvOutputGivenBackAsPrevious_ShowsNoChange()
    {
        var first = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "csv");
        var previous = Cli.TempFile("previous.csv", first.Output);

        var again = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "json", "--previous", previous);

        again.ExitCode.Should().Be(0, again.Error);
        foreach (var unit in JObject.Parse(again.Output)["units"]!.Children<JObject>())
        {
            unit["previous"]!.Value<decimal>("deltaPoints").Should().Be(0m);
            unit["previous"]!.Value<int>("deltaRank").Should().Be(0);
            unit["previous"]!.Value<bool>("improvedBoth").Should().BeFalse();
        }
    }

    [Fact]
    public void Score_CsvAndJsonOfTheDefaultRun_AgreeOnEveryRankAndMovement()
    {
        // Two writers of the same report: every rank and movement must agree.
        var csv = Cli.Run("score", "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var json = JObject.Parse(Cli.Run("score", "--format", "json").Output)["units"]!.Children<JObject>().ToList();

        var header = csv[0].Split(',');
        header.Take(16).Should().Equal("rank", "id", "name", "total", "maxTotal", "classification", "sipas", "meetsTargets",
            "type", "typeRank", "claimedTotal", "previousTotal", "previousRank", "deltaPoints", "deltaRank", "improvedBoth");
        csv.Should().HaveCount(json.Count + 1);
        foreach (var (line, unit) in csv.Skip(1).Zip(json))
        {
            var cells = header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second);
            var previous = unit["previous"]!;
            cells["id"].Should().Be(unit.Value<string>("id"));
            cells["rank"].Should().Be(unit.Value<int>("rank").ToString(System.Globalization.CultureInfo.InvariantCulture));
            decimal.Parse(cells["total"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(unit.Value<decimal>("total"));
            decimal.Parse(cells["previousTotal"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(previous.Value<decimal>("total"));
            int.Parse(cells["previousRank"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(previous.Value<int>("rank"));
            decimal.Parse(cells["deltaPoints"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(previous.Value<decimal>("deltaPoints"));
            int.Parse(cells["deltaRank"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(previous.Value<int>("rank") - unit.Value<int>("rank"));
            cells["improvedBoth"].Should().Be(previous.Value<bool>("improvedBoth") ? "true" : "false");
            foreach (var criterion in unit["criteria"]!.Children<JObject>())
            {
                decimal.Parse(cells[criterion.Value<string>("id")!], System.Globalization.CultureInfo.InvariantCulture).Should().Be(criterion.Value<decimal>("points"));
            }
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Score_OutputFolderMissing_IsAUsageErrorNamingThePath(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-no-such-folder-" + Guid.NewGuid().ToString("N"), "out.txt");

        var result = Cli.RunEn("score", "--format", format, "--output", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"Cannot write the output file '{path}': ").And.EndWith("Check that its folder exists and is writable." + Environment.NewLine);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Score_OutputIsAnInput_IsRefusedBeforeAnythingIsOpened(string format)
    {
        var input = Cli.TempFile("units.csv", File.ReadAllText(Cli.Bundle(Path.Combine("samples", "phu-binh-2025.csv"))));
        var before = File.ReadAllText(input);

        var result = Cli.RunEn("score", input, "--format", format, "--output", input);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"The output file '{input}' is also an input;");
        File.ReadAllText(input).Should().Be(before, "the input is never opened for writing");
    }

    [Fact]
    public void Score_RunFailsAfterTheOutputIsOpened_LeavesThePreviousFileAndNoTemporaryOne()
    {
        var output = Cli.TempFile("results.csv", "last run's results\n");
        var folder = Path.GetDirectoryName(output)!;

        var result = Cli.Run("score", "--format", "csv", "--output", output, "--unit", "nowhere");

        result.ExitCode.Should().Be(2, "the unknown unit is found only after the inputs are scored");
        File.ReadAllText(output).Should().Be("last run's results\n");
        Directory.GetFiles(folder).Should().Equal([output], "the temporary file beside the target is removed");
    }

    [Fact]
    public void Score_OutputNamed240Characters_IsWritten()
    {
        // The temporary name beside it added 38 characters and passed the file system's 255: the run failed.
        var output = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, new string('k', 236) + ".csv");

        var result = Cli.Run("score", "--format", "csv", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(output).Should().HaveCount(21, "a header and the sample district's 20 units");
    }

    [Theory]
    [InlineData("/dev/null", true)]
    [InlineData("/dev/stdout", true)]
    [InlineData("results.csv", false)]
    public void OutputFile_Device_IsWrittenInPlaceNeverReplaced(string path, bool inPlace)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Never committed: a file moved over /dev/null would replace the device for the whole machine.
        var target = inPlace ? path : Path.Combine(Path.GetTempPath(), "parindex-tests", Guid.NewGuid().ToString("N"), path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var file = OutputFile.Open(target);

        file.WritesInPlace.Should().Be(inPlace);
    }

    [Fact]
    public void Score_OutputFile_IsReplacedWholeAndNoTemporaryFileStays()
    {
        var output = Cli.TempFile("results.json", "{}");

        var result = Cli.Run("score", "--format", "json", "--output", output);

        result.ExitCode.Should().Be(0);
        JObject.Parse(File.ReadAllText(output))["units"]!.Should().HaveCount(20);
        Directory.GetFiles(Path.GetDirectoryName(output)!).Should().Equal([output]);
    }

    [Fact]
    public void Score_FormatMarkdown_StartsWithTitleAndTable()
    {
        var result = Cli.Run("score", "--format", "md", "--lang", "en");

        result.Output.Should().StartWith("# Commune PAR Index and SIPAS 2025").And.Contain("| Rank | Unit | Total |");
    }

    [Fact]
    public void Score_Unit_PrintsEveryCriterionOfThatUnit()
    {
        var result = Cli.Run("score", "--unit", "dao-xa");

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("Đào Xá (dao-xa): ");
        foreach (var id in new[] { "1.1", "2.1.1", "3.2.2", "4.1", "6.2.1", "7.3.5", "8.1.5" })
        {
            result.Output.Should().Contain($"   {id} ");
        }
    }

    [Fact]
    public void Score_OutputFile_WritesTheReportThere()
    {
        var path = Cli.TempFile("out.json", string.Empty);

        var result = Cli.Run("score", "--format", "json", "--output", path);

        result.Output.Should().BeEmpty();
        JObject.Parse(File.ReadAllText(path))["units"]!.Should().HaveCount(20);
    }

    /// <summary>A CSV text without one of its columns (no cell of the sample holds a comma).</summary>
    private static string WithoutColumn(string csv, string column)
    {
        var lines = csv.Split(Environment.NewLine);
        var index = Array.IndexOf(lines[0].Split(','), column);
        return string.Join(Environment.NewLine, lines.Select(l => l.Length == 0 ? l : string.Join(',', l.Split(',').Where((_, i) => i != index))));
    }
}
