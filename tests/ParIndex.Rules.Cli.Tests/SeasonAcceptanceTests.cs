using FluentAssertions;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>
/// A whole season from the province's own workbooks, as issue #26 asks: the figures under title rows with Vietnamese
/// titles, a row of column numbers and a totals row, codes with leading zeros, types by their titles, amounts typed as
/// text; claims and appraisal rounds in workbooks of their own; last year's results as the workbook this tool wrote.
/// Every number below is worked by hand from criteria-2025.md, section 4.
/// </summary>
public class SeasonAcceptanceTests
{
    // Of the 2025 criteria, these four are fed; every other one lacks its figures, so it is missing_data with 0 points.
    private static readonly string[] Columns = ["STT", "Mã ĐVHC", "Tên đơn vị", "Loại đơn vị",
        "Số hồ sơ đã giải quyết", "Số hồ sơ giải quyết đúng hạn, trước hạn",
        "Kế hoạch vốn đầu tư công được giao (đồng)", "Vốn đầu tư công đã giải ngân (đồng)",
        "Đã kiểm tra việc quản lý tài sản công tại cơ quan", "Số sáng kiến, giải pháp CCHC được công nhận trong năm"];

    [Fact]
    public void Score_SeasonFromTheProvincesWorkbooks_GivesTheHandWorkedTotalsRanksAndCriteria()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x.txt", string.Empty))!;
        var lastYear = Path.Combine(folder, "ket-qua-2024.xlsx");
        var output = Path.Combine(folder, "ket-qua-2025.xlsx");
        var (figures, claims, appraisal) = Season(folder);

        // 2024, only dossiers reported: 2,970/3,000 = 99% → 8; 200/200 → 10; 450/500 = 90% → 2; 95/100 = 95% → 4.
        Xlsx.Write(Path.Combine(folder, "so-lieu-2024.xlsx"), ("Số liệu", [
            ["Mã ĐVHC", "Tên đơn vị", "Loại đơn vị", Columns[4], Columns[5]],
            ["00107", "Xã Đào Xá", "Xã", 3000m, 2970m],
            ["00110", "Phường Úc Kỳ", "Phường", 200m, 200m],
            ["00113", "Xã Tân Khánh", "Xã", 500m, 450m],
            ["00116", "Đặc khu Cô Tô", "Đặc khu", 100m, 95m],
        ]));
        Cli.Run("score", Path.Combine(folder, "so-lieu-2024.xlsx"), "--format", "xlsx", "--output", lastYear).ExitCode.Should().Be(0);

        // The command of the issue, word for word, then the same season as JSON to read every figure.
        var season = new[] { "score", figures, "--claims", claims, "--appraisal", appraisal, "--previous", lastYear };
        var written = Cli.Run([.. season, "--format", "xlsx", "--output", output]);
        var result = Cli.Run([.. season, "--format", "json"]);

        written.ExitCode.Should().Be(0, written.Error);
        File.Exists(output).Should().BeTrue();
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("so-lieu-2025.xlsx[Tổng hợp](4,1):").And.Contain("dòng đánh số cột")
            .And.Contain("so-lieu-2025.xlsx[Tổng hợp](9,1):").And.Contain("dòng tổng ('Tổng cộng')");
        var units = JObject.Parse(result.Output)["units"]!.ToDictionary(u => (string)u["id"]!);

        // 2025 by hand (rank: 18 > 16 = 16 > 8, so 1, 2, 2, 4; within a type among its own type only):
        // 00107: 2,997/3,000 = 99.90% → 10; 1.9 of 2 billion = 95% → 4; inspected → 2; 1 initiative → 2: 18.
        // 00110: 190/200 = 95% → 4, appraised 5 then 6 in round 2 → 6; 850 million of 1 billion = 85% → 2; not
        //        inspected → 0; no initiative → 0: 8. It claimed 10 on 3.2.1 with a document.
        // 00113: 495/500 = 99% → 8; 1.14 of 1.2 billion = 95% → 4; inspected → 2; 2 initiatives → 2: 16.
        // 00116: 100/100 → 10; 500 of 500 million → 4; inspected → 2; none → 0: 16.
        var expected = new Dictionary<string, (decimal Total, int Rank, string Type, int TypeRank, decimal LastTotal, int LastRank, Dictionary<string, decimal> Points)>
        {
            ["00107"] = (18m, 1, "xa", 1, 8m, 2, new() { ["3.2.1"] = 10m, ["5.1.1"] = 4m, ["6.2.1"] = 2m, ["1.1"] = 2m }),
            ["00110"] = (8m, 4, "phuong", 1, 10m, 1, new() { ["3.2.1"] = 6m, ["5.1.1"] = 2m, ["6.2.1"] = 0m, ["1.1"] = 0m }),
            ["00113"] = (16m, 2, "xa", 2, 2m, 4, new() { ["3.2.1"] = 8m, ["5.1.1"] = 4m, ["6.2.1"] = 2m, ["1.1"] = 2m }),
            ["00116"] = (16m, 2, "dac-khu", 1, 4m, 3, new() { ["3.2.1"] = 10m, ["5.1.1"] = 4m, ["6.2.1"] = 2m, ["1.1"] = 0m }),
        };
        units.Keys.Should().BeEquivalentTo(expected.Keys, "the column-number row and the totals row are no units");
        foreach (var (id, want) in expected)
        {
            var unit = units[id];
            ((decimal)unit["total"]!, (int)unit["rank"]!, (string?)unit["type"], (int)unit["typeRank"]!).Should().Be((want.Total, want.Rank, want.Type, want.TypeRank), id);
            var previous = unit["previous"]!;
            ((decimal)previous["total"]!, (int)previous["rank"]!, (decimal)previous["deltaPoints"]!, (int)previous["deltaRank"]!)
                .Should().Be((want.LastTotal, want.LastRank, want.Total - want.LastTotal, want.LastRank - want.Rank), id);
            foreach (var criterion in unit["criteria"]!)
            {
                var criterionId = (string)criterion["id"]!;
                var status = (string)criterion["status"]!;
                if (want.Points.TryGetValue(criterionId, out var points))
                {
                    ((decimal)criterion["points"]!).Should().Be(points, $"{id} {criterionId}");
                    status.Should().BeOneOf(["pass", "fail"], $"{id} {criterionId}");
                }
                else
                {
                    ((decimal)criterion["points"]!, status).Should().Be((0m, "missing_data"), $"{id} {criterionId} has no figures");
                }
            }
        }

        var appraised = units["00110"]["criteria"]!.Single(c => (string?)c["id"] == "3.2.1");
        ((decimal)appraised["computedPoints"]!, (decimal)appraised["claimedPoints"]!, (bool)appraised["overClaimed"]!, (bool)appraised["evidenceMissing"]!)
            .Should().Be((4m, 10m, true, false));
        appraised["appraisalTrail"]!.Select(r => ((int)r["round"]!, (string?)r["by"])).Should().Equal((1, "Sở Nội vụ"), (2, "Sở Nội vụ"));
        ((decimal)units["00107"]["claimedTotal"]!, units["00113"]["claimedTotal"]!.Type).Should().Be((10m, JTokenType.Null));
    }

    /// <summary>The province's three workbooks of 2025: figures, claims and appraisal.</summary>
    private static (string Figures, string Claims, string Appraisal) Season(string folder)
    {
        var figures = Path.Combine(folder, "so-lieu-2025.xlsx");
        Xlsx.Write(figures, ("Ghi chú", [["Biểu do Sở Nội vụ ban hành"]]), ("Tổng hợp", [
            ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"],
            ["BIỂU TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
            Columns,
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
            [1m, "00107", "Xã Đào Xá", "Xã", 3000m, 2997m, "2.000.000.000", "1.900.000.000", "Có", 1m],
            [2m, "00110", "Phường Úc Kỳ", "Phường", 200m, 190m, "1.000.000.000", "850.000.000", "Không", 0m],
            [3m, "00113", "Xã Tân Khánh", "xa", 500m, 495m, "1.200.000.000", "1.140.000.000", "x", 2m],
            [4m, "00116", "Đặc khu Cô Tô", "Đặc khu", 100m, 100m, "500.000.000", "500.000.000", "có", 0m],
            ["Tổng cộng", null, null, null, 3800m, 3782m, null, null, null, 3m],
        ]));
        var claims = Path.Combine(folder, "tu-cham-2025.xlsx");
        Xlsx.Write(claims, ("Tự chấm", [
            ["BẢNG TỰ CHẤM ĐIỂM NĂM 2025"],
            ["Mã ĐVHC", "Tiêu chí", "Điểm tự chấm", "Tài liệu kiểm chứng", "Ngày ban hành", "Giải trình"],
            ["00107", "3.2.1", 10m, "Báo cáo 15/BC-UBND", "20/12/2025", null],
            ["00110", "3.2.1", 10m, "Báo cáo 21/BC-UBND", "19/12/2025", null],
        ]));
        var appraisal = Path.Combine(folder, "tham-dinh-2025.xlsx");
        Xlsx.Write(appraisal, ("Thẩm định", [
            ["KẾT QUẢ THẨM ĐỊNH"],
            ["Mã ĐVHC", "Tiêu chí", "Vòng", "Điểm thẩm định", "Lý do", "Người thẩm định"],
            ["00110", "3.2.1", 1m, 5m, "Thiếu sổ theo dõi", "Sở Nội vụ"],
            ["00110", "3.2.1", 2m, 6m, "Đã bổ sung sổ theo dõi", "Sở Nội vụ"],
        ]));
        return (figures, claims, appraisal);
    }
}
