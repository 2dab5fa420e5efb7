using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>What score reads and writes: quoting, workbooks, column maps, names from inputs, types, claims and appraisal.</summary>
public partial class ScoreCommandTests
{
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
}
