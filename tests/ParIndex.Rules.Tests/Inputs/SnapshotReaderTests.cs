using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

public partial class SnapshotReaderTests
{
    private static readonly RuleSet Mini = Some.Mini;

    [Fact]
    public void ReadJson_Batch_ReadsUnitsInOrderWithPeriod()
    {
        var batch = Json("""
            { "period": "2025", "units": [
              { "id": "a", "name": "Đào Xá", "indicators": { "done": 5, "total": 5, "report": true } },
              { "id": "b", "name": "Úc Kỳ", "indicators": { "done": 4.0, "total": 5 } } ] }
            """);

        batch.Errors.Should().BeEmpty();
        batch.Period.Should().Be("2025");
        batch.Snapshots.Select(s => (s.Id, s.Name, s.Period)).Should().Equal(("a", "Đào Xá", "2025"), ("b", "Úc Kỳ", "2025"));
        batch.Snapshots[0].Indicators["report"].Should().Be(IndicatorValue.FromBoolean(true));
        batch.Snapshots[1].Indicators["done"].Should().Be(IndicatorValue.FromNumber(4m));
    }

    [Fact]
    public void ReadJson_SingleUnitObject_IsOneSnapshot()
    {
        var batch = Json("""{ "id": "a", "name": "A", "period": "2025", "indicators": { "done": 1 } }""");

        batch.Snapshots.Should().ContainSingle().Which.Period.Should().Be("2025");
    }

    [Fact]
    public void ReadJson_NullValue_IsTreatedAsNotReported()
    {
        var batch = Json("""{ "units": [ { "id": "a", "name": "A", "indicators": { "done": null, "total": 5 } } ] }""");

        batch.Snapshots[0].Indicators.Should().NotContainKey("done");
    }

    [Fact]
    public void ReadJson_DuplicateId_KeepsTheFirstAndNamesBothLines()
    {
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"indicators\": { \"done\": 1 } },\n{ \"id\": \"a\", \"indicators\": { \"done\": 2 } } ] }");

        batch.Snapshots.Should().ContainSingle().Which.Indicators["done"].Should().Be(IndicatorValue.FromNumber(1m));
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.json(3,1): unit 'a', field 'id': the id is already used on line 2; ids must be unique. This unit was not scored, the first one was.");
    }

    [Fact]
    public void ReadJson_UnknownIndicator_WarnsWithSuggestion()
    {
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"indicators\": { \"dne\": 1 } } ] }");

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Select(w => w.ToString()).Should().Equal(
            "in.json(2,35): unit 'a', field 'dne': unknown indicator; did you mean 'done'? It is not in the catalogue of 'mini' and was ignored.");
    }

    [Fact]
    public void ReadJson_ImpossibleValue_KeepsTheUnitAndReportsTheField()
    {
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"indicators\": { \"done\": \"năm\", \"total\": -1 } } ] }");

        batch.Snapshots.Should().ContainSingle();
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.json(2,1): unit 'a', field 'done': 'done' must be a number, not \"năm\". The unit was scored; the criteria using this figure get invalid_data.",
            "in.json(2,1): unit 'a', field 'total': 'total' is negative (-1); counts and amounts are never below 0. The unit was scored; the criteria using this figure get invalid_data.");
    }

    [Fact]
    public void ReadJson_UnitWithoutId_IsAnErrorAndNotScored()
    {
        var batch = Json("{ \"units\": [\n{ \"name\": \"A\", \"indicators\": { \"done\": 1 } } ] }");

        batch.Snapshots.Should().BeEmpty();
        batch.Errors.Select(e => e.ToString()).Should().Equal("in.json(2,1): field 'id': the unit has no id; give every unit a unique id. The unit was not scored.");
    }

    [Fact]
    public void ReadJson_Truncated_KeepsTheUnitsBeforeAndReportsWhere()
    {
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"indicators\": { \"done\": 1 } },\n{ \"id\": \"b\", \"indicators\": { \"done\": ");

        batch.Snapshots.Select(s => s.Id).Should().Equal(["a"], "units are read one at a time, and the first one was whole");
        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("malformed JSON:").And.EndWith("The units before this point were read; fix the file and run again for the rest.");
    }

    [Fact]
    public void ReadJson_CutShortBetweenUnits_KeepsTheUnitsAndSaysTheFileLooksCutShort()
    {
        // The reader takes the end of the text for the end of the document: without this check a copy that
        // stopped between two units would pass for a complete district.
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"indicators\": { \"done\": 1 } },\n");

        batch.Snapshots.Select(s => s.Id).Should().Equal("a");
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.json(3,0): the file ends before its JSON is closed (a ] or } is missing): it looks cut short. The units complete before this point were read; check that the file is whole and run again.");
    }

    [Theory]
    [InlineData("{ \"units\": [ { \"id\": \"a\", \"indicators\": { \"done\": 1 } } ] ")]
    [InlineData("{ \"period\": \"2025\", \"units\": [")]
    [InlineData("{ \"id\": \"a\", \"indicators\": { \"done\": 1 } ")]
    public void ReadJson_CutShortAnywhereOutsideAUnit_IsAnError(string text)
    {
        var batch = Json(text);

        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith("the file ends before its JSON is closed");
    }

    [Theory]
    [InlineData("1.23457E+11")]
    [InlineData("1e28")]
    [InlineData("2,5E-3")]
    public void ReadCsv_ScientificNotation_IsRefusedWithWhyAndHow(string figure)
    {
        var batch = Csv($"id,name,done,total\na,A,\"{figure}\",5\n");

        batch.Snapshots[0].Indicators["done"].Kind.Should().Be(IndicatorValueKind.Invalid);
        batch.Errors.Should().ContainSingle().Which.Message.Should().StartWith($"'{figure}' is written in scientific notation, as a spreadsheet writes a number it has shortened, so digits may be lost;");
    }

    [Fact]
    public void ReadJson_ScientificNotation_IsJsonsOwnAndReadExactly()
    {
        var batch = Json("""{ "units": [ { "id": "a", "indicators": { "done": 1e3, "total": 1.5E+3 } } ] }""");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[0].Indicators["done"].Should().Be(IndicatorValue.FromNumber(1000m));
        batch.Snapshots[0].Indicators["total"].Should().Be(IndicatorValue.FromNumber(1500m));
    }

    [Fact]
    public void ToString_Vietnamese_SaysUnitFieldAndMessageInVietnamese()
    {
        var batch = Csv("id,name,done,total\na,A,950.000,5\n");

        batch.Errors.Single().ToString(Language.Vi).Should().Be(
            "in.csv(2,3): đơn vị 'a', trường 'done': '950.000' là 950.000 nếu đọc kiểu Việt Nam và 950 nếu đọc kiểu tiếng Anh, và không số liệu nào khác trong tệp cho biết kiểu nào; hãy viết không có dấu phân cách, hoặc cho biết định dạng số của tệp (--number-format vi hoặc en). Đơn vị vẫn được chấm; các tiêu chí dùng số liệu này nhận invalid_data.");
    }

    [Fact]
    public void ReadJson_Type_IsTheUnitsPeerGroupAndANonStringIsAProblem()
    {
        var batch = Json("{ \"units\": [\n{ \"id\": \"a\", \"type\": \" phuong \", \"indicators\": { \"done\": 1 } },\n{ \"id\": \"b\", \"type\": 5, \"indicators\": { \"done\": 1 } } ] }");

        batch.Snapshots.Select(s => (s.Id, s.Type)).Should().Equal(("a", "phuong"), ("b", (string?)null));
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.json(3,22): unit 'b', field 'type': \"type\" must be a string such as \"xa\" or \"phuong\"; the unit was scored without a type and is ranked overall only.");
    }

    [Fact]
    public void ReadJson_TypeTheManifestDoesNotList_IsAProblemAndTheUnitIsRankedOverallOnly()
    {
        var files = ParIndex.Rules.Tests.RuleFiles.RuleSetLoaderTests.MiniFilesWithUnitTypes(
            "[ { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\" } }, { \"id\": \"phuong\", \"title\": { \"vi\": \"Phường\" } } ]");
        var typed = RuleSetLoader.Load("typed", files);

        var batch = SnapshotReader.ReadJson(new StringReader("{ \"units\": [ { \"id\": \"a\", \"type\": \"phuog\", \"indicators\": { \"done\": 1 } }, { \"id\": \"b\", \"type\": \"xa\", \"indicators\": {} } ] }"), "in.json", typed);

        batch.Snapshots.Select(s => s.Type).Should().Equal(null, "xa");
        batch.Errors.Single().Message.Should().Be("the type 'phuog' is not one of 'mini' (xa = Xã, phuong = Phường); did you mean 'phuong'? The unit was scored and ranked overall only.");
    }

    [Theory]
    [InlineData("Xã", "xa")]
    [InlineData("PHƯỜNG", "phuong")]
    [InlineData("Ward", "phuong")]
    [InlineData("phuong", "phuong")]
    public void ReadCsv_TypeWrittenAsItsTitle_IsTheTypesId(string written, string id)
    {
        // Offices write the words of their forms (Xã, Phường), which are the rule set's own titles.
        var files = ParIndex.Rules.Tests.RuleFiles.RuleSetLoaderTests.MiniFilesWithUnitTypes(
            "[ { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\", \"en\": \"Commune\" } }, { \"id\": \"phuong\", \"title\": { \"vi\": \"Phường\", \"en\": \"Ward\" } } ]");
        var typed = RuleSetLoader.Load("typed", files);

        var batch = SnapshotReader.ReadCsv(new StringReader($"id,type,done\na,{written},1\n"), "in.csv", typed);

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Single().Type.Should().Be(id);
    }

    [Fact]
    public void ReadJson_EmptyUnitsArray_IsAnErrorNotASuccess()
    {
        var batch = Json("{ \"period\": \"2025\",\n  \"units\": [] }");

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.json(2,12): field 'units': the \"units\" array is empty, so no unit was read; put one object per unit in it.");
    }

    [Fact]
    public void ReadCsv_HeaderWithoutRows_IsAnErrorNotASuccess()
    {
        var batch = Csv("Số liệu 2025\nid,name,done\n,,\n\n");

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(2,1): the header has no unit rows below it, so no unit was read; fill in one row per unit under the header.");
    }

    [Fact]
    public void ReadJson_SecondObjectAfterTheFirst_IsAnErrorNotASilentDrop()
    {
        var batch = Json("{ \"units\": [ { \"id\": \"a\", \"indicators\": { \"done\": 1 } } ] }\n{ \"units\": [ { \"id\": \"b\", \"indicators\": { \"done\": 1 } } ] }");

        batch.Snapshots.Select(s => s.Id).Should().Equal("a");
        batch.Errors.Should().ContainSingle().Which.ToString().Should().Be(
            "in.json(2,0): malformed JSON: Additional text encountered after finished reading JSON content: {. The units before this point were read; fix the file and run again for the rest.");
    }

    [Fact]
    public void ReadJson_CommentAfterTheObject_IsFine()
    {
        var batch = Json("{ \"units\": [ { \"id\": \"a\", \"indicators\": { \"done\": 1 } } ] }\n// exported 2025-12-31\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Should().ContainSingle();
    }

    [Fact]
    public void ReadCsv_ColumnTwice_IsAnErrorAndTheFirstColumnIsRead()
    {
        var batch = Csv("id,name,done,total,done\na,A,4,5,1\n");

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,5): field 'done': the column 'done' appears twice, as columns 3 and 5; only column 3 was read. Keep one.");
        batch.Snapshots.Single().Indicators["done"].Should().Be(IndicatorValue.FromNumber(4m));
    }

    [Fact]
    public void ReadCsv_FiguresUnderAnUnnamedColumn_AreAWarningOnce()
    {
        var batch = Csv("id,name,done,,total,\na,A,4,,5,\nb,B,4,7,5,\nc,C,4,8,5,\n");

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Select(w => w.ToString()).Should().Equal(
            "in.csv(3,4): unit 'b': column 4 has no name in the header, so its figures were ignored; write the indicator key at the top of the column.");
    }

    [Fact]
    public void ReadCsv_SemicolonsAndVietnameseYesNo_AreRead()
    {
        // 2.000.000 can be read the Vietnamese way only, so the file writes thousands with dots and 1.234 is 1234.
        var batch = Csv("id;name;done;total;report\na;Đào Xá;4;5;có\nb;Úc Kỳ;1.234;2.000.000;không\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots[0].Indicators["report"].Should().Be(IndicatorValue.FromBoolean(true));
        batch.Snapshots[1].Indicators["total"].Should().Be(IndicatorValue.FromNumber(2_000_000m), "several dots separate thousands");
        batch.Snapshots[1].Indicators["done"].Should().Be(IndicatorValue.FromNumber(1234m), "the rest of the file writes thousands with dots");
        batch.Snapshots[1].Indicators["report"].Should().Be(IndicatorValue.FromBoolean(false));
    }

    [Fact]
    public void ReadCsv_CommasWithBomAndEmptyCell_ReadsEmptyAsNotReported()
    {
        var batch = Csv("\uFEFFid,name,done,total\na,A,,5\n");

        batch.Snapshots.Should().ContainSingle().Which.Indicators.Keys.Should().Equal("total");
    }

    [Fact]
    public void ReadCsv_UnknownColumn_WarnsOnce()
    {
        var batch = Csv("id,name,dne,total\na,A,1,5\nb,B,2,5\n");

        batch.Warnings.Select(w => w.ToString()).Should().Equal(
            "in.csv(1,3): field 'dne': unknown indicator; did you mean 'done'? It is not in the catalogue of 'mini' and was ignored.");
    }

    [Fact]
    public void ReadCsv_UnknownColumnLikeNoKey_IsASentenceWithoutSuggestion()
    {
        var batch = Csv("id,name,quarterlyBudgetNotes\na,A,1\n");

        batch.Warnings.Select(w => w.Message).Should().Equal("unknown indicator. It is not in the catalogue of 'mini' and was ignored.");
    }

    [Fact]
    public void ReadCsv_MoreBadRowsThanAreKept_KeepsTheFirstAndCountsTheRest()
    {
        // 10,005 units each with a negative count: 10,000 problems are kept, the last one counts the other 5.
        var text = new System.Text.StringBuilder("id,done\n");
        for (var i = 0; i < 10_005; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"u{i},-1\n");
        }

        var batch = Csv(text.ToString());

        batch.Snapshots.Should().HaveCount(10_005, "every unit is still scored");
        batch.Errors.Should().HaveCount(10_001);
        batch.Errors[^1].ToString().Should().Be("in.csv(0,0): 5 more problems like these were found and not listed; fix the ones above and read the file again.");
        batch.Errors[^1].MessageIn(Language.Vi).Should().Be("còn 5 lỗi tương tự khác không được liệt kê; hãy sửa các lỗi trên rồi đọc lại tệp.");
    }

    [Fact]
    public void ReadCsv_NameColumnTwice_IsAProblemNotACrash()
    {
        // Found by the fuzzer: a second 'name' column was taken for an indicator and threw.
        var batch = Csv("id;name;done;Name\na;A;4;B\n");

        batch.Snapshots.Single().Name.Should().Be("A");
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,4): field 'Name': the column 'Name' appears twice, as columns 2 and 4; only column 2 was read. Keep one.");
    }

    [Fact]
    public void ReadCsv_DuplicateIdAndShortRow_AreErrorsNamingTheLines()
    {
        var batch = Csv("id,name,done,total\na,A,1,5\na,A2,2,5\nb,B,1\n");

        batch.Snapshots.Select(s => s.Name).Should().Equal("A");
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(3,1): unit 'a', field 'id': the id is already used on line 2; ids must be unique. This unit was not scored, the first one was.",
            "in.csv(4,1): unit 'b': the row has 3 cells but the header has 4; check the separators of this row.");
    }

    [Fact]
    public void ReadCsv_NoIdColumn_IsAnError()
    {
        var batch = Csv("code,name,done\na,A,1\n");

        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,1): field 'id': no header row: none of the first 2 rows has an 'id' column. The header row names the columns: id, name and the indicator keys (up to 10 rows of titles above it are skipped).");
    }

    /// <summary>A source that never ends, like a pipe still being written: reading it whole would never return.</summary>
    private sealed class EndlessReader(string head, Func<int, string> item) : TextReader
    {
        private string _buffer = head;
        private int _position;
        private int _next;

        public override int Peek() => Fill() ? _buffer[_position] : -1;

        public override int Read() => Fill() ? _buffer[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            Fill();
            var n = Math.Min(count, _buffer.Length - _position);
            _buffer.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        private bool Fill()
        {
            if (_position == _buffer.Length)
            {
                _buffer = item(_next++);
                _position = 0;
            }

            return true;
        }
    }

    private static SnapshotBatch Json(string text) => SnapshotReader.ReadJson(new StringReader(text), "in.json", Mini);

    [Fact]
    public void ReadCsv_QuoteNeverClosed_CostsThatRowAloneAndNamesItsLine()
    {
        var batch = Csv("id,name,done,total\na,\"A unclosed,3,5\nb,B,4,5\nc,C,5,5\n");

        batch.Snapshots.Select(s => s.Id).Should().Equal("b", "c");
        batch.Errors.Should().ContainSingle().Which.ToString().Should().StartWith(
            "in.csv(2,1): unit 'a': a quote opened in this row is never closed, so the row cannot be read and the unit was not scored;");
    }

    [Fact]
    public void ReadCsv_NameWithALineBreak_KeepsTheLinesOfTheRowsAfterIt()
    {
        // The name of 'a' spans lines 2 and 3, so 'b' starts on line 4 and its bad figure is reported there.
        var batch = Csv("id,name,done,total\na,\"Đào\nXá\",3,5\nb,B,-1,5\n");

        batch.Snapshots.Should().HaveCount(2);
        batch.Snapshots[0].Name.Should().Be("Đào\nXá");
        batch.Errors.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    private static SnapshotBatch Csv(string text) => SnapshotReader.ReadCsv(new StringReader(text), "in.csv", Mini);

    private static SnapshotBatch Csv(string text, Dictionary<string, string> columns) =>
        SnapshotReader.ReadCsv(new StringReader(text), "in.csv", Mini, new InputOptions { Columns = columns });
}
