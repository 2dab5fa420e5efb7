using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

public class ScoreCommandTests
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
    public void Score_CsvNamesWithCommasQuotesAndLineBreaks_AreQuotedWhole()
    {
        var input = Cli.TempFile("names.json", """
            { "units": [
              { "id": "a,1", "name": "Xã \"Đông\", Nam\nmới", "indicators": { "dossiersResolved": 100, "dossiersResolvedOnTime": 100 } },
              { "id": "b", "name": "Xã Bắc", "indicators": { "dossiersResolved": 100, "dossiersResolvedOnTime": 99 } } ] }
            """);

        var result = Cli.Run("score", input, "--format", "csv");

        result.Output.Should().Contain("\n1,\"a,1\",\"Xã \"\"Đông\"\", Nam\nmới\",");
        result.Output.Should().Contain("\n2,b,Xã Bắc,");
    }

    [Fact]
    public void Score_CsvWithQuotedNamesGivenBackAsPrevious_IsReadWhole()
    {
        var input = Cli.TempFile("quoted.json", """
            { "units": [
              { "id": "a", "name": "Xã \"Đông\", Nam\nmới", "indicators": { "dossiersResolved": 100, "dossiersResolvedOnTime": 100 } },
              { "id": "b", "name": "Xã Bắc, Tây", "indicators": { "dossiersResolved": 100, "dossiersResolvedOnTime": 99 } } ] }
            """);
        var previous = Cli.TempFile("quoted-previous.csv", Cli.Run("score", input, "--format", "csv").Output);

        var again = Cli.Run("score", input, "--format", "json", "--previous", previous);

        again.ExitCode.Should().Be(0, again.Error);
        JObject.Parse(again.Output)["units"]!.Children<JObject>().Select(u => u["previous"]!.Value<int>("rank")).Should().Equal(1, 2);
    }

    [Fact]
    public void Score_JsonAndCsvSamples_ScoreAlike()
    {
        // The JSON sample also carries self-assessments (a CSV carries no evidence): everything else is the same.
        var json = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--format", "csv").Output;
        var csv = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "csv").Output;

        json.Split('\n')[0].Split(',').Should().Contain("claimedTotal");
        csv.Should().Be(WithoutColumn(json, "claimedTotal"));
    }

    [Fact]
    public void Score_XlsxOfTheSampleDistrict_ScoresLikeTheCsv()
    {
        var rows = Xlsx.Table(Cli.SampleRows().Select(row => row.ToDictionary(p => p.Key, p => (object?)(p.Value.Length == 0 ? null : p.Value)))).ToList();
        var xlsx = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "district.xlsx");
        Xlsx.Write(xlsx, ("Sheet1", rows));

        var fromXlsx = Cli.Run("score", xlsx, "--format", "csv");
        var fromCsv = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "csv");

        fromXlsx.ExitCode.Should().Be(0, fromXlsx.Error);
        fromXlsx.Output.Should().Be(fromCsv.Output);
    }

    [Fact]
    public void Score_XlsxWithInstructionsFirst_ReadsTheDataSheetWithOrWithoutSheet()
    {
        var rows = Xlsx.Table(Cli.SampleRows().Select(row => row.ToDictionary(p => p.Key, p => (object?)(p.Value.Length == 0 ? null : p.Value)))).ToList();
        var xlsx = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "district.xlsx");
        Xlsx.Write(xlsx, ("Hướng dẫn", [["Ghi chú"], ["Điền số liệu ở trang Số liệu."]]), ("Số liệu", rows));

        var first = Cli.RunEn("score", xlsx, "--format", "csv");
        var chosen = Cli.RunEn("score", xlsx, "--format", "csv", "--sheet", "Số liệu");

        // The instructions sheet has no header row and the data sheet is the only one with one (issue #26, 8).
        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Be(chosen.Output);
        chosen.ExitCode.Should().Be(0, chosen.Error);
        chosen.Output.Should().Be(Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "csv").Output);
    }

    [Fact]
    public void Score_ColumnMap_ReadsAProvincesHeadersLikeTheKeys()
    {
        var sample = File.ReadAllText(Cli.Bundle("samples/phu-binh-2025.csv"));
        var renamed = Cli.TempFile("province.csv", sample.Replace("id;name;", "Mã xã;Tên xã;", StringComparison.Ordinal)
            .Replace(";dossiersResolved;", ";Tổng số hồ sơ đã giải quyết (HS);", StringComparison.Ordinal));
        var map = Cli.TempFile("columns.csv", "column,key\nMã xã,id\nTên xã,name\nTổng số hồ sơ đã giải quyết (HS),dossiersResolved\n");

        var result = Cli.Run("score", renamed, "--columns", map, "--format", "csv");

        sample.Should().Contain(";dossiersResolved;", "the test renames that column");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be(Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "csv").Output);
    }

    [Fact]
    public void Score_ColumnMapNamingOneHeaderTwoWays_IsTheDuplicateTheReaderWouldSee()
    {
        // The reader compares headers case and runs of spaces aside, so these are one column; the map's own check
        // compared them another way and let the second silently replace the first.
        var map = Cli.TempFile("columns.csv", "column,key\nMã xã,id\nMã  XÃ,name\n");

        var result = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--columns", map);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("columns.csv(3,1): the column 'Mã  XÃ' is mapped on line 2 already; keep one.");
    }

    [Fact]
    public void Score_ColumnMapWithBadRows_ListsEveryProblemWithItsLine()
    {
        var map = Cli.TempFile("columns.csv", "column,key\nMã xã,id\nTổng HS,dossiersResolvd\nMã xã,name\nchỉ một ô\n");

        var result = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--columns", map);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("columns.csv(3,2): 'dossiersResolvd' is not id, name or an indicator of 'commune-2025'; did you mean 'dossiersResolved'?")
            .And.Contain("columns.csv(4,1): the column 'Mã xã' is mapped on line 2 already; keep one.")
            .And.Contain("columns.csv(5,1): each row is a column header and a key, two cells, both given.");
    }

    [Fact]
    public void Score_CsvIdsAndNamesLikeFormulas_AreWrittenAsTextAndReadBack()
    {
        var input = Cli.TempFile("in.csv", "id,name,dossiersResolved\n=cmd,\"+SUM(A1)\",10\n-2+3,@x,10\n");
        var results = Path.Combine(Path.GetDirectoryName(input)!, "results.csv");

        var first = Cli.Run("score", input, "--format", "csv", "--output", results);
        var lines = File.ReadAllLines(results);
        var again = Cli.RunEn("score", input, "--format", "csv", "--previous", results);

        first.ExitCode.Should().Be(0, first.Error);
        lines[1].Split(',').Skip(1).Take(2).Should().Equal("'=cmd", "'+SUM(A1)");
        lines[2].Split(',').Skip(1).Take(2).Should().Equal("'-2+3", "'@x");
        again.Error.Should().NotContain("match", "the apostrophe is the writer's, not part of the id");
    }

    [Fact]
    public void Score_NamesWithTerminalEscapes_AreShownNotObeyed()
    {
        var input = Cli.TempFile("in.json", """
            { "units": [ { "id": "a\u001b]8;;http://x\u0007", "name": "Đào\u001b[2JXá\nforged | line", "indicators": { "dossiersResolved": 10, "bogus\u001b[31m": 1 } } ] }
            """);

        var table = Cli.Run("score", input);
        var card = Cli.Run("score", input, "--unit", "a\u001b]8;;http://x\u0007");
        var markdown = Cli.Run("score", input, "--format", "md");
        var plan = Cli.Run("plan", input);

        foreach (var text in new[] { table.Output, table.Error, card.Output, markdown.Output, plan.Output })
        {
            text.Should().NotContain("\u001b").And.NotContain("\u0007");
        }

        table.Output.Should().Contain("Đào␛[2JXá␊forged | line".Substring(0, 17), "the name is shown, its escape as a picture");
        table.Error.Should().Contain("bogus␛[31m");
        markdown.Output.Should().Contain("| Đào␛\\[2JXá␊forged \\| line |", "Markdown's own syntax is escaped too (issue #25, 13)");
        plan.Output.Should().Contain("Đào␛[2JXá␊forged | line (a␛]8;;http://x␇)");
    }

    [Fact]
    public void Score_UnitsWithTypes_RankWithinTheirTypeInJsonAndCsv()
    {
        // The sample's dao-xa and uc-ky as wards, the town a thi-tran, the rest as communes: each ward's rank among
        // wards is 1 or 2, by total, and a batch with types gains the type columns.
        var sample = File.ReadAllText(Cli.Bundle("samples/phu-binh-2025.csv"));
        var lines = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var typed = Cli.TempFile("typed.csv", string.Join('\n', lines.Select(l => l.TrimEnd('\r'))
            .Select(l => l.StartsWith("dao-xa;", StringComparison.Ordinal) || l.StartsWith("uc-ky;", StringComparison.Ordinal) ? l.Replace(";xa;", ";phuong;", StringComparison.Ordinal) : l)) + "\n");

        var json = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run("score", typed, "--format", "json").Output);
        var csv = Cli.Run("score", typed, "--format", "csv").Output.Split('\n')[0];

        var wards = json["units"]!.Where(u => (string?)u["type"] == "phuong").OrderBy(u => (int)u["rank"]!).ToList();
        wards.Select(u => (int)u["typeRank"]!).Should().Equal(1, 2);
        json["units"]!.Where(u => (string?)u["type"] == "xa").Should().HaveCount(17).And.Contain(u => (int)u["typeRank"]! == 1);
        csv.Should().StartWith("rank,id,name,total,maxTotal,classification,sipas,meetsTargets,type,typeRank,");

        // The table lists each peer group apart, ranked within it: the two wards, best first.
        var table = Cli.Run("score", typed, "--by-type").Output;
        var wardsTable = table[table.IndexOf("Xếp hạng trong loại Phường (phuong) (2 đơn vị)", StringComparison.Ordinal)..].Split('\n').Skip(1).Take(2).ToList();
        wardsTable.Select(l => l.TrimStart()[..1]).Should().Equal("1", "2");
        table.Should().Contain("Xếp hạng trong loại Xã (xa) (17 đơn vị)");
        var markdown = Cli.Run("score", typed, "--by-type", "--format", "md").Output;
        markdown.Should().Contain("## Xếp hạng trong loại Phường (phuong) (2 đơn vị)").And.Contain("| Hạng trong loại | Đơn vị | Điểm | Hạng chung |");
    }

    [Fact]
    public void Score_SelfAssessedUnit_ShowsClaimAndDiscrepancyInJson()
    {
        // 7.3.3 at 720 of 1,000 full-online dossiers online earns 5 × 72 / 90 = 4 (its rule file's first case);
        // the unit claims the full 5: 1 over, and with no evidence.
        var input = Cli.TempFile("claims.json", """
            { "units": [ { "id": "a", "name": "A", "indicators": { "fullOnlineProcedureDossiers": 1000, "fullOnlineDossiersOnline": 720 },
                           "selfAssessment": { "7.3.3": { "points": 5 } } },
                         { "id": "b", "name": "B", "indicators": {} } ] }
            """);

        var json = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run("score", input, "--format", "json").Output);

        var a = json["units"]!.Single(u => (string?)u["id"] == "a");
        var criterion = a["criteria"]!.Single(c => (string?)c["id"] == "7.3.3");
        ((decimal)criterion["points"]!, (decimal)criterion["claimedPoints"]!, (decimal)criterion["discrepancy"]!, (bool)criterion["overClaimed"]!, (bool)criterion["evidenceMissing"]!)
            .Should().Be((4m, 5m, 1m, true, true));
        ((decimal)a["claimedTotal"]!).Should().Be(5m);
        criterion["appraisalTrail"]!.Should().BeEmpty("an unappraised criterion has no trail");
        criterion["appraisedPoints"]!.Type.Should().Be(Newtonsoft.Json.Linq.JTokenType.Null);
        json["units"]!.Single(u => (string?)u["id"] == "b")["claimedTotal"]!.Type.Should().Be(Newtonsoft.Json.Linq.JTokenType.Null, "a unit without claims has no claimed total");
    }

    [Fact]
    public void Score_AppraisedCriterion_ShowsTheCouncilsPointsAndTheFiguresInJson()
    {
        // 7.3.3 at 720 of 1,000 computes 4 of 5 (fail); round 2 gives the full 5 (pass), 1 point above the figures.
        var input = Cli.TempFile("appraised.json", """
            { "units": [ { "id": "a", "name": "A", "indicators": { "fullOnlineProcedureDossiers": 1000, "fullOnlineDossiersOnline": 720 },
                           "appraisal": { "7.3.3": [ { "round": 1, "points": 4, "reason": "72%" }, { "round": 2, "points": 5, "reason": "Giải trình hợp lý", "by": "Sở Nội vụ" } ] } } ] }
            """);
        var plain = Cli.TempFile("plain.json", """{ "units": [ { "id": "a", "name": "A", "indicators": { "fullOnlineProcedureDossiers": 1000, "fullOnlineDossiersOnline": 720 } } ] }""");

        var json = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run("score", input, "--format", "json").Output);
        var before = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run("score", plain, "--format", "json").Output);

        var criterion = json["units"]![0]!["criteria"]!.Single(c => (string?)c["id"] == "7.3.3");
        ((string?)criterion["status"], (decimal)criterion["points"]!, (string?)criterion["computedStatus"], (decimal)criterion["computedPoints"]!, (decimal)criterion["appraisedPoints"]!)
            .Should().Be(("pass", 5m, "fail", 4m, 5m));
        criterion["appraisalTrail"]!.Select(r => (string?)r["reason"]).Should().Equal("72%", "Giải trình hợp lý");
        ((decimal)json["units"]![0]!["total"]!).Should().Be((decimal)before["units"]![0]!["total"]! + 1m);
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

    /// <summary>A CSV text without one of its columns (no cell of the sample holds a comma).</summary>
    private static string WithoutColumn(string csv, string column)
    {
        var lines = csv.Split(Environment.NewLine);
        var index = Array.IndexOf(lines[0].Split(','), column);
        return string.Join(Environment.NewLine, lines.Select(l => l.Length == 0 ? l : string.Join(',', l.Split(',').Where((_, i) => i != index))));
    }
}
