using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Claims and appraisal rounds kept as tables of their own, laid over the figures (issue #26, 6).</summary>
public class AssessmentFileTests
{
    [Fact]
    public void ReadFile_AppraisalWorkbookUnderATitle_AddsEachRoundToItsUnit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.xlsx");
        Xlsx.Write(path, ("Thẩm định", [
            ["KẾT QUẢ THẨM ĐỊNH"],
            ["Mã ĐVHC", "Tiêu chí", "Vòng", "Điểm thẩm định", "Lý do", "Người thẩm định"],
            ["a", "3.2.1", 2m, 6m, "Đã bổ sung", "Sở Nội vụ"],
            ["a", "3.2.1", 1m, 5m, "Thiếu sổ theo dõi", "Sở Nội vụ"],
        ]));
        var rules = Some.Commune2025Scorer.RuleSet;

        var file = AssessmentFile.ReadFile(path, rules);
        var batch = file.Apply(new SnapshotBatch(null, [Some.Unit("a"), Some.Unit("b")], [], []));

        (file.IsAppraisal, file.Problems.Count).Should().Be((true, 0));
        batch.Snapshots[0].Appraisal!["3.2.1"].Select(r => (r.Round, r.Points, r.By)).Should().Equal((1, 5m, "Sở Nội vụ"), (2, 6m, "Sở Nội vụ"));
        batch.Snapshots[1].Appraisal.Should().BeNull();
    }

    [Fact]
    public void ReadFile_SemicolonTableUnderATitleRow_TheHeaderDecidesTheSeparator()
    {
        // The title row has no separator in it; guessing from the first line read the header as one cell and refused the table.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "KẾT QUẢ TỰ CHẤM NĂM 2025\nMã ĐVHC;Tiêu chí;Điểm tự chấm\na;1.2;1,5\n");

        var file = AssessmentFile.ReadFile(path, Some.Commune2025Scorer.RuleSet);

        file.Problems.Should().BeEmpty();
        file.Entries.Should().ContainSingle().Which.Claim!.Points.Should().Be(1.5m);
    }

    [Fact]
    public void ReadFile_ClaimsWithADecimalComma_AreReadByTheInputsRule()
    {
        // "1,5" is one and a half, as in the figures; a claim given twice for one criterion is a problem, not a choice.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Mã ĐVHC;Tiêu chí;Điểm tự chấm;Giải trình\na;1.2;1,5;Đã ban hành kế hoạch\na;1.2;2;\n");

        var file = AssessmentFile.ReadFile(path, Some.Commune2025Scorer.RuleSet);

        file.Entries.Should().ContainSingle().Which.Claim.Should().Match<Claim>(c => c.Points == 1.5m && c.Explanation == "Đã ban hành kế hoạch");
        file.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Apply_ClaimOfACriterionExcludedForTheUnitsType_IsAProblemAndNotApplied()
    {
        // The province example's 2.2 applies to communes (xa) only: a ward's claim for it is told and dropped, as a
        // claim column's cell is.
        var rules = RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example"));
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Mã ĐVHC;Tiêu chí;Điểm tự chấm\nw;2.2;2\nc;2.2;2\n");
        var units = new[] { Some.Unit("w") with { Type = "phuong" }, Some.Unit("c") with { Type = "xa" } };

        var batch = AssessmentFile.ReadFile(path, rules).Apply(new SnapshotBatch(null, units, [], []));

        batch.Errors.Should().ContainSingle().Which.Should().Match<InputProblem>(e => e.UnitId == "w" && e.Line == 2 && e.Field == "2.2");
        batch.Snapshots[0].SelfAssessment.Should().BeNull();
        batch.Snapshots[1].SelfAssessment!["2.2"].Points.Should().Be(2m);
    }

    [Fact]
    public void ReadFile_DateCellHoldingAYear_IsAProblemNotA1905Date()
    {
        // A workbook's date is a day count: 2025 typed alone would be 16 July 1905, read without a word.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.xlsx");
        Xlsx.Write(path, ("Tự chấm", [
            ["Mã ĐVHC", "Tiêu chí", "Điểm tự chấm", "Tài liệu kiểm chứng", "Ngày ban hành"],
            ["a", "1.2", 1m, "Báo cáo 15/BC-UBND", 2025m],
            ["b", "1.2", 1m, "Báo cáo 16/BC-UBND", 46011m],
        ]));

        var file = AssessmentFile.ReadFile(path, Some.Commune2025Scorer.RuleSet);

        file.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.Line == 2 && p.Column == 5);
        file.Entries.Should().ContainSingle().Which.Claim!.Evidence[0].Date.Should().Be(new DateOnly(2025, 12, 20));
    }

    [Fact]
    public void ReadFile_AppraisalAsJsonRows_ReadsTheSameHeadersAsTheTable()
    {
        // The CSV's Vietnamese names as property names; 5.5 stays exactly 5.5, and "1,5" as text follows the inputs' rule.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "rows": [
              { "Mã ĐVHC": "00107", "Tiêu chí": "3.2.1", "Vòng": 1, "Điểm thẩm định": 5.5, "Lý do": "Thiếu sổ theo dõi" },
              { "Mã ĐVHC": "00107", "Tiêu chí": "1.2", "Vòng": 1, "Điểm thẩm định": "1,5", "Lý do": "Kế hoạch ban hành muộn", "Người thẩm định": "Sở Nội vụ" }
            ] }
            """);

        var file = AssessmentFile.ReadFile(path, Some.Commune2025Scorer.RuleSet);

        (file.IsAppraisal, file.Problems.Count).Should().Be((true, 0));
        file.Entries.Select(e => (e.UnitId, e.CriterionId, e.Round!.Points, e.Round.By, e.Line))
            .Should().Equal(("00107", "3.2.1", 5.5m, (string?)null, 2), ("00107", "1.2", 1.5m, "Sở Nội vụ", 3));
    }

    [Fact]
    public void Read_JsonClaimsWithABadRow_KeepsTheOthersAndNamesTheLine()
    {
        // A bare array; the second row's points are a list, the third is no object: each is told at its line, the first stands.
        var json = """
            [
              { "id": "a", "criterion": "1.2", "points": 2, "evidence": "Kế hoạch 12/KH-UBND", "date": "15/01/2025" },
              { "id": "b", "criterion": "1.2", "points": [2] },
              "c"
            ]
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var file = AssessmentFile.Read(stream, InputFormat.Json, "tu-cham.json", Some.Commune2025Scorer.RuleSet);

        file.Entries.Should().ContainSingle().Which.Claim!.Evidence.Should().Equal(new Evidence("Kế hoạch 12/KH-UBND", new DateOnly(2025, 1, 15)));
        file.Problems.Select(p => p.Line).Should().Equal(3, 4);
    }

    [Fact]
    public void Read_JsonThatIsNoTable_IsOneProblemAtItsPosition()
    {
        using var broken = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{ \"rows\": [ { \"id\": \"a\", } "));
        using var notRows = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\n  \"rows\": { \"id\": \"a\" }\n}"));

        var first = AssessmentFile.Read(broken, InputFormat.Json, "x.json", Some.Commune2025Scorer.RuleSet);
        var second = AssessmentFile.Read(notRows, InputFormat.Json, "y.json", Some.Commune2025Scorer.RuleSet);

        first.Entries.Should().BeEmpty();
        first.Problems.Should().ContainSingle().Which.MessageIn(Language.Vi).Should().StartWith("tệp không phải JSON hợp lệ");
        second.Problems.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Fact]
    public void Read_JsonRowsWithOneHeadingTwiceInAnyCase_IsRefusedNotHalfRead()
    {
        // "Tiêu chí" and "tiêu chí" are one column to the reader: the first was read and the other dropped without a word.
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("[{ \"id\": \"a\", \"Tiêu chí\": \"1.2\", \"tiêu chí\": \"1.1\", \"points\": 1 }]"));

        var file = AssessmentFile.Read(json, InputFormat.Json, "t.json", Some.Commune2025Scorer.RuleSet);

        file.Entries.Should().BeEmpty();
        file.Problems.Should().ContainSingle().Which.Message.Should().Be("the column 'tiêu chí' is in the header row twice; remove or rename one of them.");
    }
}
