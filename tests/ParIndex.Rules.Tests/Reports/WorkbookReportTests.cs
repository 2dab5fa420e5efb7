using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The workbook an analyst hands on: valid Open XML, numbers as numbers, the status in each cell's style.</summary>
public class WorkbookReportTests
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        var rules = Some.Commune2025Scorer.RuleSet;
        using var output = new MemoryStream();
        var batch = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), rules);
        var previous = new PreviousResults("2024", new Dictionary<string, PreviousResult> { ["nha-long"] = new(92.12m, 3) });
        WorkbookReport.Write(output, Some.Commune2025Scorer.ScoreBatch(batch, previous));
        return output.ToArray();
    });

    [Fact]
    public void Write_SampleDistrict_IsAValidWorkbookWithSixSheets()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample.Value), false);

        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Xếp hạng", "Tiêu chí", "Lĩnh vực", "Số liệu", "Gợi ý", "Tự chấm, thẩm định");
    }

    [Fact]
    public void Write_Ranking_StoresNumbersAsNumbersAndRatesAsFractions()
    {
        // Nhã Lộng ranks first with 93.89 and SIPAS 91.78%; last year 92.12 and 3rd: +1.77 points, +2 places.
        var rows = Rows("Xếp hạng");

        rows[0].Should().StartWith(["Hạng", "Hạng trong loại", "Loại", "Mã", "Đơn vị", "Tổng điểm", "Xếp loại", "SIPAS", "Đạt mục tiêu", "Δ điểm", "Δ hạng"]);
        rows[1].Take(11).Should().Equal("1", "1", "Xã", "nha-long", "Nhã Lộng", "93.89", "Rất tốt", "0.9178", "có", "1.77", "2");
        rows.Should().HaveCount(21);
    }

    [Fact]
    public void Write_Criteria_ShowsTheStatusInTheCellsStyle()
    {
        // Đào Xá's 3.2.1 fails with 4 of 10 points: style 6 (a red fill); its 1.2 passes: style 5 (green).
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample.Value), false);
        var (sheet, strings) = SheetOf(document, "Tiêu chí");
        var header = sheet.Descendants<Row>().First().Elements<Cell>().Select(c => CellText(c, strings)).ToList();
        var dao = sheet.Descendants<Row>().Single(r => CellText(r.Elements<Cell>().First(), strings) == "dao-xa").Elements<Cell>().ToList();

        var onTime = dao[header.IndexOf("3.2.1")];
        (onTime.CellValue!.Text, onTime.StyleIndex!.Value).Should().Be(("4", 6u));
        dao[header.IndexOf("1.2")].StyleIndex!.Value.Should().Be(5u);
    }

    [Fact]
    public void Write_StatusFills_AreTheHtmlReportsColours()
    {
        // A pass is one green, a fail one red, whichever output a reader opens: the workbook's fill of Đào Xá's
        // 1.2 (pass) and 3.2.1 (fail) against the district report's .pass and .fail backgrounds.
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample.Value), false);
        var (sheet, strings) = SheetOf(document, "Tiêu chí");
        var header = sheet.Descendants<Row>().First().Elements<Cell>().Select(c => CellText(c, strings)).ToList();
        var dao = sheet.Descendants<Row>().Single(r => CellText(r.Elements<Cell>().First(), strings) == "dao-xa").Elements<Cell>().ToList();
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        string Fill(Cell cell)
        {
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            return styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!.ForegroundColor!.Rgb!.Value![2..];
        }

        using var html = new StringWriter();
        var rules = Some.Commune2025Scorer.RuleSet;
        ParIndex.Rules.Reports.HtmlReport.Write(html, Some.Commune2025Scorer.ScoreBatch(
            SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), rules)));
        string Css(string name) => System.Text.RegularExpressions.Regex.Match(html.ToString(), $@"\.{name}\{{background:#(\w{{6}})\}}").Groups[1].Value;

        (Fill(dao[header.IndexOf("1.2")]), Fill(dao[header.IndexOf("3.2.1")])).Should().Be((Css("pass"), Css("fail")));
        Css("pass").Should().NotBe(Css("fail"));
    }

    [Fact]
    public void Write_Hints_ListEveryShortfallWithWhoLeadsAndTheDeadline()
    {
        var rows = Rows("Gợi ý");

        var onTime = rows.Single(r => r[0] == "dao-xa" && r[2] == "3.2.1");
        onTime[3..6].Should().Equal("không đạt", "4", "6");
        onTime[6].Should().StartWith("Tỷ lệ hồ sơ đúng hạn 96,75% < 99,9%").And.Contain("cần thêm 40 hồ sơ giải quyết đúng hạn");

        // The catalogue's offices, however the plan spelled them (Các cán bộ, công chức chuyên môn; Công chức Văn Phòng – Thống kê).
        onTime[7..].Should().Equal("Công chức chuyên môn", "Công chức Văn phòng – Thống kê", "Trong năm 2025");
    }

    [Fact]
    public void Write_StreamThatCannotSeek_GetsTheSameWorkbook()
    {
        var rules = Some.Commune2025Scorer.RuleSet;
        var cards = ScoredBatch.Of(rules, [Some.Commune2025Scorer.Score(Some.PerfectUnit())]);
        using var seekable = new MemoryStream();
        using var forwardOnly = new ForwardOnly();

        WorkbookReport.Write(seekable, cards);
        WorkbookReport.Write(forwardOnly, cards);

        using var document = SpreadsheetDocument.Open(new MemoryStream(forwardOnly.Written.ToArray()), false);
        new OpenXmlValidator().Validate(document).Should().BeEmpty();
        forwardOnly.Written.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Write_Values_ShowCountsAndAmountsGroupedAndWholeNotWithTwoDecimals()
    {
        // Issue #27: counts showed as 5,00 (format 0.00). Built-in format 3 is #,##0 (1.262.859.150 in a Vietnamese
        // spreadsheet), 10 is 0.00%. Bàn Đạt's 5.1.1 compares 2,815,724,000 disbursed of 2,900,000,000: a rate, 97.09%.
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample.Value), false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => f.NumberFormatId!.Value).ToList();
        var (sheet, strings) = SheetOf(document, "Số liệu");
        var header = sheet.Descendants<Row>().First().Elements<Cell>().Select(c => CellText(c, strings)).ToList();
        var banDat = sheet.Descendants<Row>().Single(r => CellText(r.Elements<Cell>().First(), strings) == "ban-dat").Elements<Cell>().ToList();

        var violations = banDat[header.IndexOf("5.1.2")];
        var disbursed = banDat[header.IndexOf("5.1.1")];
        (violations.CellValue!.Text, formats[(int)violations.StyleIndex!.Value]).Should().Be(("0", 3u));
        (disbursed.CellValue!.Text, formats[(int)disbursed.StyleIndex!.Value]).Should().Be(("0.9709", 10u));
    }

    [Fact]
    public void Write_CriteriaSheet_NamesEachCriterionUnderItsId()
    {
        var rows = Rows("Tiêu chí");

        rows[0][2..4].Should().Equal("1.1", "1.2");
        rows[1][2].Should().Be("Các giải pháp tìm kiếm, phát hiện sáng kiến, mô hình mới trong công tác CCHC trên địa bàn xã (2 điểm)");
    }

    [Fact]
    public void Write_ClaimsAndAppraisal_StandBesideTheFinalPoints()
    {
        // Bàn Đạt claims 10 on 3.2.1 with its report of 20/12/2025; its figures give 8 (2,121 of 2,127 on time is 99.72%,
        // the 99% band) and round 1 of the appraisal gives 8 too: final 8, claimed 2 above it.
        var row = Rows("Tự chấm, thẩm định").Single(r => r[0] == "ban-dat" && r[2] == "3.2.1");

        row.Should().Equal("ban-dat", "Bàn Đạt", "3.2.1", "8", "10", "Báo cáo 15/BC-UBND (20/12/2025)", string.Empty, "8",
            "Vòng 1: 8 điểm, Tỷ lệ hồ sơ đúng hạn 99,72%, chưa đạt 99,9% (Sở Nội vụ)", "8", "2");
    }

    private static List<string[]> Rows(string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample.Value), false);
        var (sheet, strings) = SheetOf(document, name);
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => CellText(c, strings)).ToArray())];
    }

    private static (Worksheet Sheet, SharedStringTable? Strings) SheetOf(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet, workbook.SharedStringTablePart?.SharedStringTable);
    }

    private static string CellText(Cell cell, SharedStringTable? strings) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;

    /// <summary>A stream that can only be written, as a file being replaced or a response body.</summary>
    private sealed class ForwardOnly : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
