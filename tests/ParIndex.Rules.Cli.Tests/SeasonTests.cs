using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>A season from the province's own files (issue #26): what such files carry is read, skipped or told, never scored silently wrong.</summary>
public class SeasonTests
{
    [Fact]
    public void Score_ContradictoryFigures_AreListedOnStderrWithExit3()
    {
        // 39 such criterion results in one batch went unseen: exit 0, errors [], only the cards said invalid_data.
        var input = Cli.TempFile("so-lieu.csv", "id,name,dossiersResolved,dossiersResolvedOnTime\na,A,300,310\nb,B,300,290\n");

        var result = Cli.Run("score", input);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("so-lieu.csv(2,4): đơn vị 'a', trường 'dossiersResolvedOnTime':");
        result.Output.Should().Contain("A").And.Contain("B", "both units are still scored and ranked");
    }

    [Fact]
    public void Score_FormWithTitlesColumnNumbersAndATotalsRow_ScoresOnlyTheCommunes()
    {
        // A province's form: a title row, Vietnamese headers (STT, Mã ĐVHC, Tên xã, phường, Loại đơn vị), the row of
        // column numbers under them, two communes and a totals row. The numbers row became a unit "(2)" ranked among
        // the communes and the totals row a unit summing them; Mã ĐVHC was not an id column at all.
        var input = Cli.TempFile("bieu-mau.csv", string.Join('\n',
            "BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025;;;;;",
            "STT;Mã ĐVHC;Tên xã, phường;Loại đơn vị;dossiersResolved;dossiersResolvedOnTime",
            "(1);(2);(3);(4);(5);(6)",
            "1;00107;Xã Đào Xá;Xã;300;297",
            "2;00110;Phường Úc Kỳ;Phường;200;150",
            "Tổng cộng;;;;500;447") + "\n");

        var result = Cli.Run("score", input, "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => (r[1], r[2])).Should().Equal(("00107", "Xã Đào Xá"), ("00110", "Phường Úc Kỳ"));
        rows.Select(r => r[8]).Should().Equal("xa", "phuong");
        result.Error.Should().Contain("bieu-mau.csv(3,1):").And.Contain("dòng đánh số cột")
            .And.Contain("bieu-mau.csv(6,1):").And.Contain("dòng tổng ('Tổng cộng')");
        result.Error.Should().NotContain("STT", "the row-number column is read as nothing, without a word");
    }

    [Fact]
    public void Score_TemplateTitlesWithoutTheKeyRow_AreReadAsTheColumns()
    {
        // The template's own titles (Mã đơn vị, Tên đơn vị, Loại đơn vị and the indicators' titles) once its row of
        // keys is deleted, as an office does: no header was found, and the message blamed the sheet.
        var indicators = BundledRuleSets.Load("commune-2025").IndicatorsByKey;
        var input = Cli.TempFile("mau.csv",
            $"Mã đơn vị;Tên đơn vị;Loại đơn vị;{indicators["dossiersResolved"].Title.Vi};{indicators["dossiersResolvedOnTime"].Title.Vi}\n" +
            "dao-xa;Đào Xá;Xã;300;297\n");

        var result = Cli.Run("score", input, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var unit = Newtonsoft.Json.Linq.JObject.Parse(result.Output)["units"]!.Single();
        ((string?)unit["id"], (string?)unit["type"]).Should().Be(("dao-xa", "xa"));

        // 297 on time of 300 is 99%: 3.2.1 gives 8 of its 10 points (rules/commune-2025, area 3, the 99% band).
        ((decimal)unit["criteria"]!.Single(c => (string?)c["id"] == "3.2.1")["points"]!).Should().Be(8m);
    }

    [Fact]
    public void Score_TwoWorkbooksEachWithItsSheet_ReadsEachNamedSheet()
    {
        // --sheet applied to every input, so a workbook of figures and another of more figures on differently named
        // sheets had to be split into files. Each input now names its own: FILE.xlsx#Sheet.
        var folder = Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!;
        var first = Path.Combine(folder, "huyen-a.xlsx");
        var second = Path.Combine(folder, "huyen-b.xlsx");
        ParIndex.Rules.Tests.Xlsx.Write(first, ("Bìa", [["id", "name"], ["wrong-a", "Not this sheet"]]), ("Số liệu", [["id", "name"], ["a", "A"]]));
        ParIndex.Rules.Tests.Xlsx.Write(second, ("Data", [["id", "name"], ["b", "B"]]), ("Khác", [["id", "name"], ["wrong-b", "Nor this"]]));

        var result = Cli.Run("score", first + "#Số liệu", second + "#data", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        Newtonsoft.Json.Linq.JObject.Parse(result.Output)["units"]!.Select(u => (string?)u["id"]).Should().Equal("a", "b");
    }

    [Fact]
    public void Plan_DeadlineForTheRun_DatesEveryItemAndItsHint()
    {
        // The bundled rule set dates its plan 31/12/2025; next season's plan needs next season's date.
        var result = Cli.Run("plan", "--unit", "dao-xa", "--deadline", "2026-06-30");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("thời hạn: Chậm nhất trước ngày 30/06/2026").And.NotContain("31/12/2025");
    }

    [Fact]
    public void Score_ClaimsAndAppraisalAsTablesOfTheirOwn_AreLaidOverTheFigures()
    {
        // Claims came only from claim:<id> columns (no evidence, so every claim was "evidence missing") and an
        // appraisal round could not be laid over the figures without rewriting them as JSON.
        // Đào Xá's 3.2.1 earns 4 of 10 from its figures (WorkbookReportTests); it claims 10 with a report as evidence,
        // and the council appraises 5 in round 1, then 6 in round 2: the latest round counts, so its total rises by 2,
        // from 72.26 (RecoveryTests works Đào Xá's total) to 74.26.
        var claims = Cli.TempFile("tu-cham.csv",
            "BẢNG TỰ CHẤM ĐIỂM NĂM 2025;;;;;\nMã ĐVHC;Tiêu chí;Điểm tự chấm;Tài liệu kiểm chứng;Ngày ban hành;Giải trình\n" +
            "dao-xa;3.2.1;10;Báo cáo 15/BC-UBND;20/12/2025;\n");
        var appraisal = Cli.TempFile("tham-dinh.csv",
            "Mã ĐVHC;Tiêu chí;Vòng;Điểm thẩm định;Lý do;Người thẩm định\n" +
            "dao-xa;3.2.1;1;5;Thiếu sổ theo dõi;Sở Nội vụ\ndao-xa;3.2.1;2;6;Đã bổ sung sổ theo dõi;Sở Nội vụ\n");

        var result = Cli.Run("score", "--claims", claims, "--appraisal", appraisal, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var unit = Newtonsoft.Json.Linq.JObject.Parse(result.Output)["units"]!.Single(u => (string?)u["id"] == "dao-xa");
        var criterion = unit["criteria"]!.Single(c => (string?)c["id"] == "3.2.1");
        ((decimal)criterion["points"]!, (decimal)criterion["computedPoints"]!, (decimal)criterion["claimedPoints"]!).Should().Be((6m, 4m, 10m));
        ((bool)criterion["evidenceMissing"]!).Should().BeFalse();
        criterion["appraisalTrail"]!.Select(r => (int)r["round"]!).Should().Equal(1, 2);
        ((decimal)unit["total"]!).Should().Be(74.26m);
    }

    [Fact]
    public void Score_AppraisalRowsThatCannotStand_AreProblemsWithTheirLines()
    {
        var appraisal = Cli.TempFile("tham-dinh.csv",
            "Mã ĐVHC;Tiêu chí;Vòng;Điểm thẩm định;Lý do\n" +
            "dao-xa;3.2.1;1;11;Quá điểm tối đa\n" +
            "dao-xa;9.9;1;1;Không có tiêu chí này\n" +
            "khong-co;3.2.1;1;5;Không có đơn vị này\n" +
            "dao-xa;3.2.1;1;5;\n");

        var result = Cli.RunEn("score", "--appraisal", appraisal, "--format", "json");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("tham-dinh.csv(2,4): unit 'dao-xa', field '3.2.1': the appraised points must be a number from 0 to the criterion's 10")
            .And.Contain("tham-dinh.csv(3,2): unit 'dao-xa', field 'criterion': '9.9' is not a criterion")
            .And.Contain("tham-dinh.csv(4,1): unit 'khong-co', field 'id': no unit 'khong-co' among the figures")
            .And.Contain("tham-dinh.csv(5,5): unit 'dao-xa', field '3.2.1': the appraisal's reason must not be blank.");
    }

    [Fact]
    public void Score_UnitTypes_AreNamedByTheirTitlesWhereReadersReadThem()
    {
        // Issue #27: "hạng 21 trong loại 'xa'", "Loại dac-khu / phuong / xa" in the report's summary, xa in the workbook.
        var folder = Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!;
        var html = Path.Combine(folder, "bao-cao.html");

        var card = Cli.Run("score", "--unit", "dao-xa");
        Cli.Run("score", "--format", "html", "--output", html).ExitCode.Should().Be(0);

        card.Output.Should().Contain("trong loại Xã)").And.NotContain("'xa'");
        System.Net.WebUtility.HtmlDecode(File.ReadAllText(html)).Should().Contain("<th>Loại: Xã</th>").And.NotContain("Loại xa");
    }

    [Fact]
    public void Score_MistypedValuesAndASecondSheet_AreToldInTheRunsLanguage()
    {
        // "Cannot parse argument 'abc' for option '--top' as expected type 'System.Nullable`1[System.Int32]'" and
        // "Option '--sheet' expects a single argument" came in English, with no word of FILE.xlsx#Sheet.
        var top = Cli.Run("score", "--top", "abc");
        var deadline = Cli.Run("plan", "--deadline", "30/06/2026");
        var sheets = Cli.Run("score", "--sheet", "a", "--sheet", "b");
        var none = Cli.Run();

        (top.ExitCode, deadline.ExitCode, sheets.ExitCode, none.ExitCode).Should().Be((2, 2, 2, 2));
        top.Error.Should().Contain("--top cần một số nguyên dương, không phải 'abc'.").And.NotContain("System.");
        deadline.Error.Should().Contain("--deadline cần một ngày viết yyyy-MM-dd (như 2026-06-30), không phải '30/06/2026'.");
        sheets.Error.Should().Contain("Tùy chọn '--sheet' chỉ nhận một giá trị, nhưng được cho 2.").And.Contain("TỆP.xlsx#Trang");
        none.Error.Should().Contain("check").And.Contain("whatif");
    }

    [Fact]
    public void Plan_LeadsSpelledSeveralWays_AreOneGroupPerOffice()
    {
        // Issue #27: Đào Xá's plan had a group for "Các cán bộ, công chức chuyên môn", another for "Cán bộ, Công chức
        // chuyên môn" and more, one office each time. The rule set's catalogue names six offices among its leads.
        var result = Cli.Run("plan", "--unit", "dao-xa");

        var groups = result.Output.Split('\n').Where(l => l.StartsWith("   Chủ trì: ", StringComparison.Ordinal)).Select(l => l[12..l.IndexOf(" (thu hồi", StringComparison.Ordinal)]).ToList();
        groups.Should().OnlyHaveUniqueItems().And.BeSubsetOf(["Công chức chuyên môn", "Cán bộ, công chức", "Bộ phận Một cửa", "Công chức Văn phòng – Thống kê", "Công chức Kế toán", "Công chức Tư pháp", "Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường"]);
        groups.Should().Contain("Công chức chuyên môn").And.NotContain("Cán bộ, Công chức chuyên môn");
    }
}
