using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary><c>--merge</c>: the sample district's 20 units scored as the six communes they became, compared with their predecessors' 2024 results.</summary>
public class MergeCommandTests
{
    private static readonly string Map = Cli.Bundle("samples/phu-binh-merge-2025.csv");

    [Fact]
    public void Score_SampleMergeMap_RanksTheNewCommunesAndListsTheirPredecessorsLastYear()
    {
        var result = Cli.Run("score", "--merge", Map);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("commune-2025 2025.1.1, mã băm").And.Contain(": 6 đơn vị")
            .And.Contain("Xã Tân Khánh").And.Contain("gộp  ");
        // Tân Khánh's predecessors in the 2024 results: Bàn Đạt, Đào Xá and Tân Khánh itself.
        var previous = File.ReadAllLines(Cli.Bundle("samples/phu-binh-2024-results.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => (Total: decimal.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), Rank: int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)));
        var json = JObject.Parse(Cli.Run("score", "--merge", Map, "--format", "json").Output);
        var unit = json["units"]!.Single(u => (string?)u["id"] == "xa-tan-khanh");
        unit["previous"]!.Type.Should().Be(JTokenType.Null);
        unit["predecessors"]!.Select(p => ((string?)p["id"], (decimal)p["previousTotal"]!, (int)p["previousRank"]!))
            .Should().Equal(new[] { "ban-dat", "dao-xa", "tan-khanh" }.Select(id => ((string?)id, previous[id].Total, previous[id].Rank)));
        result.Error.Should().Contain("điểm tự chấm và kết quả thẩm định của các đơn vị cũ không chuyển sang đơn vị mới");
    }

    [Fact]
    public void Score_PredecessorMissingFromTheInputs_ExitsThreeAndScoresTheOthers()
    {
        var map = Cli.TempFile("map.csv", "newId,newName,type,predecessorId\nx,Xã X,xa,ban-dat\nx,Xã X,xa,no-such\ny,Xã Y,xa,dao-xa\ny,Xã Y,xa,uc-ky\n");

        var result = Cli.RunEn("score", "--merge", map, "--format", "json");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("map.csv(2,1): unit 'x', field 'predecessorId': 'no-such' is not among the inputs");
        var ids = JObject.Parse(result.Output)["units"]!.Select(u => (string?)u["id"]).ToList();
        ids.Should().HaveCount(18, "20 units less ban-dat (x not formed), dao-xa and uc-ky (merged into y), plus y").And.Contain("y").And.NotContain("x").And.NotContain("ban-dat");
    }

    [Fact]
    public void Score_MergedUnitKeepingAPredecessorsId_ShowsNoDeltaAgainstThatPredecessor()
    {
        // nha-long (92.12, 3rd in 2024) and uc-ky merge into a unit that keeps the id nha-long. A Δ against nha-long
        // alone would set the whole new commune against a part of it (issue #25, 4): the report, the workbook and the
        // JSON all say "gộp" and list both predecessors, and the rank-movement chart leaves it out.
        var map = Cli.TempFile("keep.csv", "newId,newName,type,predecessorId\nnha-long,Xã Nhã Lộng,xa,nha-long\nnha-long,Xã Nhã Lộng,xa,uc-ky\n");
        var html = Path.Combine(Path.GetDirectoryName(map)!, "report.html");
        var xlsx = Path.Combine(Path.GetDirectoryName(map)!, "report.xlsx");

        var report = Cli.Run("score", "--merge", map, "--format", "html", "--output", html);
        var workbook = Cli.Run("score", "--merge", map, "--format", "xlsx", "--output", xlsx);
        var json = JObject.Parse(Cli.Run("score", "--merge", map, "--format", "json").Output);

        (report.ExitCode, workbook.ExitCode).Should().Be((0, 0), report.Error + workbook.Error);
        var row = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(html), "<tr data-unit=\"nha-long\">.*?</tr>").Value;
        row.Should().Contain("<td colspan=\"2\">gộp</td>").And.NotContain("−").And.NotContain("+");
        var unit = json["units"]!.Single(u => (string?)u["id"] == "nha-long");
        unit["previous"]!.Type.Should().Be(JTokenType.Null);
        unit["predecessors"]!.Select(p => (string?)p["id"]).Should().Equal("nha-long", "uc-ky");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? string.Empty;
        var inline = string.Concat(document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text + "|"));
        (strings + inline).Should().Contain("gộp");
    }

    [Fact]
    public void Score_MergeMapThatDoesNotExist_IsAUsageError()
    {
        var result = Cli.RunEn("score", "--merge", "no-such-map.csv");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("The merge map 'no-such-map.csv' does not exist.");
    }
}

/// <summary>What it takes to recover, through the tool: count gaps in explain and plan, goal seek and what-if.</summary>
public class RecoveryCommandTests
{
    [Fact]
    public void Plan_DaoXa_ShowsTheGoalSeekAndTheEventsNeeded()
    {
        // 72.26: 3.2.1 (+6 → 78.26) and 4.1 (+4 → 82.26) reach 80; 1,259 of 1,260 on time is 99.92%: 40 more.
        var result = Cli.Run("plan", "--unit", "dao-xa");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("   Mục tiêu 80 điểm: khắc phục đủ 3.2.1 (+6 → 78,26), 4.1 (+4 → 82,26); 2 tiêu chí là đạt.")
            .And.Contain("            thêm 40 nữa là đạt yêu cầu và được điểm tối đa");
        string.Join(' ', result.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Should().Contain("cần thêm 40 hồ sơ giải quyết đúng hạn để đạt yêu cầu.");
        Cli.RunEn("plan", "--unit", "dao-xa", "--target", "101").Output.Should().Contain("Target 101: out of reach; recovering every criterion in full gives at most 100.");
    }

    [Fact]
    public void WhatIf_DaoXa_ShowsTheNewPointsTotalAndRank()
    {
        var result = Cli.Run("whatif", "dao-xa", "--set", "dossiersResolvedOnTime=1259");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(string.Join(Environment.NewLine,
            "Đào Xá (dao-xa), nếu dossiersResolvedOnTime = 1.259 (trước 1.219):",
            "   3.2.1   không đạt 4 → đạt 10 (+6,00)",
            "   tổng điểm 72,26 → 78,26; xếp loại Khá → Khá; hạng 20 → 16/20; đạt mục tiêu: không → không",
            string.Empty));
    }

    [Theory]
    [InlineData("dossiersResolvedOntime=1259", "'dossiersResolvedOntime' is not an indicator of 'commune-2025'; did you mean 'dossiersResolvedOnTime'?")]
    [InlineData("dossiersResolvedOnTime=12,59", "--set dossiersResolvedOnTime: '12,59' is not a whole number of 0 or more.")]
    [InlineData("dossiersResolvedOnTime=1.259", "--set dossiersResolvedOnTime: '1.259' reads two ways (thousands or decimals)")]
    [InlineData("publicAssetInspectionDone=maybe", "--set publicAssetInspectionDone: 'maybe' is not yes or no.")]
    [InlineData("dossiersResolvedOnTime", "--set 'dossiersResolvedOnTime' needs the form key=value")]
    public void WhatIf_BadChange_IsAUsageError(string change, string message)
    {
        var result = Cli.RunEn("whatif", "dao-xa", "--set", change);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void WhatIf_SameKeyTwice_IsAUsageErrorNotTheLastValue()
    {
        var result = Cli.RunEn("whatif", "dao-xa", "--set", "trainingCompleted=41", "--set", "trainingCompleted=10");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--set trainingCompleted is given twice; keep one value.");
    }

    [Fact]
    public void WhatIf_YesNoMarkX_IsReadAsTheInputFilesReadIt()
    {
        // An office ticks a yes/no column with x; --set reads it as the readers do (it used to be refused).
        var ticked = Cli.RunEn("whatif", "dao-xa", "--set", "publicAssetInspectionDone=x");
        var yes = Cli.RunEn("whatif", "dao-xa", "--set", "publicAssetInspectionDone=yes");

        ticked.ExitCode.Should().Be(0, ticked.Error);
        ticked.Output.Should().Be(yes.Output);
    }

    [Fact]
    public void Score_Json_GivesEachPartsEventsNeeded()
    {
        var json = JObject.Parse(Cli.Run("score", "--format", "json").Output);
        var part = json["units"]!.Single(u => (string?)u["id"] == "dao-xa")["criteria"]!.Single(c => (string?)c["id"] == "3.2.1")["parts"]![0]!;

        ((decimal)part["value"]!, (decimal)part["needed"]!, (decimal)part["neededFull"]!).Should().Be((96.75m, 40m, 40m));
    }
}

/// <summary>The second shipped rule set through the tool.</summary>
public class ServiceIndexCommandTests
{
    [Fact]
    public void Score_ServiceIndexByItsId_ScoresTheSampleAndPassesItsCases()
    {
        var score = Cli.Run("score", Cli.Bundle("samples/service-index-766-2025.json"), "--rules", "service-index-766-commune", "--format", "json");
        var test = Cli.Run("test", "--rules", "service-index-766-commune");

        score.ExitCode.Should().Be(0, score.Error);
        var units = JObject.Parse(score.Output)["units"]!;
        units.Should().HaveCount(5);
        units.Should().OnlyContain(u => (decimal)u["applicableMaxPoints"]! == 92m && (decimal)u["maxTotal"]! == 100m);
        test.ExitCode.Should().Be(0, test.Output);
        test.Output.Should().Contain("service-index-766-commune 2025.1.0: 43 ca, 43 đạt, 0 sai.");
    }
}
