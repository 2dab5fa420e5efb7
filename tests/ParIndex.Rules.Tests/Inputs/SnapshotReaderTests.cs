using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

public class SnapshotReaderTests
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
    public void ReadCsv_ClaimColumns_CarryTheUnitsOwnPoints()
    {
        // claim:3 and "Tự chấm: 1" are claim columns; claim:33 names no criterion. b claims 4 on criterion 3, whose maximum is 3.
        var batch = Csv("id,satisfied,answers,claim:3,Tự chấm: 1,claim:33\na,72,100,3,,1\nb,95,100,4,2.5,\n");

        batch.Warnings.Should().BeEmpty();
        batch.Snapshots.Select(s => s.SelfAssessment?.ToDictionary(c => c.Key, c => c.Value.Points)).Should().BeEquivalentTo(new[]
        {
            new Dictionary<string, decimal> { ["3"] = 3m },
            new Dictionary<string, decimal> { ["1"] = 2.5m },
        });
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,6): field 'claim:33': '33' is not a criterion of 'mini'; did you mean '3'? The claim column was not read.",
            "in.csv(3,4): unit 'b', field 'selfAssessment.3.points': the claimed points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 4. The claim was not applied.");
    }

    [Fact]
    public void ReadCsv_SameCriterionClaimedInTwoColumns_ReadsTheFirstAndSaysSo()
    {
        // The second column silently overwrote the first.
        var batch = Csv("id,claim:3,claim: 3\na,2,3\n");

        batch.Snapshots.Single().SelfAssessment!["3"].Points.Should().Be(2m);
        batch.Errors.Select(e => e.ToString()).Should().Equal(
            "in.csv(1,3): field 'claim: 3': the column 'claim: 3' appears twice, as columns 2 and 3; only column 2 was read. Keep one.");
    }

    [Fact]
    public void ReadCsv_ClaimWithADecimalComma_ShowsHowTheFileWritesNumbers()
    {
        // '2,5' can only be Vietnamese, so the file writes thousands with dots and '1.000' is a thousand.
        var batch = Csv("id;done;claim:3\na;1.000;2,5\n");

        batch.Errors.Should().BeEmpty();
        batch.Snapshots.Single().Indicators["done"].Should().Be(IndicatorValue.FromNumber(1000m));
        batch.Snapshots.Single().SelfAssessment!["3"].Points.Should().Be(2.5m);
    }

    [Fact]
    public void ReadCsv_TypeColumn_IsTheUnitsPeerGroupInAnyCase()
    {
        var batch = Csv("id,name,TYPE,done\na,A,xa,1\nb,B,,2\n");

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Should().BeEmpty();
        batch.Snapshots.Select(s => (s.Id, s.Type)).Should().Equal(("a", "xa"), ("b", (string?)null));
    }

    [Fact]
    public void ReadJson_SelfAssessment_IsComparedWithThePointsTheFiguresEarn()
    {
        // Criterion 3: 72 of 100 satisfied earns 3 × 72 / 90 = 2.4; the claim of 3 is 0.6 over, with no evidence.
        // Criterion 1: 5 of 5 done earns its 4; the claim of 4 with a document is neither over nor unsupported.
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100, "done": 5, "total": 5 },
              "selfAssessment": {
                "3": { "points": 3 },
                "1": { "points": 4, "evidence": [ { "document": "Báo cáo 15/BC-UBND", "date": "2025-12-20", "location": "mục 3, tr. 4" } ] } } } ] }
            """);

        var card = Scorer.Compile(Mini).Score(batch.Snapshots.Single());

        batch.Errors.Should().BeEmpty();
        var three = card.Criterion("3");
        (three.Points, three.Discrepancy, three.OverClaimed, three.EvidenceMissing).Should().Be((2.4m, 0.6m, true, true));
        var one = card.Criterion("1");
        (one.Points, one.Discrepancy, one.OverClaimed, one.EvidenceMissing).Should().Be((4m, 0m, false, false));
        one.Claim!.Evidence.Should().Equal(new Evidence("Báo cáo 15/BC-UBND", new DateOnly(2025, 12, 20), "mục 3, tr. 4"));
        card.Criterion("2").Claim.Should().BeNull();
        card.ClaimedTotal.Should().Be(7m);
    }

    [Fact]
    public void ReadJson_BadClaims_AreProblemsNamingUnitAndCriterionAndAreNotApplied()
    {
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "done": 1 },
              "selfAssessment": { "33": { "points": 1 }, "3": { "points": 5 }, "2": { "points": 1.234 }, "1": { "points": 1, "evidence": [ { "date": "2025-12-20" } ] } } } ] }
            """);

        batch.Snapshots.Single().SelfAssessment.Should().BeEmpty();
        batch.Errors.Select(e => (e.UnitId, e.Field)).Should().Equal(
            ("a", "selfAssessment.33"), ("a", "selfAssessment.3.points"), ("a", "selfAssessment.2.points"), ("a", "selfAssessment.1.evidence"));
        batch.Errors[0].Message.Should().Be("'33' is not a criterion of 'mini'; did you mean '3'? The claim was not applied.");
        batch.Errors[1].Message.Should().Be("the claimed points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 5. The claim was not applied.");
    }

    [Fact]
    public void ReadJson_Appraisal_TheLatestRoundsPointsAreFinalAndTheFiguresAreKept()
    {
        // Criterion 3 at 72 of 100 satisfied computes 3 × 72 / 90 = 2.4 (fail). The council gives 2 in round 1 and,
        // after the unit's explanation, the full 3 in round 2: final 3, pass, and the total 0.6 above the computed one.
        var appraised = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 },
              "appraisal": { "3": [ { "round": 2, "points": 3, "reason": "Đã giải trình", "by": "Sở Nội vụ" },
                                    { "round": 1, "points": 2, "reason": "Tỷ lệ hài lòng 72%" } ] } } ] }
            """);
        var plain = Json("""{ "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 } } ] }""");
        var scorer = Scorer.Compile(Mini);

        var card = scorer.Score(appraised.Snapshots.Single());
        var computed = scorer.Score(plain.Snapshots.Single());

        appraised.Errors.Should().BeEmpty();
        var three = card.Criterion("3");
        (three.Status, three.Points, three.AppraisedPoints, three.ComputedStatus, three.ComputedPoints).Should().Be((CriterionStatus.Pass, 3m, 3m, CriterionStatus.Fail, 2.4m));
        three.Appraisal.Select(r => r.Round).Should().Equal(2, 1);
        card.Total.Should().Be(computed.Total + 0.6m);
    }

    [Fact]
    public void ReadJson_AppraisalRoundPast64Bits_IsAProblemNotACrash()
    {
        // Value<long>() threw OverflowException on a round of 20 digits, and the whole run ended with exit 134.
        var batch = Json("""{ "units": [ { "id": "a", "indicators": {}, "appraisal": { "3": [ { "round": 99999999999999999999, "points": 1, "reason": "r" } ] } }, { "id": "b", "indicators": {} } ] }""");

        batch.Snapshots.Select(s => s.Id).Should().Equal("a", "b");
        batch.Errors.Single().Message.Should().Be("the round must be a whole number from 1 to 2,147,483,647; this round was not applied.");
    }

    [Fact]
    public void ReadJson_AppraisalBelowTheMaximum_FailsWithTheCouncilsReasonInTheHint()
    {
        var batch = Json("""{ "units": [ { "id": "a", "indicators": { "satisfied": 95, "answers": 100 }, "appraisal": { "3": [ { "round": 1, "points": 2.5, "reason": "Thiếu minh chứng" } ] } } ] }""");

        var three = Scorer.Compile(Mini).Score(batch.Snapshots.Single()).Criterion("3");

        (three.Status, three.Points, three.ComputedStatus).Should().Be((CriterionStatus.Fail, 2.5m, CriterionStatus.Pass));
        three.Hint!.Vi.Should().StartWith("Thẩm định vòng 1: 2,5/3 điểm. Thiếu minh chứng");
    }

    [Fact]
    public void ReadJson_BadAppraisalRounds_AreProblemsAndTheGoodRoundsApply()
    {
        var batch = Json("""
            { "units": [ { "id": "a", "indicators": { "satisfied": 72, "answers": 100 },
              "appraisal": { "3": [ { "round": 0, "points": 3, "reason": "r" }, { "round": 1, "points": 2, "reason": "r" }, { "round": 1, "points": 1, "reason": "r" },
                                    { "round": 2, "points": 4, "reason": "r" }, { "round": 3, "points": 1, "reason": " " } ], "9": [] } } ] }
            """);

        batch.Errors.Select(e => e.Message).Should().Equal(
            "the round must be a whole number from 1 to 2,147,483,647; this round was not applied.",
            "round 1 is given twice; this round was not applied.",
            "the appraised points must be a number from 0 to the criterion's 3, with at most 2 decimals, not 4; this round was not applied.",
            "every round needs its \"reason\"; this round was not applied.",
            "'9' is not a criterion of 'mini'; did you mean '1'? The appraisal was not applied.");
        batch.Snapshots.Single().Appraisal!["3"].Should().Equal(new AppraisalRound(1, 2m, "r"));
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
