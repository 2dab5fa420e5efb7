using System.IO.Compression;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Hostile;

/// <summary>Small workbooks written by hand, part by part, as a hostile or broken program would write them.</summary>
public class HostileWorkbookTests
{
    private static readonly RuleSet Mini = Some.Mini;

    private const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>done</t></is></c><c r="C1" t="inlineStr"><is><t>total</t></is></c></row>""";

    private static string GoodRow(int row, string id = "ok") =>
        $"""<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>{id}</t></is></c><c r="B{row}"><v>4</v></c><c r="C{row}"><v>5</v></c></row>""";

    [Fact]
    public void ReadXlsx_RowNumberedNearIntMax_IsRefusedAloneWithoutBuildingTheGap()
    {
        // MiniExcel made every missing row an empty one and kept them: 2.1 GB after a minute.
        var batch = Read(Header + """<row r="2147483647"><c r="A2147483647" t="inlineStr"><is><t>far</t></is></c></row>""");

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Select(e => e.ToString()).Should().Contain(
            "in.xlsx[Data](2147483647,0): the row numbered 2147483647 is outside 1–1,048,576 or does not follow row 1, so it was not read; save the workbook again from Excel.");
    }

    [Fact]
    public void ReadXlsx_RowsOutOfRangeOrOrder_AreEachAProblemAndTheGoodRowsAreRead()
    {
        var batch = Read(Header + """<row r="0"><c t="inlineStr"><is><t>zero</t></is></c></row>""" + GoodRow(3)
            + """<row r="2"><c t="inlineStr"><is><t>back</t></is></c></row>""");

        batch.Snapshots.Select(s => s.Id).Should().Equal("ok");
        batch.Errors.Select(e => e.Message).Should().HaveCount(2).And.OnlyContain(m => m.StartsWith("the row numbered ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("x")]
    public void ReadXlsx_RowNumberNoIntegerHolds_IsAProblemNotACrash(string number)
    {
        // Found by the fuzzer: the SDK's typed row index threw past 32 bits.
        var batch = Read(Header + $"""<row r="{number}"><c t="inlineStr"><is><t>far</t></is></c></row>""" + GoodRow(3));

        batch.Snapshots.Select(s => s.Id).Should().Equal("ok");
        batch.Errors.Single().Message.Should().StartWith("the row numbered ");
    }

    [Fact]
    public void ReadXlsx_CellOfAnUnknownType_IsAProblemNotACrash()
    {
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="zz"><v>4</v></c></row>""");

        batch.Errors.Single().Message.Should().StartWith("the cell has the type 'zz', which spreadsheets do not have.");
    }

    [Fact]
    public void ReadXlsx_SharedStringWithoutTheTable_IsAProblemNotACrash()
    {
        // MiniExcel threw NullReferenceException: exit 134, nothing written.
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2"><v>5</v></c></row>""");

        batch.Snapshots.Should().ContainSingle().Which.Indicators["done"].Kind.Should().Be(IndicatorValueKind.Invalid);
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.xlsx[Data](2,2): unit 'a', field 'done': the cell refers to shared string 0, but the workbook has 0; the file is damaged, save it again from Excel. The unit was scored; the criteria using this figure get invalid_data.");
    }

    [Fact]
    public void ReadXlsx_SharedStringOutOfRange_IsAProblemNotAVanishedFigure()
    {
        var strings = """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>a</t></si></sst>""";

        var batch = Read(Header + """<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c><c r="C2"><v>5</v></c></row>""", strings);

        batch.Snapshots.Should().ContainSingle().Which.Id.Should().Be("a");
        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("the cell refers to shared string 7, but the workbook has 1;");
    }

    [Fact]
    public void ReadXlsx_BrokenCellReferences_AreProblemsNamingTheRow()
    {
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C0"><v>4</v></c><c r="1C"><v>5</v></c></row>""");

        batch.Errors.Select(e => e.Message).Should().Equal(
            "a cell has the reference 'C0', which is not a cell of row 2, so it was not read; save the workbook again from Excel.",
            "a cell has the reference '1C', which is not a cell of row 2, so it was not read; save the workbook again from Excel.");
    }

    [Fact]
    public void ReadXlsx_CellColumnGivenTwice_IsAProblemNotASilentOverwrite()
    {
        // B2 then B2 again: the second overwrote the first without a word.
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>4</v></c><c r="B2"><v>9</v></c></row>""");

        batch.Snapshots.Single().Indicators["done"].Should().Be(IndicatorValue.FromNumber(4m));
        batch.Errors.Select(e => e.Message).Should().Equal(
            "the cell 'B2' does not follow column 2 of row 2, so it was not read; save the workbook again from Excel.");
    }

    [Fact]
    public void ReadXlsx_NumberBeyondDecimal_StatesTheLimit()
    {
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>1E+300</v></c></row>""");

        batch.Errors.Single().Message.Should().StartWith("the number 1E+300 is beyond the largest figure that can be read, 79228162514264337593543950335 (about 7.9 × 10^28).");
    }

    [Fact]
    public void ReadXlsx_FormulaWithoutItsValue_IsAProblemNotAnEmptyCell()
    {
        var batch = Read(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><f>C2-1</f></c><c r="C2"><v>5</v></c></row>""");

        batch.Snapshots.Single().Indicators["done"].Kind.Should().Be(IndicatorValueKind.Invalid);
        batch.Errors.Single().Message.Should().StartWith("the cell has a formula but no saved value");
    }

    [Fact]
    public void ReadXlsx_BooleanWrittenTrue_IsYesNotNo()
    {
        var header = Header.Replace("<t>done</t>", "<t>report</t>", StringComparison.Ordinal);

        var batch = Read(header + """<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="b"><v>true</v></c></row>""");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Single().Indicators["report"].Should().Be(IndicatorValue.FromBoolean(true));
    }

    [Fact]
    public void ReadXlsx_StrayCellInTheLastColumn_IsToldAndCostsNoTime()
    {
        // One cell in XFD made MiniExcel build 16,384 keys per row: 50 rows took minutes.
        var rows = string.Concat(Enumerable.Range(2, 50).Select(r => GoodRow(r, "u" + r)));
        var batch = Read(Header.Replace("</row>", """<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>""", StringComparison.Ordinal) + rows);

        batch.Snapshots.Should().HaveCount(50);
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.xlsx[Data](1,16384): a cell in column 16384 is beyond the 1,024 columns read, so it was not read; move the figures to the first columns.");
    }

    [Fact]
    public void ReadXlsx_CellLongerThanASpreadsheetHolds_IsAProblem()
    {
        var batch = Read(Header + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="inlineStr"><is><t>{new string('9', 40_000)}</t></is></c></row>""");

        batch.Errors.Single().Message.Should().StartWith("the cell is 40,000 characters long, more than the 32,767 a spreadsheet cell holds.");
    }

    [Fact]
    public void ReadXlsx_PartOfBillionsOfCharacters_IsRefusedWithTheLimit()
    {
        // A 1.2 MB file whose one inline string is 1.2 G characters ran out of memory. The limit stops it at 100 M.
        using var workbook = Workbook(sheet: writer =>
        {
            writer.Write(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>""");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 110; i++)
            {
                writer.Write(block);
            }

            writer.Write("</t></is></c></row>");
        });

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Select(e => e.Message).Should().Equal(
            "not a readable XLSX workbook: a part of it holds more than 100,000,000 characters, far more than a sheet of units needs. Save it again as .xlsx, or export the sheet as CSV.");
    }

    [Fact]
    public void ReadXlsx_ZipWithoutAWorkbook_SaysItIsNotAReadableWorkbook()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        zip.Position = 0;

        var batch = SnapshotReader.ReadXlsx(zip, "in.xlsx", Mini);

        batch.Errors.Single().Message.Should().StartWith("not a readable XLSX workbook: ").And.NotContain("Sequence contains no elements");
    }

    [Fact]
    public void ReadXlsx_EmptyFirstSheet_NamesTheSheet()
    {
        var batch = Read(string.Empty);

        batch.Errors.Select(e => e.ToString()).Should().Equal("in.xlsx[Data](1,1): the file is empty; the first row must name the columns: id, name and the indicator keys.");
    }

    [Fact]
    public void ReadXlsx_EntitiesInASheet_AreRefusedNotExpanded()
    {
        using var workbook = Workbook(
            w => w.Write(Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>&e;</t></is></c></row>"""),
            doctype: """<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>""");

        var batch = SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Select(e => e.Message).Should().Equal(
            "not a readable XLSX workbook: a part of it declares a DTD (entities), which a workbook never needs and which is refused for safety. Save it again as .xlsx, or export the sheet as CSV.");
    }

    private static SnapshotBatch Read(string rows, string? sharedStrings = null)
    {
        using var workbook = Workbook(writer => writer.Write(rows), sharedStrings);
        return SnapshotReader.ReadXlsx(workbook, "in.xlsx", Mini);
    }

    private static MemoryStream Workbook(Action<StreamWriter> sheet, string? sharedStrings = null, string doctype = "") =>
        WorkbookParts.Workbook(sheet, sharedStrings, doctype);
}
