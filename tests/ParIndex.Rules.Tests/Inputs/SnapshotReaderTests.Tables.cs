using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Workbooks, title rows, column maps and reading as the units come.</summary>
public partial class SnapshotReaderTests
{
    [Fact]
    public void ReadFile_SampleDistrictJsonAndCsv_HoldTheSameUnits()
    {
        var rules = Some.Commune2025Scorer.RuleSet;

        var json = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), rules);
        var csv = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.csv"), rules);

        json.Errors.Should().BeEmpty();
        csv.Errors.Should().BeEmpty();
        json.Snapshots.Should().HaveCount(20);
        csv.Snapshots.Select(s => (s.Id, s.Name)).Should().Equal(json.Snapshots.Select(s => (s.Id, s.Name)));
        for (var i = 0; i < json.Snapshots.Count; i++)
        {
            csv.Snapshots[i].Indicators.Should().BeEquivalentTo(json.Snapshots[i].Indicators);
        }
    }

    [Fact]
    public void ReadXlsx_FirstSheet_ReadsTypedAndTextCellsLikeCsv()
    {
        using var workbook = new MemoryStream();
        Xlsx.Write(workbook, ("Sheet1",
        [
            ["id", "name", "done", "total", "report"],
            ["a", "Đào Xá", 4, 5, "có"],
            ["b", "Úc Kỳ", "1.234,0", null, true],
        ]));
        workbook.Position = 0;

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Select(s => (s.Id, s.Name)).Should().Equal(("a", "Đào Xá"), ("b", "Úc Kỳ"));
        batch.Snapshots[0].Indicators.Should().Equal(new Dictionary<string, IndicatorValue> { ["done"] = 4, ["total"] = 5, ["report"] = true });
        batch.Snapshots[1].Indicators.Should().Equal(new Dictionary<string, IndicatorValue> { ["done"] = 1234m, ["report"] = true });
    }

    [Fact]
    public void ReadCsv_TitleRowsAboveTheHeader_AreSkippedAndLinesStayTrue()
    {
        // A report heading, a blank line and a row of Vietnamese column titles, as offices write them above the keys.
        var batch = Csv("BÁO CÁO SỐ LIỆU CCHC NĂM 2025\n\nMã đơn vị,Tên đơn vị,Hồ sơ đúng hạn,Tổng số hồ sơ\nid,name,done,total\na,A,1,5\nb,B,-1,5\n");

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        batch.Snapshots[0].Indicators["total"].Should().Be(IndicatorValue.FromNumber(5m));
        batch.Errors.Should().ContainSingle().Which.Line.Should().Be(6, "the file's own line, titles counted");
    }

    [Fact]
    public void ReadCsv_SemicolonsUnderATitleWithCommas_TheHeaderDecidesTheSeparator()
    {
        // The heading has commas and no semicolon, the header's titles have commas too: a guess from the first
        // lines took the comma, and the header then had no id column.
        var batch = Csv("BÁO CÁO, SỐ LIỆU NĂM 2025\n;;\nid;name;Hồ sơ đúng hạn, trước hạn;total\na;Đào Xá;2970;3000\n",
            new Dictionary<string, string> { ["Hồ sơ đúng hạn, trước hạn"] = "done" });

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Should().ContainSingle().Which.Indicators.Should().Equal(new Dictionary<string, IndicatorValue> { ["done"] = 2970m, ["total"] = 3000m });
    }

    [Fact]
    public void ReadCsv_ElevenTitleRows_IsNoHeaderRowNotASearchToTheEnd()
    {
        var batch = Csv(string.Concat(Enumerable.Repeat("tiêu đề\n", 11)) + "id,name,done\na,A,1\n");

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("no header row: none of the first 11 rows has an 'id' column.");
    }

    [Fact]
    public void ReadCsv_UnclosedQuoteBelowTitleRows_CostsThatRowOnly()
    {
        // A one-cell title row must not stand for the table's width, or the unclosed quote would swallow the rest.
        var batch = Csv("Số liệu 2025\nid,name,done,total\na,\"A unclosed,3,5\nb,B,4,5\n");

        batch.Snapshots.Select(s => s.Id).Should().Equal("b");
        batch.Errors.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void ReadCsv_ColumnMap_ReadsAProvincesOwnHeaders()
    {
        var options = new InputOptions
        {
            Columns = new Dictionary<string, string> { ["Mã xã"] = "id", ["Tên xã"] = "name", ["Số HS đúng hạn"] = "done", ["TỔNG HS"] = "total" },
        };

        var batch = SnapshotReader.ReadCsv(new StringReader("mã  XÃ,Tên xã,số hs đúng hạn,Tổng HS\na,Đào Xá,4,5\n"), "in.csv", Mini, options);

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Should().BeEmpty();
        batch.Snapshots.Should().ContainSingle().Which.Name.Should().Be("Đào Xá");
        batch.Snapshots[0].Indicators.Should().Equal(new Dictionary<string, IndicatorValue> { ["done"] = 4, ["total"] = 5 });
    }

    [Fact]
    public void ReadCsv_ColumnMapToAnUnknownKey_IsAnErrorAtTheHeader()
    {
        var options = new InputOptions { Columns = new Dictionary<string, string> { ["Đúng hạn"] = "dne" } };

        var batch = SnapshotReader.ReadCsv(new StringReader("id,Đúng hạn\na,4\n"), "in.csv", Mini, options);

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,2): field 'Đúng hạn': the column map sends 'Đúng hạn' to 'dne', which is not an indicator of 'mini'; did you mean 'done'? The column was not read; correct the map.");
    }

    [Fact]
    public void ReadXlsx_SheetOption_ReadsThatSheetAndNamesItInProblems()
    {
        using var workbook = TwoSheets();

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini, new InputOptions { Sheet = "dữ liệu" });

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.xlsx[Dữ liệu](4,3): unit 'b', field 'done': 'done' is negative (-1); counts and amounts are never below 0. The unit was scored; the criteria using this figure get invalid_data.");
    }

    [Fact]
    public void ReadXlsx_FirstSheetIsInstructions_ReadsTheSheetWithAHeader()
    {
        // Issue #26, 8: the instructions sheet came first, had no header, and nothing was read without --sheet.
        using var workbook = TwoSheets();

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        batch.Errors.Should().OnlyContain(e => e.UnitId == "b", "b's negative figure is the sheet's one problem");
    }

    [Fact]
    public void ReadXlsx_NoSuchSheet_ListsTheSheets()
    {
        using var workbook = TwoSheets();

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini, new InputOptions { Sheet = "Du lieu" });

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.xlsx(0,0): the workbook has no sheet 'Du lieu'; did you mean 'Dữ liệu'? Its sheets are 'Hướng dẫn', 'Dữ liệu'; give one of them to --sheet.");
    }

    /// <summary>An instructions sheet first, then the data under a title row.</summary>
    private static MemoryStream TwoSheets()
    {
        var workbook = new MemoryStream();
        Xlsx.Write(workbook,
            ("Hướng dẫn", [["Điền số liệu vào trang Dữ liệu."], ["Mỗi dòng một xã."]]),
            ("Dữ liệu",
            [
                ["Mã đơn vị", "Tên", "Hồ sơ đúng hạn", "Tổng"],
                ["id", "name", "done", "total"],
                ["a", "A", 4, 5],
                ["b", "B", -1, 5],
            ]));
        workbook.Position = 0;
        return workbook;
    }

    [Fact]
    public void ReadXlsx_StreamThatCannotSeek_IsReadLikeAFile()
    {
        // A workbook posted to a service arrives as a stream that cannot seek; the package reader (ZipArchive) takes it whole itself.
        using var workbook = TwoSheets();
        using var forwardOnly = new ForwardOnlyStream(workbook);

        var batch = SnapshotReader.ReadXlsx(forwardOnly, "in.xlsx", Mini, new InputOptions { Sheet = "Dữ liệu" });

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void ReadXlsx_NotAWorkbook_IsOneErrorSayingWhatToDo()
    {
        using var garbage = new MemoryStream("this is not a zip file"u8.ToArray());

        var batch = SnapshotReader.ReadXlsx(garbage, "in.xlsx", Mini);

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("not a readable XLSX workbook:").And.EndWith("Save it again as .xlsx, or export the sheet as CSV.");
    }

    [Fact]
    public void StreamCsv_EndlessSource_YieldsUnitsAsTheyAreRead()
    {
        using var reader = new EndlessReader("id,name,done,total\n", i => $"u{i},U{i},{i % 7},7\n");

        var first = SnapshotReader.StreamCsv(reader, "pipe", Mini, e => throw new InvalidOperationException(e.ToString())).Take(3).ToList();

        first.Select(u => u.Id).Should().Equal("u0", "u1", "u2");
        first[2].Indicators["done"].Should().Be(IndicatorValue.FromNumber(2m));
    }

    [Fact]
    public void StreamJson_EndlessSource_YieldsUnitsAsTheyAreRead()
    {
        using var reader = new EndlessReader("""{ "units": [""", i => (i == 0 ? "" : ",") + $$"""{ "id": "u{{i}}", "name": "U", "indicators": { "done": {{i}}, "total": 100 } }""");

        var first = SnapshotReader.StreamJson(reader, "pipe", Mini, e => throw new InvalidOperationException(e.ToString())).Take(2).ToList();

        first.Select(u => u.Id).Should().Equal("u0", "u1");
    }

    [Fact]
    public void StreamCsv_BadRowAmongGood_TellsTheErrorAndLeavesTheReaderOpen()
    {
        var errors = new List<InputProblem>();
        using var reader = new StringReader("id,name,done,total\na,A,1,2\nb,B,1\nc,C,2,2\n");

        var units = SnapshotReader.StreamCsv(reader, "pipe.csv", Mini, errors.Add).Select(u => u.Id).ToList();

        units.Should().Equal("a", "c");
        errors.Should().ContainSingle().Which.ToString().Should().Be("pipe.csv(3,1): unit 'b': the row has 3 cells but the header has 4; check the separators of this row.");
        reader.Peek().Should().Be(-1, "the reader was read to its end and is still open: the caller owns it");
    }
}
