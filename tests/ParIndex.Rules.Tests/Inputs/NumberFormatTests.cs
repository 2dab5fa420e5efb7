using System.Text;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>How figures written as text are read: by the file's number format, stated or shown by the file, never guessed.</summary>
public class NumberFormatTests
{
    private static readonly RuleSet Mini = Some.Mini;

    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("98,5", 98.5)]
    [InlineData("1.900.000.000", 1_900_000_000)]
    [InlineData("0,500", 0.5)]
    [InlineData("1234,567", 1234.567)]
    public void ReadCsv_VietnameseOnlyFigure_IsReadTheVietnameseWay(string cell, decimal expected)
    {
        var batch = Csv($"id,name,total\nu,U,\"{cell}\"\n");

        batch.Snapshots[0].Indicators["total"].Number.Should().Be(expected);
    }

    [Theory]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("98.5", 98.5)]
    [InlineData("1,900,000,000", 1_900_000_000)]
    [InlineData("0.500", 0.5)]
    [InlineData("1234.567", 1234.567)]
    public void ReadCsv_EnglishOnlyFigure_IsReadTheEnglishWay(string cell, decimal expected)
    {
        var batch = Csv($"id,name,total\nu,U,\"{cell}\"\n");

        batch.Snapshots[0].Indicators["total"].Number.Should().Be(expected);
    }

    [Theory]
    [InlineData("1 234 567", 1_234_567)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("12 345,0", 12345)]
    [InlineData("12 345.0", 12345)]
    public void ReadCsv_SpacesBetweenThousands_AreDropped(string cell, decimal expected)
    {
        var batch = Csv($"id,name,total\nu,U,\"{cell}\"\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[0].Indicators["total"].Number.Should().Be(expected);
    }

    [Theory]
    [InlineData("12 34")]
    [InlineData("95 0")]
    [InlineData("1 2345")]
    public void ReadCsv_SpacesThatAreNotThousands_AreNotANumber(string cell)
    {
        // Two figures typed into one cell were read as one: "12 34" was 1234.
        var batch = Csv($"id,name,total\nu,U,\"{cell}\"\n");

        batch.Snapshots[0].Indicators["total"].Kind.Should().Be(IndicatorValueKind.Invalid);
        batch.Errors.Should().ContainSingle();
    }

    [Fact]
    public void ReadCsv_AmbiguousFiguresInAVietnameseFile_AreThousands()
    {
        // The export: 1.200.000 shows dots between thousands, so 950.000 is nine hundred fifty thousand, not 950.
        var batch = Csv("id;name;total;done\na;A;1.200.000;950.000\nb;B;2.000;1.900\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Select(s => (s.Indicators["total"].Number, s.Indicators["done"].Number))
            .Should().Equal((1_200_000m, 950_000m), (2_000m, 1_900m));
    }

    [Fact]
    public void ReadCsv_AmbiguousFigureInAnEnglishFile_IsAThousandsComma()
    {
        // 12,345,678 shows commas between thousands, so 1,000 is a thousand (read as 1 it would pass 1 of 1 on time).
        var batch = Csv("id,name,total,done\na,A,\"12,345,678\",1\nb,B,\"1,000\",1\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[1].Indicators["total"].Number.Should().Be(1000m);
    }

    [Fact]
    public void ReadCsv_AmbiguousFigureWithNothingToGoOn_IsAnInputProblemNamingTheCell()
    {
        var batch = Csv("id,name,total,done\na,A,950.000,4\n");

        batch.Errors.Should().ContainSingle().Which.ToString().Should().Be(
            "in.csv(2,3): unit 'a', field 'total': '950.000' is 950000 read the Vietnamese way and 950 read the English way, and no other figure of the file shows which; "
            + "write it without separators, or state the file's number format (--number-format vi or en). The unit was scored; the criteria using this figure get invalid_data.");
        batch.Snapshots[0].Indicators["total"].Kind.Should().Be(IndicatorValueKind.Invalid, "an unread figure never becomes a number");
        batch.Snapshots[0].Indicators["done"].Number.Should().Be(4m);
    }

    [Fact]
    public void ReadCsv_AmbiguousFigureInAFileWritingBothWays_SaysSoWithExamples()
    {
        var batch = Csv("id;name;total;done;late\na;A;1.234,5;\"98.5\";2.127\n");

        batch.Errors.Should().ContainSingle(e => e.Field == "late").Which.Message.Should().StartWith(
            "'2.127' is 2127 read the Vietnamese way and 2.127 read the English way, and the file writes numbers both ways ('1.234,5', '98.5');");
    }

    [Theory]
    [InlineData(NumberFormat.Vi, "950.000", 950_000)]
    [InlineData(NumberFormat.En, "950.000", 950)]
    [InlineData(NumberFormat.Vi, "1,000", 1)]
    [InlineData(NumberFormat.En, "1,000", 1000)]
    public void ReadCsv_StatedFormat_ReadsAmbiguousFiguresThatWay(NumberFormat format, string cell, decimal expected)
    {
        var batch = SnapshotReader.ReadCsv(new StringReader($"id,name,late\nu,U,\"{cell}\"\n"), "in.csv", Mini, new InputOptions { NumberFormat = format });

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[0].Indicators["late"].Number.Should().Be(expected);
    }

    [Fact]
    public void ReadCsv_FigureContradictingTheStatedFormat_IsAnInputProblem()
    {
        var batch = SnapshotReader.ReadCsv(new StringReader("id,name,late\nu,U,\"98.5\"\n"), "in.csv", Mini, new InputOptions { NumberFormat = NumberFormat.Vi });

        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith(
            "'98.5' is written the English way (commas between thousands, a decimal point), but the numbers are read the Vietnamese way (--number-format vi);");
    }

    [Theory]
    [InlineData("có", true)]
    [InlineData("Không", false)]
    [InlineData("TRUE", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    public void ReadCsv_YesNoColumn_AcceptsEveryDocumentedSpelling(string cell, bool expected)
    {
        var batch = Csv($"id,name,report\nu,U,{cell}\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[0].Indicators["report"].Should().Be(IndicatorValue.FromBoolean(expected));
    }

    [Fact]
    public void ReadCsv_EmptyYesNoCell_IsNotReportedNeverNo()
    {
        var batch = Csv("id,name,report,done\nu,U,,3\n");

        batch.Snapshots[0].Indicators.Should().NotContainKey("report");
    }

    [Fact]
    public void ReadCsv_OneInACountColumn_StaysTheNumberOne()
    {
        var batch = Csv("id,name,done,total\nu,U,1,0\n");

        batch.Snapshots[0].Indicators["done"].Should().Be(IndicatorValue.FromNumber(1m), "1 and 0 are yes and no only in a yes/no column");
    }

    [Fact]
    public void ReadCsv_UpperCaseHeaders_MatchTheKeys()
    {
        var batch = Csv("ID,NAME,DONE,Total\nu,U,3,5\n");

        batch.Warnings.Should().BeEmpty();
        batch.Snapshots[0].Indicators.Keys.Should().BeEquivalentTo(["done", "total"]);
    }

    [Fact]
    public void ReadCsv_VietnameseTitlesAsHeaders_MatchTheirIndicators()
    {
        // The mini catalogue's titles: done is "Số việc đã xong", total "Tổng số việc".
        var batch = Csv("id,name,Số việc đã xong,  tổng số   VIỆC \nu,U,3,5\n");

        batch.Warnings.Should().BeEmpty();
        (batch.Snapshots[0].Indicators["done"].Number, batch.Snapshots[0].Indicators["total"].Number).Should().Be((3m, 5m));
    }

    [Fact]
    public void ReadFile_Windows1258Csv_IsRefusedWithItsLineUnlessItsEncodingIsGiven()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1258 = Encoding.GetEncoding(1258);
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        // Windows-1258 writes a tone as a combining mark after its letter, so the text is decomposed first.
        File.WriteAllBytes(path, windows1258.GetBytes("id,name,done\nban-dat,Bàn Đạt,3\n".Normalize(NormalizationForm.FormD)));

        var refused = SnapshotReader.ReadFile(path, Mini);
        var declared = SnapshotReader.ReadFile(path, Mini, new InputOptions { Encoding = windows1258 });

        refused.Snapshots.Should().BeEmpty("names read as UTF-8 would come out garbled");
        refused.Errors.Should().ContainSingle().Which.Line.Should().Be(2, "the first line is plain ASCII; 'Bàn Đạt' is on line 2");
        refused.Errors[0].Message.Should().Contain("--encoding windows-1258");
        declared.Errors.Should().BeEmpty();
        declared.Snapshots[0].Name.Should().Be("Bàn Đạt", "names are composed again (NFC), as Vietnamese text is compared and shown");
    }

    [Fact]
    public void Read_WholeNumberPast64Bits_IsReadAlikeFromJsonAndCsv()
    {
        // 2^63 = 9223372036854775808 fits decimal; 10^29 does not (decimal's largest is about 7.9 × 10^28).
        var json = SnapshotReader.ReadJson(new StringReader("""{ "units": [ { "id": "u", "indicators": { "total": 9223372036854775808, "late": 100000000000000000000000000000 } } ] }"""), "in.json", Mini);
        var csv = Csv("id,name,total,late\nu,U,9223372036854775808,100000000000000000000000000000\n");

        foreach (var batch in new[] { json, csv })
        {
            batch.Snapshots[0].Indicators["total"].Number.Should().Be(9_223_372_036_854_775_808m);
            batch.Errors.Should().ContainSingle().Which.Message.Should().Be(
                "'late' (100000000000000000000000000000) is beyond the largest figure that can be read, 79228162514264337593543950335 (about 7.9 × 10^28). The unit was scored; the criteria using this figure get invalid_data.");
        }
    }

    private static SnapshotBatch Csv(string text) => SnapshotReader.ReadCsv(new StringReader(text), "in.csv", Mini);
}
