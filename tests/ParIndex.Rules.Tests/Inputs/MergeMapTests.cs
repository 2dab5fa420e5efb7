using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Merged communes (assessment model §7): the map, the figures combined by the catalogue's rule, and every way a map can be wrong.</summary>
public class MergeMapTests
{
    private static RuleSet Rules => Some.Commune2025Scorer.RuleSet;

    [Fact]
    public void Apply_ThreePredecessors_SumsTheirCountsAndScoresTheRateOfTheSums()
    {
        // Bàn Đạt 2,121 of 2,127 on time, Đào Xá 1,219 of 1,260, Tân Khánh 1,105 of 1,105 (the sample district):
        // 4,445 of 4,492 = 98.9536…% → 98.95%, which reaches the band from 97 of 3.2.1 but not 99: 6 points.
        // (Averaging the three rates, 99.72, 96.75 and 100, would give 98.82 instead.)
        var batch = Batch(
            Some.Unit("ban-dat", ("dossiersResolved", 2127), ("dossiersResolvedOnTime", 2121)),
            Some.Unit("dao-xa", ("dossiersResolved", 1260), ("dossiersResolvedOnTime", 1219)),
            Some.Unit("tan-khanh", ("dossiersResolved", 1105), ("dossiersResolvedOnTime", 1105)),
            Some.Unit("other", ("dossiersResolved", 10), ("dossiersResolvedOnTime", 10)));
        var map = MergeMap.From([new MergedUnit("xa-tan-khanh", "Xã Tân Khánh", "xa", ["ban-dat", "dao-xa", "tan-khanh"])]);

        var merged = map.Apply(batch, Rules);

        merged.Errors.Should().BeEmpty();
        merged.Snapshots.Select(s => s.Id).Should().Equal("xa-tan-khanh", "other");
        var unit = merged.Snapshots[0];
        (unit.Name, unit.Type, unit.Indicators["dossiersResolved"].Number, unit.Indicators["dossiersResolvedOnTime"].Number).Should().Be(("Xã Tân Khánh", "xa", 4492m, 4445m));
        var criterion = Some.Commune2025Scorer.Score(unit).Criterion("3.2.1");
        (criterion.Parts[0].Value, criterion.Points).Should().Be((98.95m, 6m));
    }

    [Fact]
    public void Apply_YesNo_IsYesOnlyWhenEveryPredecessorSaysYesUnlessTheCatalogueSaysAny()
    {
        var batch = Batch(Some.Unit("a", ("lawMonitoringReportSubmitted", true)), Some.Unit("b", ("lawMonitoringReportSubmitted", false)));
        var map = MergeMap.From([new MergedUnit("ab", "AB", null, ["a", "b"])]);
        var files = BundledRuleSets.Files("commune-2025").Where(f => f.Path != "seal.json").ToList(); // an edited copy is an unsealed draft
        var i = files.FindIndex(f => f.Path == "indicators.json");
        files[i] = files[i] with { Text = files[i].Text.Replace("\"key\": \"lawMonitoringReportSubmitted\",\n      \"type\": \"boolean\",", "\"key\": \"lawMonitoringReportSubmitted\",\n      \"type\": \"boolean\", \"merge\": \"any\",", StringComparison.Ordinal) };
        var any = RuleSetLoader.Load("any", files);

        map.Apply(batch, Rules).Snapshots.Single().Indicators["lawMonitoringReportSubmitted"].Should().Be(IndicatorValue.FromBoolean(false));
        map.Apply(batch, any).Snapshots.Single().Indicators["lawMonitoringReportSubmitted"].Should().Be(IndicatorValue.FromBoolean(true));
    }

    [Fact]
    public void Apply_FigureMissingInOnePredecessorOrInvalidInOne_IsMissingOrInvalid()
    {
        // dossiersResolved: absent in b → absent. proceduresTotal: -3 in a (impossible), absent in b → invalid, which wins.
        var batch = Batch(
            Some.Unit("a", ("dossiersResolved", 100), ("dossiersResolvedOnTime", 99), ("proceduresTotal", -3)),
            Some.Unit("b", ("dossiersResolvedOnTime", 50)));

        var unit = MergeMap.From([new MergedUnit("ab", "AB", null, ["a", "b"])]).Apply(batch, Rules).Snapshots.Single();

        unit.Indicators.Should().NotContainKey("dossiersResolved");
        unit.Indicators["dossiersResolvedOnTime"].Number.Should().Be(149m);
        unit.Indicators["proceduresTotal"].Kind.Should().Be(IndicatorValueKind.Invalid);
        unit.Indicators["proceduresTotal"].Raw.Should().Be("-3 (a)");
        Some.Commune2025Scorer.Score(unit).Criterion("3.2.1").Status.Should().Be(CriterionStatus.MissingData);
    }

    [Fact]
    public void Apply_PredecessorAbsentFromTheInputs_IsAProblemAndThatUnitIsNotFormedButOthersAre()
    {
        var batch = Batch(Some.Unit("a"), Some.Unit("b"), Some.Unit("c"), Some.Unit("d"), Some.Unit("e"));
        var map = MergeMap.From([new MergedUnit("ab", "AB", null, ["a", "b", "bb"]), new MergedUnit("cd", "CD", null, ["c", "d"])]);

        var merged = map.Apply(batch, Rules);

        merged.Snapshots.Select(s => s.Id).Should().Equal("cd", "e");
        merged.Errors.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.UnitId == "ab" && p.Field == "predecessorId");
        merged.Errors[0].Message.Should().StartWith("'bb' is not among the inputs").And.Contain("'ab' was not formed (it would be scored on incomplete sums), nor were its other predecessors scored.");
    }

    [Fact]
    public void ReadCsv_PredecessorUnderTwoNewUnits_NeitherIsFormed()
    {
        var map = MergeMap.ReadCsv(new StringReader("newId,newName,type,predecessorId\nx,X,xa,a\nx,X,xa,b\ny,Y,xa,b\ny,Y,xa,c\nz,Z,xa,d\n"), "map.csv");
        var batch = Batch(Some.Unit("a"), Some.Unit("b"), Some.Unit("c"), Some.Unit("d"));

        var merged = map.Apply(batch, Rules);

        map.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.UnitId == "b" && p.Line == 4 && p.Source == "map.csv");
        map.Problems[0].Message.Should().Be("'b' is listed under both 'x' and 'y'; a unit merges into one new unit. Neither was formed.");
        merged.Snapshots.Select(s => s.Id).Should().Equal("z");
        merged.Errors.Should().Equal(map.Problems);
    }

    [Theory]
    [InlineData("newId,newName,type,predecessorId\nx,X,xa,a\nx,Y,xa,b\n", 3, "newName", "the new unit's name differs from line 2; write it the same on every row. The unit was not formed.")]
    [InlineData("newId,newName,type,predecessorId\nx,X,xa,a\nx,X,phuong,b\n", 3, "type", "the new unit's type differs from line 2; write it the same on every row. The unit was not formed.")]
    [InlineData("newId,newName,type,predecessorId\nx,X,xa,\n", 2, "predecessorId", "every row needs a newId and a predecessorId; the row was not read.")]
    [InlineData("newId;newName;type;predecessorId\nx;X;xa;a\nx;X;xa;a\n", 2, "predecessorId", "'a' is listed twice under 'x'; list each predecessor once. 'x' was not formed.")]
    [InlineData("id,name,predecessor\nx,X,a\n", 1, null, "the merge map has no column newId, newName, predecessorId; its header row is newId,newName,type,predecessorId (type may be left out).")]
    public void ReadCsv_BadMap_TellsTheRowAndDoesNotFormTheUnit(string text, int line, string? field, string message)
    {
        var map = MergeMap.ReadCsv(new StringReader(text), "map.csv");

        map.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.Line == line && p.Field == field && p.Message == message);
        map.Problems[0].MessageIn(Language.Vi).Should().NotBeNullOrEmpty();
        map.Apply(Batch(Some.Unit("a"), Some.Unit("b")), Rules).Snapshots.Select(s => s.Id).Should().NotContain("x");
    }

    [Fact]
    public void Apply_NewUnitTypedByItsTitle_GetsTheTypesId()
    {
        // A merge map read from the province's decision writes "Đặc khu", the rule set's title for dac-khu.
        var merged = MergeMap.From([new MergedUnit("ab", "AB", "Đặc khu", ["a", "b"])]).Apply(Batch(Some.Unit("a"), Some.Unit("b")), Rules);

        merged.Errors.Should().BeEmpty();
        merged.Snapshots.Single().Type.Should().Be("dac-khu");
    }

    [Fact]
    public void Apply_NewUnitOfATypeTheRuleSetDoesNotList_IsFormedWithoutItAndTold()
    {
        var merged = MergeMap.From([new MergedUnit("ab", "AB", "phuog", ["a", "b"])]).Apply(Batch(Some.Unit("a"), Some.Unit("b")), Rules);

        merged.Snapshots.Single().Type.Should().BeNull();
        merged.Errors.Single().Message.Should().StartWith("the type 'phuog' is not one of 'commune-2025' (xa = Xã, phuong = Phường, thi-tran = Thị trấn, dac-khu = Đặc khu); did you mean 'phuong'?");
    }

    [Fact]
    public void Apply_NewIdOfAUnitLeftAsItWas_IsAProblem()
    {
        var merged = MergeMap.From([new MergedUnit("c", "C", null, ["a", "b"])]).Apply(Batch(Some.Unit("a"), Some.Unit("b"), Some.Unit("c")), Rules);

        merged.Snapshots.Select(s => s.Id).Should().Equal("c");
        merged.Errors.Single().Message.Should().StartWith("'c' is already the id of a unit the map leaves as it was");
    }

    [Fact]
    public void Apply_TwoUnitsSwappingIds_IsAProblemAndNeitherIsFormed()
    {
        // a ← b and b ← a: scored, "a" would carry b's figures and be compared with a's last year, in silence.
        var map = MergeMap.From([new MergedUnit("a", "A", null, ["b"]), new MergedUnit("b", "B", null, ["a"])]);

        var merged = map.Apply(Batch(Some.Unit("a"), Some.Unit("b"), Some.Unit("c")), Rules);

        merged.Snapshots.Select(s => s.Id).Should().Equal("c");
        merged.Errors.Select(e => (e.UnitId, e.Field)).Should().Equal(("a", "newId"), ("b", "newId"));
        merged.Errors[0].Message.Should().StartWith("'a' is the id of a predecessor of 'b', another new unit;");
    }

    [Fact]
    public void ReadCsv_MoreBadRowsThanAreKept_KeepsTheFirstAndCountsTheRest()
    {
        // A million bad rows printed 275 MB of problems: the map keeps 10,000, as the unit readers do, and counts the rest.
        var rows = string.Concat(Enumerable.Range(0, 10_050).Select(i => $"n{i},N,xa,\n"));

        var map = MergeMap.ReadCsv(new StringReader("newId,newName,type,predecessorId\n" + rows), "map.csv");

        map.Problems.Should().HaveCount(10_001);
        map.Problems[^1].Message.Should().StartWith("50 more problems like these were found and not listed");
    }

    [Fact]
    public void Apply_NewUnitKeepingItsOwnPredecessorsId_IsFormed()
    {
        var merged = MergeMap.From([new MergedUnit("a", "A", null, ["a", "b"])]).Apply(Batch(Some.Unit("a"), Some.Unit("b")), Rules);

        merged.Errors.Should().BeEmpty();
        merged.Snapshots.Select(s => s.Id).Should().Equal("a");
    }

    [Fact]
    public void ReadJson_Map_ReadsUnitsAndTellsABadOne()
    {
        var map = MergeMap.ReadJson(new StringReader("""
            { "units": [ { "id": "ab", "name": "Xã AB", "type": "xa", "predecessors": ["a", "b"] },
                         { "id": "cd", "predecessors": [] } ] }
            """), "map.json");

        map.Units.Should().ContainSingle().Which.Should().Match<MergedUnit>(u => u.Id == "ab" && u.Name == "Xã AB" && u.Type == "xa" && u.Predecessors.SequenceEqual(new[] { "a", "b" }));
        map.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.UnitId == "cd" && p.Line == 2 && p.Field == "predecessors");
    }

    [Fact]
    public void ReadFile_MapNotInUtf8_IsOneProblemAndMergesNothing()
    {
        // "Xã" in Windows-1258: the byte 0xE3 for "ã" is not UTF-8 on its own.
        var path = Path.Combine(Path.GetTempPath(), $"map-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. "newId,newName,type,predecessorId\nx,X"u8, 0xE3, .. ",xa,a\n"u8]);

        var map = MergeMap.ReadFile(path);

        map.Units.Should().BeEmpty();
        map.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the merge map is not UTF-8 text");
    }

    [Fact]
    public void ReadJson_NameThatIsNotText_IsAProblemNotAGuess()
    {
        var map = MergeMap.ReadJson(new StringReader("""{ "units": [ { "id": "ab", "name": 5, "predecessors": ["a", "b"] } ] }"""), "map.json");

        map.Units.Should().BeEmpty();
        map.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.UnitId == "ab" && p.Field == "name");
    }

    [Fact]
    public void ReadFile_SampleMap_FormsSixCommunesFromTheTwentyUnits()
    {
        var map = MergeMap.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-merge-2025.csv"));
        var batch = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), Rules);

        var merged = map.Apply(batch, Rules);

        map.Problems.Should().BeEmpty();
        merged.Errors.Should().BeEmpty();
        merged.Snapshots.Should().HaveCount(6);
        merged.Snapshots.SelectMany(s => map.Units.Single(u => u.Id == s.Id).Predecessors).Should().BeEquivalentTo(batch.Snapshots.Select(s => s.Id));
        merged.Warnings.Select(w => w.UnitId).Should().Contain("xa-tan-khanh", "Bàn Đạt's and Đào Xá's claims are not carried to the new commune");
    }

    [Theory]
    [InlineData("\"type\": \"boolean\",", "\"type\": \"boolean\", \"merge\": \"sum\",", "a yes/no indicator cannot be summed")]
    [InlineData("\"type\": \"count\",", "\"type\": \"count\", \"merge\": \"any\",", "a count is merged by summing; \"any\" is for a yes/no.")]
    public void Load_MergeRuleThatDoesNotFitTheType_IsARuleProblem(string from, string to, string expected)
    {
        var files = BundledRuleSets.Files("commune-2025").Where(f => f.Path != "seal.json").ToList(); // an edited copy is an unsealed draft
        var i = files.FindIndex(f => f.Path == "indicators.json");
        var at = files[i].Text.IndexOf(from, StringComparison.Ordinal);
        files[i] = files[i] with { Text = files[i].Text[..at] + to + files[i].Text[(at + from.Length)..] };

        var act = () => RuleSetLoader.Load("merge", files);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain(expected);
    }

    private static SnapshotBatch Batch(params IndicatorSnapshot[] units) => new(null, units, [], []);
}
