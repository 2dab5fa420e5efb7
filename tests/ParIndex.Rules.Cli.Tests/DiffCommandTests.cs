using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary><c>parindex diff OLD NEW</c>: what a rule change does (issue #28, 4).</summary>
public class DiffCommandTests
{
    [Fact]
    public void Diff_TopBandLoweredWithUnits_ListsTheFieldAndTheUnitsThatMove()
    {
        // 3.2.1's top band from 99.9% to 99.5%: Bàn Đạt resolves 2,121 of 2,127 on time (99.72%), so its 8 points become
        // 10 and its total rises by 2 from what score gives under the published set, which can only keep or raise its rank.
        var edited = Cli.EditedRules("criteria/area-3.json", "{\"min\": 99.9, \"points\": 10}", "{\"min\": 99.5, \"points\": 10}");

        var result = Cli.Run("diff", "commune-2025", edited, "--units", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var json = JObject.Parse(result.Output);
        var criterion = json["criteria"]!.Should().ContainSingle().Which;
        ((string?)criterion["id"], (string?)criterion["change"]).Should().Be(("3.2.1", "changed"));
        criterion["fields"]!.Select(f => ((string?)f["field"], (string?)f["before"], (string?)f["after"])).Should().Equal(("parts[0].scale.bands[0].min", "99.9", "99.5"));
        var banDat = json["units"]!.Single(u => (string?)u["id"] == "ban-dat");
        var scored = Published("ban-dat");
        ((decimal)banDat["totalBefore"]!, (decimal)banDat["totalAfter"]!, (int)banDat["rankBefore"]!, (string?)banDat["classificationAfter"])
            .Should().Be(((decimal)scored["total"]!, (decimal)scored["total"]! + 2m, (int)scored["rank"]!, (string?)scored["classification"]));
        ((int)banDat["rankAfter"]!).Should().BeLessThanOrEqualTo((int)scored["rank"]!);
    }

    [Fact]
    public void Diff_InVietnamese_SaysTheFieldInWords()
    {
        var edited = Cli.EditedRules("criteria/area-3.json", "{\"min\": 99.9, \"points\": 10}", "{\"min\": 99.5, \"points\": 10}");

        var result = Cli.Run("diff", "commune-2025", edited);

        result.Output.Should().Contain("  3.2.1 (thay đổi)").And.Contain("    phần 1, cách cho điểm, mức 1, từ: 99,9 → 99,5");
    }

    [Fact]
    public void Seal_EditedCopy_SealsItAndAFurtherEditIsRefusedByScore()
    {
        var folder = Cli.EditedRules("ruleset.json", "\"version\": \"2025.1.1\"", "\"version\": \"2026.1.0\"");

        var seal = Cli.Run("seal", "--rules", folder);
        var criteria = Path.Combine(folder, "criteria", "area-3.json");
        File.WriteAllText(criteria, File.ReadAllText(criteria).Replace("{\"min\": 99.9, \"points\": 10}", "{\"min\": 99.5, \"points\": 10}", StringComparison.Ordinal));
        var score = Cli.Run("score", "--rules", folder);

        seal.ExitCode.Should().Be(0, seal.Error);
        seal.Output.Should().StartWith("Đã niêm phong commune-2025 2026.1.0, mã băm ");
        score.ExitCode.Should().Be(1);
        score.Error.Should().Contain("seal.json(1,1): $.hash: nội dung đã đổi kể từ khi phiên bản 2026.1.0 được niêm phong");
    }

    [Fact]
    public void Score_FolderOfDatedSets_TakesTheOneInForceOnTheInputsPeriodOrTheAsOfDay()
    {
        // The sample batch's period is "2025": its end, 31/12/2025, chooses the 2025 set; --as-of 2026-06-30 the 2026 one.
        var next = Cli.EditedRules("ruleset.json", "\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"", "\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"");
        File.WriteAllText(Path.Combine(next, "ruleset.json"), File.ReadAllText(Path.Combine(next, "ruleset.json")).Replace("\"version\": \"2025.1.1\"", "\"version\": \"2026.1.0\"", StringComparison.Ordinal));
        var folder = Path.Combine(Path.GetDirectoryName(next)!, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Directory.Move(next, Path.Combine(folder, "commune-2026"));
        Directory.Move(Cli.EditedRules("ruleset.json", "\"level\"", "\"level\""), Path.Combine(folder, "commune-2025"));

        var byPeriod = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--rules", folder, "--summary");
        var byDay = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--rules", folder, "--as-of", "2026-06-30", "--summary");
        var undated = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--rules", folder);

        byPeriod.Output.Should().Contain("commune-2025 2025.1.1, mã băm");
        byDay.Output.Should().Contain("commune-2025 2026.1.0, mã băm");
        (undated.ExitCode, undated.Error).Should().Be((2, $"'{folder}' chứa nhiều bộ quy tắc: hãy cho biết ngày tính bằng --as-of (như 2025-12-31, cuối kỳ đánh giá) để chọn bộ có hiệu lực.{Environment.NewLine}"));
    }

    [Fact]
    public void Doc_WithOutput_WritesTheRuleBookThatPrintsOnA4()
    {
        var output = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "phu-luc.html");

        var result = Cli.Run("doc", "--output", output, "--heading", "Phụ lục");

        result.ExitCode.Should().Be(0, result.Error);
        System.Net.WebUtility.HtmlDecode(File.ReadAllText(output)).Should().Contain("<h1>Chỉ số cải cách hành chính").And.Contain("đã niêm phong")
            .And.Contain("<td>3.2.1</td>").And.Contain("@page{size:A4 landscape");
    }

    [Fact]
    public void Diff_AsWorkbook_HoldsTheChangesAndTheUnitsAsNumbers()
    {
        var edited = Cli.EditedRules("criteria/area-3.json", "{\"min\": 99.9, \"points\": 10}", "{\"min\": 99.5, \"points\": 10}");
        var output = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!, "thay-doi.xlsx");

        var result = Cli.Run("diff", "commune-2025", edited, "--units", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "xlsx", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).Should().Equal("Thay đổi", "Đơn vị", "Xếp loại");
        var units = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray()).ToList();
        var scored = Published("ban-dat");
        var (total, rank) = ((decimal)scored["total"]!, (int)scored["rank"]!);
        units.Single(r => r[0] == "ban-dat")[..6].Should().Equal("ban-dat", "Bàn Đạt", Invariant(total), Invariant(total + 2m), "2.00", Invariant(rank));
    }

    /// <summary>A unit as score gives it under the published set, from the same sample: the diff's "before" is that.</summary>
    private static JToken Published(string id) =>
        JObject.Parse(Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.csv"), "--format", "json").Output)["units"]!.Single(u => (string?)u["id"] == id);

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
