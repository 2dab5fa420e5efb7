using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>What provinces' files carry, told rather than scored silently wrong (issue #26): figures that contradict each other, codes that lost their leading zeros.</summary>
public class ProvinceFileTests
{
    [Fact]
    public void ReadCsv_MoreOnTimeThanResolved_IsAnErrorAtTheCellAndTheUnitIsStillScored()
    {
        // 3.2.1's rate is dossiersResolvedOnTime / dossiersResolved: 310 on time of 300 resolved cannot be. It made the
        // criterion invalid_data with 0 points and nothing more: no error, exit 0, visible only inside the card.
        var csv = "id,name,dossiersResolved,dossiersResolvedOnTime,dossiersReceived\na,A,300,310,400\nb,B,300,290,400\n";

        var batch = SnapshotReader.ReadCsv(new StringReader(csv), "so-lieu.csv", Some.Commune2025Scorer.RuleSet);

        var problem = batch.Errors.Should().ContainSingle().Which;
        (problem.Line, problem.Column, problem.UnitId, problem.Field).Should().Be((2, 4, "a", "dossiersResolvedOnTime"));
        problem.Message.Should().Be("'dossiersResolvedOnTime' (310) is more than 'dossiersResolved' (300). The unit was scored; the criteria using this figure get invalid_data.");
        problem.MessageIn(Language.Vi).Should().Contain("lớn hơn").And.Contain("(dossiersResolved = 300)");
        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        Some.Commune2025Scorer.Score(batch.Snapshots[0]).Criteria.Single(c => c.Id == "3.2.1").Status.Should().Be(CriterionStatus.InvalidData);
    }

    [Fact]
    public void ReadJson_SatisfiedAboveAnswered_IsAnErrorForTheSipasAspect()
    {
        // A SIPAS aspect is counted the same way: more satisfied answers than answers.
        var aspect = Some.Commune2025Scorer.RuleSet.SipasAspects[0];
        var json = $$"""{ "units": [ { "id": "a", "indicators": { "{{aspect.Numerator}}": 120, "{{aspect.Denominator}}": 100 } } ] }""";

        var batch = SnapshotReader.ReadJson(new StringReader(json), "units.json", Some.Commune2025Scorer.RuleSet);

        batch.Errors.Select(e => (e.UnitId, e.Field)).Should().Contain(("a", aspect.Numerator));
    }

    [Fact]
    public void ReadXlsx_CodeStoredAsANumberBesideZeroPaddedCodes_IsAnErrorAtItsCell()
    {
        // 00107 as text and 110 as a number: Excel dropped 110's zeros (00110), and it no longer matched last year's.
        const string Rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>00107</t></is></c><c r="B2" t="inlineStr"><is><t>Đào Xá</t></is></c></row>
            <row r="3"><c r="A3"><v>110</v></c><c r="B3" t="inlineStr"><is><t>Úc Kỳ</t></is></c></row>
            """;
        using var workbook = ParIndex.Rules.Tests.Hostile.WorkbookParts.Workbook(w => w.Write(Rows));

        var batch = SnapshotReader.ReadXlsx(workbook, "so-lieu.xlsx", Some.Commune2025Scorer.RuleSet);

        var problem = batch.Errors.Should().ContainSingle().Which;
        (problem.Line, problem.Column, problem.UnitId, problem.Field).Should().Be((3, 1, "110", "id"));
        problem.Message.Should().StartWith("the code 110 is stored as a number, while other codes in this column keep their leading zeros (00107)");
        batch.Snapshots.Select(s => s.Id).Should().Equal("00107", "110");
    }

    [Fact]
    public void ScoreBatch_CodeThatLastYearHadWithLeadingZeros_IsAnErrorNotNoChange()
    {
        var batch = SnapshotReader.ReadCsv(new StringReader("id,name\n107,Đào Xá\n00110,Úc Kỳ\n"), "so-lieu.csv", Some.Commune2025Scorer.RuleSet);
        var previous = new PreviousResults("2024.csv", new Dictionary<string, PreviousResult> { ["00107"] = new(80m, 1), ["00110"] = new(70m, 2) });

        var scored = Some.Commune2025Scorer.ScoreBatch(batch, previous);

        var problem = scored.Errors.Should().ContainSingle().Which;
        (problem.UnitId, problem.Field).Should().Be(("107", "id"));
        problem.Message.Should().StartWith("'107' has no result last year, but last year's '00107' is the same code");
        scored.Unit("107")!.Previous.Should().BeNull("a code is never matched by a guess");
    }

    [Theory]
    [InlineData(false, "Số liệu")]
    [InlineData(true, "Hướng dẫn")]
    public void ReadXlsx_FirstSheetIsACover_ReadsTheOneSheetWithAHeader(bool coverHasHeader, string read)
    {
        // A province's workbook opens on its instructions; the figures are on the second sheet. Read the first sheet,
        // it had no header row and nothing was scored. When the first sheet has a header, it is read, as always.
        using var workbook = new MemoryStream();
        IReadOnlyList<object?>[] cover = coverHasHeader
            ? [["id", "name"], ["c", "Cover unit"]]
            : [["HƯỚNG DẪN ĐIỀN SỐ LIỆU"], ["Mỗi xã một dòng."]];
        Xlsx.Write(workbook, ("Hướng dẫn", cover), ("Số liệu", [["Mã ĐVHC", "Tên đơn vị", "dossiersResolved"], ["00107", "Đào Xá", 300m]]));
        workbook.Position = 0;

        var batch = SnapshotReader.ReadXlsx(workbook, "tinh.xlsx", Some.Commune2025Scorer.RuleSet);

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Select(s => s.Id).Should().Equal(read == "Số liệu" ? "00107" : "c");
    }

    [Fact]
    public void ReadXlsx_NamedSheetWithoutAHeader_BlamesTheSheetNotTheChoice()
    {
        // With --sheet given, the message still told the analyst to choose a sheet with --sheet.
        using var workbook = new MemoryStream();
        Xlsx.Write(workbook, ("Số liệu", [["Mã", "Tên"]]), ("Khác", [["Ghi chú"]]));
        workbook.Position = 0;

        var batch = SnapshotReader.ReadXlsx(workbook, "tinh.xlsx", Some.Commune2025Scorer.RuleSet, new InputOptions { Sheet = "Khác" });

        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("no header row").And.NotContain("--sheet");
    }
}
