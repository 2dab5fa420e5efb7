using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>What analysts hand on: the workbook, Vietnamese-Excel and long CSV, the top and summary views, one file per unit.</summary>
public class DeliverablesTests
{
    [Fact]
    public void Score_FormatXlsx_WritesTheWorkbookAndNeedsAnOutput()
    {
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "ket-qua.xlsx");

        var written = Cli.Run("score", "--format", "xlsx", "--output", path);
        var noOutput = Cli.RunEn("score", "--format", "xlsx");

        written.ExitCode.Should().Be(0, written.Error);
        File.ReadAllBytes(path).Take(2).Should().Equal((byte)'P', (byte)'K');
        noOutput.ExitCode.Should().Be(2);
        noOutput.Error.Should().Contain("--format xlsx writes a workbook: give --output FILE.xlsx.");
    }

    [Fact]
    public void Score_ExcelVi_WritesSemicolonsDecimalCommasAndABomInVietnamese()
    {
        // Nhã Lộng's 93.89 as Vietnamese Excel reads it: 93,89, in a file that starts with a byte-order mark, under
        // Vietnamese headers, with có/không and the type's title (issue #27: rank;id;…;meetsTargets, true, xa).
        var output = Cli.Run("score", "--format", "csv", "--excel-vi").Output;

        output.Should().StartWith("\uFEFFHạng;Mã;Tên đơn vị;Tổng điểm;Điểm tối đa;Xếp loại;SIPAS (%);Đạt mục tiêu;Loại;Hạng trong loại;");
        output.Split('\n').Should().Contain(l => l.StartsWith("1;nha-long;Nhã Lộng;93,89;100;Rất tốt;91,78;có;Xã;1;", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_PreviousFromTheExcelViCsv_IsReadBack()
    {
        // What --excel-vi writes is last year's results next year: Mã, Tổng điểm and Hạng are read as id, total and rank.
        var previous = Cli.TempFile("ket-qua.csv", string.Empty);
        Cli.Run("score", "--format", "csv", "--excel-vi", "--output", previous).ExitCode.Should().Be(0);

        var result = Cli.Run("score", "--previous", previous, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var nhaLong = Newtonsoft.Json.Linq.JObject.Parse(result.Output)["units"]!.Single(u => (string?)u["id"] == "nha-long")["previous"]!;
        ((decimal)nhaLong["total"]!, (int)nhaLong["rank"]!, (decimal)nhaLong["deltaPoints"]!).Should().Be((93.89m, 1, 0m));
    }

    [Fact]
    public void Score_CsvLongExcelVi_SaysStatusesInVietnamese()
    {
        var lines = Cli.Run("score", "--format", "csv-long", "--excel-vi").Output.Split(Environment.NewLine);

        lines[0].Should().StartWith("\uFEFFHạng;Mã;Tên đơn vị;Tiêu chí;Lĩnh vực;Trạng thái;Giá trị;Điểm;Điểm tối đa;Bị trừ;Cần thêm;Gợi ý;Chủ trì;Phối hợp;Thời hạn");
        lines.Skip(1).Select(l => l.Split(';')).Where(c => c.Length > 5).Select(c => c[5]).Distinct().Should().BeSubsetOf(["đạt", "không đạt", "không áp dụng", "thiếu số liệu", "số liệu sai"]);
    }

    [Fact]
    public void Score_CsvLong_HasARowPerUnitAndCriterion()
    {
        var lines = Cli.Run("score", "--format", "csv-long").Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        // The default run compares with the bundled 2024 CSV, which has totals only: the per-criterion comparison is empty.
        lines[0].Should().Be("rank,id,name,criterion,area,status,value,points,maxPoints,deduction,needed,hint,lead,support,deadline,previousPoints,deltaPoints");
        lines.Should().HaveCount(1 + (20 * 31));
        lines.Single(l => l.StartsWith("20,dao-xa,Đào Xá,3.2.1,", StringComparison.Ordinal)).Should().StartWith("20,dao-xa,Đào Xá,3.2.1,III,fail,96.75,4,10,6,40,").And.EndWith(",,");
    }

    [Fact]
    public void Score_TopAndSummary_ShowTheBestUnitsOnly()
    {
        var table = Cli.Run("score", "--top", "3", "--summary").Output;
        var markdown = Cli.Run("score", "--top", "2", "--format", "md").Output;

        table.Should().Contain(": 20 đơn vị").And.Contain("3 đơn vị đứng đầu trong 20 đơn vị.").And.NotContain("Điểm trừ của từng đơn vị");
        table.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+  \S") && !l.Contains("chung", StringComparison.Ordinal)).Should().Be(3);
        markdown.Should().Contain("## 1. Nhã Lộng").And.Contain("## 2. Điềm Thụy").And.NotContain("## 3.");
        Cli.RunEn("score", "--top", "0").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Plan_OutputDir_WritesOneFilePerUnitInEachFormat()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "ke-hoach");

        var md = Cli.Run("plan", "--output-dir", folder, "--as-of", "2025-10-01");
        var json = Cli.Run("plan", "--output-dir", folder, "--format", "json");
        var html = Cli.Run("plan", "--output-dir", folder, "--format", "html");

        md.Output.Should().Contain("Đã ghi 20 tệp kế hoạch vào");
        (json.ExitCode, html.ExitCode).Should().Be((0, 0));
        Directory.GetFiles(folder).Should().HaveCount(60);
        var daoXa = File.ReadAllText(Path.Combine(folder, "dao-xa.md"));
        daoXa.Should().StartWith("# Kế hoạch khắc phục: Đào Xá (dao-xa)").And.Contain("**Mục tiêu 80 điểm: khắc phục đủ 3.2.1 (+6 → 78,26), 4.1 (+4 → 82,26); 2 tiêu chí là đạt.**")
            .And.Contain("- **+2 · 7.3.2** Tỷ lệ dịch vụ công trực tuyến toàn trình **QUÁ HẠN**");
        var plan = JObject.Parse(File.ReadAllText(Path.Combine(folder, "dao-xa.json")));
        ((decimal)plan["total"]!, (string?)plan["goalSeek"]!["steps"]![0]!["criterion"]).Should().Be((72.26m, "3.2.1"));
        plan["items"]!.First(i => (string?)i["criterion"] == "3.2.1")["needed"]![0]!["needed"]!.Value<decimal>().Should().Be(40m);
        File.ReadAllText(Path.Combine(folder, "dao-xa.html")).Should().StartWith("<!DOCTYPE html><html lang=\"vi\">");
    }

    [Fact]
    public void Explain_OutputDirForEveryUnit_NamesFilesSafelyEvenForHostileIds()
    {
        var input = Cli.TempFile("units.json", """{ "units": [ { "id": "../../etc/x", "indicators": {} }, { "id": "a b", "indicators": {} }, { "id": "a_b", "indicators": {} } ] }""");
        var folder = Path.Combine(Path.GetDirectoryName(input)!, "giai-trinh");

        var result = Cli.Run("explain", "*", input, "--output-dir", folder, "--format", "md");

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["_.._etc_x.md", "a_b.md", "a_b_3.md"]);
        File.ReadAllText(Path.Combine(folder, "a_b.md")).Should().StartWith("# Giải trình điểm: a b (a b)");
    }
}

/// <summary>Year-on-year by area and by criterion, from last year's JSON.</summary>
public class YearOnYearTests
{
    [Fact]
    public void Score_PreviousJson_ComparesEachAreaAndCriterion()
    {
        // Last year's JSON as this tool wrote it, with Đào Xá's 3.2.1 at 2 points instead of 4 and its area III 2 lower.
        var folder = Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!;
        var last = JObject.Parse(Cli.Run("score", "--format", "json").Output);
        var dao = last["units"]!.Single(u => (string?)u["id"] == "dao-xa");
        var area = dao["areas"]!.Single(a => (string?)a["id"] == "III");
        var areaNow = (decimal)area["points"]!;
        area["points"] = areaNow - 2m;
        dao["criteria"]!.Single(c => (string?)c["id"] == "3.2.1")["points"] = 2;
        var path = Path.Combine(folder, "2024.json");
        File.WriteAllText(path, last.ToString());

        var json = JObject.Parse(Cli.Run("score", "--previous", path, "--format", "json").Output);
        var table = Cli.Run("score", "--previous", path).Output;
        var csv = Cli.Run("score", "--previous", path, "--format", "csv-long").Output.Split(Environment.NewLine);

        var now = json["units"]!.Single(u => (string?)u["id"] == "dao-xa");
        ((decimal)now["areas"]!.Single(a => (string?)a["id"] == "III")["previousPoints"]!).Should().Be(areaNow - 2m);
        ((decimal)now["criteria"]!.Single(c => (string?)c["id"] == "3.2.1")["previousPoints"]!).Should().Be(2m);
        table.Should().Contain("20. Đào Xá (dao-xa)").And.Contain("   so với năm trước theo lĩnh vực: III +2");
        csv[0].Should().EndWith(",previousPoints,deltaPoints");
        csv.Single(l => l.StartsWith("20,dao-xa,Đào Xá,3.2.1,", StringComparison.Ordinal)).Should().EndWith(",2,2");
    }
}

/// <summary>The writers live in the library: an application writes what the tool writes.</summary>
public class LibraryWritersTests
{
    [Fact]
    public void JsonContract_ApplicationWithLastYearsResults_WritesWhatTheToolWrites()
    {
        // An application through the public API only: read, read last year's, score the batch, write. The tool must add
        // nothing an application cannot have; this fails if it writes the contract any other way or with other inputs.
        var sample = Cli.Bundle("samples/phu-binh-2025.json");
        var previous = Cli.Bundle("samples/phu-binh-2024-results.csv");
        var rules = BundledRuleSets.Load("commune-2025");
        var batch = Scorer.Compile(rules).ScoreBatch(SnapshotReader.ReadFile(sample, rules), PreviousResults.ReadFile(previous));
        using var written = new StringWriter();

        JsonContract.Write(written, batch);

        written.ToString().Should().Be(Cli.Run("score", sample, "--previous", previous, "--format", "json").Output);

        // And what both wrote is right, from the sample and last year's file, not from either writer: Nhã Lộng is
        // first with 93.89 (the workbook test works it), last year 92.12 and 3rd (phu-binh-2024-results.csv line 4).
        var nhaLong = Newtonsoft.Json.Linq.JObject.Parse(written.ToString())["units"]!.Single(u => (string?)u["id"] == "nha-long");
        ((decimal)nhaLong["total"]!, (int)nhaLong["rank"]!).Should().Be((93.89m, 1));
        ((decimal)nhaLong["previous"]!["deltaPoints"]!, (int)nhaLong["previous"]!["deltaRank"]!).Should().Be((1.77m, 2));
    }
}

/// <summary>The report and the workbook in English, with --lang en.</summary>
public class EnglishDeliverablesTests
{
    [Fact]
    public void Score_HtmlAndXlsxInEnglish_SpeakEnglish()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!;
        var html = Path.Combine(folder, "report.html");
        var xlsx = Path.Combine(folder, "report.xlsx");

        Cli.RunEn("score", "--format", "html", "--output", html).ExitCode.Should().Be(0);
        Cli.RunEn("score", "--format", "xlsx", "--output", xlsx).ExitCode.Should().Be(0);

        var text = File.ReadAllText(html);
        text.Should().Contain("<html lang=\"en\">").And.Contain("<h2>Summary</h2>").And.Contain("Mean total").And.Contain("84.07").And.NotContain("Tóm tắt");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
        document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("Ranking", "Criteria", "Areas", "Values", "Hints", "Claims, appraisal");
    }
}
