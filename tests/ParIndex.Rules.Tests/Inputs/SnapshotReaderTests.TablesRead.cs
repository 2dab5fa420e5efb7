using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>What each table was read as: the header row, each column's field, the columns ignored (issue #30, 1).</summary>
public partial class SnapshotReaderTests
{
    [Fact]
    public void ReadCsv_ColumnsOfEveryRole_TablesSayWhatEachWasReadAs()
    {
        // A title row, a figure named by its Vietnamese title, a column no figure has, a claim, and 'done' given twice.
        var batch = Csv("BÁO CÁO SỐ LIỆU\nid,name,Số việc đã xong,total,Ghi chú,claim:3,done\na,A,1,5,x,2,1\n\nb,B,2,5,,,2\n");

        var table = batch.Tables.Should().ContainSingle().Subject;
        (table.Source, table.Sheet, table.HeaderLine, table.Rows).Should().Be(("in.csv", (string?)null, 2, 2));
        table.Columns.Select(c => (c.Column, c.Heading, c.ReadAs)).Should().Equal(
            (1, "id", "id"), (2, "name", "name"), (3, "Số việc đã xong", "done"), (4, "total", "total"),
            (5, "Ghi chú", null), (6, "claim:3", "claim:3"), (7, "done", null));
        table.Ignored.Select(c => c.Column).Should().Equal(5, 7);
        table.ToString().Should().Be("in.csv row 2: 'id' → id, 'name' → name, 'Số việc đã xong' → done, 'total' → total, 'Ghi chú' (ignored), 'claim:3' → claim:3, 'done' (ignored)");
    }

    [Fact]
    public void ReadXlsx_SheetChosenUnderTitles_TableNamesTheSheetAndItsHeaderRow()
    {
        using var workbook = new MemoryStream();
        Xlsx.Write(workbook, ("Hướng dẫn", [["Điền số liệu ở trang sau"]]), ("Số liệu", [["BÁO CÁO"], [], ["id", "Tên đơn vị", "report"], ["a", "Đào Xá", "có"]]));
        workbook.Position = 0;

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);

        var table = batch.Tables.Should().ContainSingle().Subject;
        (table.Sheet, table.HeaderLine, table.Rows).Should().Be(("Số liệu", 3, 1));
        table.Columns.Select(c => c.ReadAs).Should().Equal("id", "name", "report");
    }

    [Fact]
    public void ReadFiles_JsonThenCsvThenAHeaderlessCsv_OnlyTheTableReadIsListed()
    {
        var json = Temp(".json", "{ \"units\": [ { \"id\": \"a\", \"name\": \"A\", \"indicators\": { \"done\": 1 } } ] }");
        var csv = Temp(".csv", "id,done\nb,2\n");
        var headerless = Temp(".csv", "c,3\n");

        var batch = SnapshotReader.ReadFiles([json, csv, headerless], Mini);

        batch.Tables.Should().ContainSingle().Which.Source.Should().Be(csv, "JSON has no table, and a file with no header row is an error instead");
        batch.Errors.Should().ContainSingle().Which.Source.Should().Be(headerless);
        batch.WithSnapshots([]).Tables.Should().Equal(batch.Tables);
    }

    [Fact]
    public void Apply_ClaimsTableWithAColumnOfNotes_IsListedAfterTheFiguresTable()
    {
        var claims = Temp(".csv", "KẾT QUẢ TỰ CHẤM\nMã ĐVHC;Tiêu chí;Điểm tự chấm;Ghi chú;Giải trình\na;3;2;xem lại;Đã làm\n");
        var figures = Csv("id,done\na,1\n");

        var file = AssessmentFile.ReadFile(claims, Mini);
        var batch = file.Apply(figures);

        file.Problems.Should().BeEmpty();
        file.Table!.Columns.Select(c => (c.Heading, c.ReadAs)).Should().Equal(
            ("Mã ĐVHC", "id"), ("Tiêu chí", "criterion"), ("Điểm tự chấm", "points"), ("Ghi chú", null), ("Giải trình", "explanation"));
        (file.Table.HeaderLine, file.Table.Rows).Should().Be((2, 1));
        batch.Tables.Select(t => t.Source).Should().Equal("in.csv", claims);
    }

    [Fact]
    public void ReadFile_AppraisalTableWithoutAHeader_HasNoTable()
    {
        var file = AssessmentFile.ReadFile(Temp(".csv", "a;3;2\n"), Mini);

        file.Table.Should().BeNull();
        file.Problems.Should().ContainSingle();
    }

    private static string Temp(string extension, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
