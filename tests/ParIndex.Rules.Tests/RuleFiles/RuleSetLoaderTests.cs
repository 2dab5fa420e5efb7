using System.Reflection;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class RuleSetLoaderTests
{
    [Fact]
    public void LoadFolder_ShippedCommune2025_Has31CriteriaWorth100Points()
    {
        var ruleSet = RuleSetLoader.LoadFolder(Some.RuleSetFolder("commune-2025"));

        ruleSet.Id.Should().Be("commune-2025");
        ruleSet.Criteria.Should().HaveCount(31);
        ruleSet.Criteria.Sum(c => c.MaxPoints).Should().Be(100m);
        ruleSet.Areas.Select(a => (a.Id, a.MaxPoints)).Should().Equal(
            ("I", 12m), ("II", 6m), ("III", 24m), ("IV", 4m), ("V", 8m), ("VII", 26m), ("VIII", 20m));
        ruleSet.Criteria.Select(c => c.Id).Should().StartWith(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1.1", "2.1.2", "3.1.1"]);
        ruleSet.Criteria.Single(c => c.Id == "6.2.1").Area.Should().Be("V", "the plan lists 6.2.1 under area V");
    }

    [Fact]
    public void LoadFolder_ShippedCommune2025_KeepsVietnameseDiacritics()
    {
        var ruleSet = RuleSetLoader.LoadFolder(Some.RuleSetFolder("commune-2025"));

        var onTime = ruleSet.Criteria.Single(c => c.Id == "3.2.1");
        onTime.Title.Vi.Should().Be("Tỷ lệ hồ sơ đúng hạn do UBND cấp xã tiếp nhận, giải quyết");
        onTime.Lead.Should().Be("Các cán bộ, công chức chuyên môn");
        onTime.Support.Should().Be("Công chức Văn Phòng – Thống kê");
        ruleSet.Criteria.Single(c => c.Id == "7.3.2").Deadline.Text.Vi.Should().Be("Quý III năm 2025");
        ruleSet.Classification.Select(b => b.Name).Should().Equal("Rất tốt", "Tốt", "Khá", "Trung bình", "Yếu");
    }

    [Fact]
    public void LoadFolder_MiniRuleSet_ReadsPartsScalesAndCases()
    {
        var ruleSet = RuleSetLoader.LoadFolder(Some.TestData("mini"));

        var twoParts = ruleSet.Criteria[1];
        twoParts.Parts.Select(p => (p.Id, p.MaxPoints)).Should().Equal(("a", 1m), ("b", 2m));
        twoParts.Parts[1].ZeroDenominator.Should().Be(ZeroDenominatorPolicy.NotApplicable);
        twoParts.Parts[1].Scale.PointsPerEvent.Should().Be(0.5m);
        ruleSet.Criteria[0].Parts[0].ZeroDenominator.Should().Be(ZeroDenominatorPolicy.MissingData, "a rate defaults to missing data");
        ruleSet.Criteria[0].Cases.Single().Source.ToString().Should().Be("criteria/a.json(20,18)");
    }

    [Fact]
    public void LoadFolder_NoSuchFolder_ThrowsDirectoryNotFound()
    {
        var act = () => RuleSetLoader.LoadFolder(Some.TestData("no-such-folder"));

        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*no-such-folder' does not exist*");
    }

    [Fact]
    public void Load_MalformedJson_ReportsFileLineAndColumn()
    {
        var problems = Problems("criteria/a.json", "\"maxPoints\": 4,", "\"maxPoints\": 4");

        problems.Should().Equal(
            "criteria/a.json(12,6): $.criteria[0].maxPoints: malformed JSON: After parsing a value an unexpected character was encountered: \". Fix the syntax at this position.");
    }

    [Fact]
    public void Load_DecimalComma_PointsAtTheNumberInWordsARuleOwnerReads()
    {
        // Issue #27: "99,9" in a rule file got "Invalid JavaScript property identifier character: }". The number starts
        // at column 53 of line 15 of the mini set's criteria/a.json.
        var problems = Problems("criteria/a.json", "\"threshold\": 100 }", "\"threshold\": 99,9 }");

        problems.Should().Equal(
            "criteria/a.json(15,53): $.criteria[0].parts[0].requirement.threshold: the number '99,9' is written with a decimal comma; a rule file writes numbers with a decimal point: 99.9.");
    }

    [Fact]
    public void Load_UnknownProperty_SuggestsTheKnownOne()
    {
        var problems = Problems("criteria/a.json", "\"support\": \"Tư pháp\"", "\"suport\": \"Tư pháp\"");

        problems.Should().Equal(
            "criteria/a.json(4,5): $.criteria[0].support: the required property 'support' is missing; add it.",
            "criteria/a.json(9,15): $.criteria[0].suport: unknown property 'suport'; did you mean 'support'? Remove or rename it.");
    }

    [Fact]
    public void Load_WrongType_SaysWhatWasExpectedAndFound()
    {
        var problems = Problems("criteria/a.json", "\"maxPoints\": 4,", "\"maxPoints\": \"4\",");

        problems.Should().Equal("criteria/a.json(11,22): $.criteria[0].maxPoints: expected a number, found \"4\".");
    }

    [Fact]
    public void Load_OperatorNotAllowed_ListsTheAllowedOnes()
    {
        var problems = Problems("criteria/a.json", "\"op\": \">=\"", "\"op\": \"=>\"");

        problems.Should().Equal("criteria/a.json(15,37): $.criteria[0].parts[0].requirement.op: \"=>\" is not allowed; use one of '>=', '>', '<=', '<', '==', '!='.");
    }

    // Each schema keyword the rule files use, with the position and wording worked out from the fixture.
    // A bad date is reported once, by the reader that parses it, not again by the schema's "format".
    [Theory]
    [InlineData("ruleset.json", "\"version\": \"1.0.0\",\n  ", "",
        "ruleset.json(1,1): $.version: the required property 'version' is missing; add it.")]
    [InlineData("ruleset.json", "\"level\": \"commune\"", "\"level\": \"county\"",
        "ruleset.json(6,19): $.level: \"county\" is not allowed; use one of 'commune', 'district', 'province'.")]
    [InlineData("ruleset.json", "\"minSipas\": 90", "\"minSipas\": 101",
        "ruleset.json(15,45): $.targets.minSipas: 101 is too big; it must be at most 100.")]
    [InlineData("ruleset.json", "\"minTotal\": 0 }", "\"minTotal\": -1 }",
        "ruleset.json(13,35): $.classification[1].minTotal: -1 is too small; it must be at least 0.")]
    [InlineData("ruleset.json", "\"from\": \"2025-01-01\"", "\"from\": \"2025-13-01\"",
        "ruleset.json(5,34): $.period.from: '2025-13-01' is not a date; write it yyyy-MM-dd.")]
    [InlineData("criteria/a.json", "\"value\": { \"rate\"", "\"value\": { \"indicator\": \"done\", \"rate\"",
        "criteria/a.json(14,20): $.criteria[0].parts[0].value: give exactly one of indicator, rate, difference.")]
    [InlineData("criteria/a.json", "\"threshold\": 100 }", "\"threshold\": \"100\" }",
        "criteria/a.json(15,57): $.criteria[0].parts[0].requirement.threshold: expected a number or true/false, found \"100\".")]
    public void Load_SchemaViolation_SaysWhatTheSchemaAsks(string path, string from, string to, string expected)
    {
        var problems = Problems(path, from, to);

        problems.Should().Equal(expected);
    }

    [Theory]
    [InlineData("1.0.0-Thái Nguyên")]
    [InlineData("1.0.0\\nX-Injected: 1")]
    [InlineData("-1.0")]
    public void Load_VersionWithCharactersAPackageVersionCannotHold_IsAProblemAtTheVersion(string version)
    {
        // Issue #25, 5: such a version passed its cases, was swapped in, and every response's header then failed.
        var problems = Problems("ruleset.json", "\"version\": \"1.0.0\"", $"\"version\": \"{version}\"");

        problems.Should().ContainSingle().Which.Should().StartWith("ruleset.json(4,").And.Contain("$.version: the version '").And
            .EndWith("may hold only letters A-Z and a-z, digits, '.', '-' and '+' (like a package version, such as 2025.1.0 or 2025.1.0-thai-nguyen), at most 64 of them.");
    }

    [Fact]
    public void Load_DuplicateCriterionId_NamesBothPlaces()
    {
        var problems = Problems("criteria/a.json", "\"id\": \"3\",", "\"id\": \"2\",");

        problems.Should().Equal("criteria/a.json(51,5): $.criteria: the criterion id '2' is already used at criteria/a.json(22,5); criterion ids must be unique.");
    }

    [Fact]
    public void Load_DuplicateJsonKey_IsReported()
    {
        var problems = Problems("criteria/a.json", "\"id\": \"3\",", "\"id\": \"3\", \"id\": \"4\",");

        problems.Should().Equal("criteria/a.json(52,22): $.criteria[2].id: malformed JSON: Property with the name 'id' already exists in the current JSON object. Fix the syntax at this position.");
    }

    [Fact]
    public void Load_UnknownIndicator_SuggestsTheClosestKey()
    {
        var problems = Problems("criteria/a.json", "\"numerator\": \"done\"", "\"numerator\": \"dne\"");

        problems.Should().Equal("criteria/a.json(14,49): $.criteria[0].parts[0].value.rate.numerator: unknown indicator 'dne'; did you mean 'done'? Add it to indicators.json or fix the key.");
    }

    [Fact]
    public void Load_StepBandsOutOfOrderAndAboveMaximum_ReportsBoth()
    {
        var problems = Problems("criteria/a.json", "{ \"min\": 100, \"points\": 4 }, { \"min\": 80, \"points\": 2 }", "{ \"min\": 80, \"points\": 2 }, { \"min\": 100, \"points\": 5 }");

        problems.Should().Equal(
            "criteria/a.json(16,88): $.criteria[0].parts[0].scale.bands[1].min: the band at 100 is not below the band before it (80); list bands from the highest min down.",
            "criteria/a.json(16,101): $.criteria[0].parts[0].scale.bands[1].points: 5 is more than the part's 4 points; lower it.");
    }

    [Fact]
    public void Load_PartsNotAddingUp_ReportsCriterionAndArea()
    {
        var problems = Problems("criteria/a.json", "\"maxPoints\": 3,\n      \"parts\": [\n        {\n          \"id\": \"a\"", "\"maxPoints\": 4,\n      \"parts\": [\n        {\n          \"id\": \"a\"");

        problems.Should().Equal(
            "criteria/a.json(29,20): $.criteria[1].maxPoints: the parts' maxPoints add up to 3, not the criterion's 4; make them agree.",
            "ruleset.json(9,65): $.areas[0].maxPoints: the criteria of area A (criteria/a.json) add up to 11 points, not the area's 10; make them agree.");
    }

    [Fact]
    public void Load_WholeNumberPast64BitsWithinDecimal_IsReadLikeAnyNumber()
    {
        // 2^63 as the threshold of criterion 2's count of late dossiers: past a 64-bit integer, well within decimal; it
        // used to be refused as "too large". (A rate's threshold must lie between 0 and 100: RateNumbersTests holds that.)
        var files = MiniFiles();
        Replace(files, "criteria/a.json", "\"requirement\": { \"op\": \"<=\", \"threshold\": 0 }", "\"requirement\": { \"op\": \"<=\", \"threshold\": 9223372036854775808 }");

        var ruleSet = RuleSetLoader.Load("test", files);

        ruleSet.Criteria[1].Parts[1].Requirement.Threshold.Should().Be(9_223_372_036_854_775_808m);
    }

    [Fact]
    public void Load_BadReferenceAndWrongSumInOneEdit_ReportsBothAtOnce()
    {
        // Criterion 1 names an unknown indicator, and criterion 3 goes from 3 to 4 points: area A's 4 + 3 + 4 = 11, not 10.
        // Criterion 1 cannot be read, yet its declared 4 points still count towards the sum.
        var files = MiniFiles();
        Replace(files, "criteria/a.json", "\"numerator\": \"done\"", "\"numerator\": \"dne\"");
        Replace(files, "criteria/a.json", "\"deadline\": { \"text\": { \"vi\": \"Trong năm 2025\" } },\n      \"maxPoints\": 3,", "\"deadline\": { \"text\": { \"vi\": \"Trong năm 2025\" } },\n      \"maxPoints\": 4,");

        var problems = Problems(files);

        problems.Should().Equal(
            "criteria/a.json(14,49): $.criteria[0].parts[0].value.rate.numerator: unknown indicator 'dne'; did you mean 'done'? Add it to indicators.json or fix the key.",
            "ruleset.json(9,65): $.areas[0].maxPoints: the criteria of area A (criteria/a.json) add up to 11 points, not the area's 10; make them agree.");
    }

    [Fact]
    public void Load_AreasNotAddingUpToTotal_IsReported()
    {
        var problems = Problems("ruleset.json", "\"totalPoints\": 10", "\"totalPoints\": 12");

        problems.Should().Equal("ruleset.json(7,19): $.totalPoints: the areas add up to 10 points, not the totalPoints 12; make them agree.");
    }

    [Fact]
    public void Load_HintWithoutVietnamese_IsReported()
    {
        var problems = Problems("criteria/a.json", "\"hint\": { \"vi\": \"Tỷ lệ hài lòng {actual} < {required}.\" }", "\"hint\": { \"en\": \"Satisfaction {actual} < {required}.\" }");

        problems.Should().Equal("criteria/a.json(64,19): $.criteria[2].parts[0].hint.vi: the Vietnamese text 'vi' is missing; add it (Vietnamese is required, English optional).");
    }

    [Fact]
    public void Load_UnknownPlaceholder_SuggestsTheKnownOne()
    {
        var problems = Problems("criteria/a.json", "Tỷ lệ hài lòng {actual}", "Tỷ lệ hài lòng {actul}");

        problems.Should().Equal("criteria/a.json(64,64): $.criteria[2].parts[0].hint.vi: unknown placeholder '{actul}'; did you mean 'actual'? Use one of {actual} {required} {gap} {lost} {points} {max} {lead} {support} {deadline} {needed} {neededFull}.");
    }

    [Theory]
    [InlineData("Tỷ lệ hài lòng {actual < {required}.", 16)]
    [InlineData("Tỷ lệ hài lòng {{actual}} < {required}.", 16)]
    [InlineData("Tỷ lệ hài lòng actual} < {required}.", 22)]
    [InlineData("Tỷ lệ hài lòng {actual} < {required", 27)]
    public void Load_StrayBraceInHint_IsReportedNotPrintedLiterally(string hint, int character)
    {
        // "Tỷ lệ hài lòng " is 15 characters, so the first brace is character 16.
        var problems = Problems("criteria/a.json", "Tỷ lệ hài lòng {actual} < {required}.", hint);

        problems.Should().ContainSingle().Which.Should().EndWith(
            $"$.criteria[2].parts[0].hint.vi: the brace at character {character} is not part of a placeholder; write placeholders as {{name}}, with no other brace in a hint.");
    }

    [Fact]
    public void Load_UnitTypes_AreReadAndADuplicateIsReported()
    {
        var listed = MiniFilesWithUnitTypes("[ { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\" } }, { \"id\": \"phuong\", \"title\": { \"vi\": \"Phường\" } } ]");

        var rules = RuleSetLoader.Load("typed", listed);
        var problems = Problems("ruleset.json", "\"targets\":", "\"unitTypes\": [ { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\" } }, { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\" } } ],\n  \"targets\":");

        rules.UnitTypes.Select(t => (t.Id, t.Title.Vi)).Should().Equal(("xa", "Xã"), ("phuong", "Phường"));
        problems.Should().ContainSingle().Which.Should().EndWith("$.unitTypes[1].id: the unit type 'xa' is declared twice; keep one.");
    }

    [Fact]
    public void Load_ScaleFieldOfAnotherType_IsReported()
    {
        var problems = Problems("criteria/a.json", "\"type\": \"penalty\", \"pointsPerEvent\": 0.5", "\"type\": \"penalty\", \"pointsPerEvent\": 0.5, \"threshold\": 3");

        problems.Should().Equal("criteria/a.json(44,75): $.criteria[1].parts[1].scale.threshold: 'threshold' is not used by a penalty scale; remove it.");
    }

    [Fact]
    public void Load_SeveralProblems_ThrowsOnceListingThemAll()
    {
        var files = MiniFiles();
        Replace(files, "ruleset.json", "\"totalPoints\": 10", "\"totalPoints\": 12");
        Replace(files, "criteria/a.json", "\"numerator\": \"done\"", "\"numerator\": \"dne\"");

        var act = () => RuleSetLoader.Load("rules/mini", files);

        act.Should().Throw<RuleSetLoadException>().Which.Message.Should().Be(
            "Rule set 'rules/mini' has 2 problems:" + Environment.NewLine +
            "  criteria/a.json(14,49): $.criteria[0].parts[0].value.rate.numerator: unknown indicator 'dne'; did you mean 'done'? Add it to indicators.json or fix the key." + Environment.NewLine +
            "  ruleset.json(7,19): $.totalPoints: the areas add up to 10 points, not the totalPoints 12; make them agree.");
    }

    [Fact]
    public void Load_MissingFiles_NamesEachOne()
    {
        var problems = Problems([]);

        problems.Should().Equal(
            "criteria/*.json(0,0): $: the rule set has no criteria/*.json; add at least one criteria file.",
            "indicators.json(0,0): $: the rule set has no indicators.json; add the indicator catalogue.",
            "ruleset.json(0,0): $: the rule set has no ruleset.json; add the manifest.");
    }

    [Fact]
    public void Load_FileOutsideTheLayout_IsRejected()
    {
        var files = MiniFiles();
        files.Add(new RuleFile("../../etc/passwd", "root:x:0:0"));

        var problems = Problems(files);

        problems.Should().Equal("../../etc/passwd(0,0): $: not a rule file; a rule set holds ruleset.json, indicators.json and criteria/*.json only. Move or remove it.");
    }

    [Fact]
    public void Load_EmptyFile_IsReported()
    {
        var files = MiniFiles();
        Replace(files, "indicators.json", files.Single(f => f.Path == "indicators.json").Text, "  ");

        var problems = Problems(files);

        problems.Should().Contain("indicators.json(1,1): $: the file is empty; it must hold one JSON object.");
    }

    [Fact]
    public void Load_SameContent_GivesSameHashWhateverTheLineEndings()
    {
        var unix = RuleSetLoader.Load("a", MiniFiles());
        var windows = RuleSetLoader.Load("b", MiniFiles().Select(f => f with { Text = f.Text.Replace("\n", "\r\n", StringComparison.Ordinal) }));

        windows.ContentHash.Should().Be(unix.ContentHash).And.HaveLength(64);
    }

    [Fact]
    public void Load_ChangedThreshold_ChangesHash()
    {
        var before = RuleSetLoader.Load("a", MiniFiles());
        var files = MiniFiles();
        Replace(files, "criteria/a.json", "\"threshold\": 90, \"zeroBelow\": 50", "\"threshold\": 90, \"zeroBelow\": 40");

        var after = RuleSetLoader.Load("a", files);

        after.ContentHash.Should().NotBe(before.ContentHash);
    }

    [Fact]
    public void LoadEmbedded_ResourcesOfAnAssembly_LoadLikeTheFolder()
    {
        var embedded = RuleSetLoader.LoadEmbedded(Assembly.GetExecutingAssembly(), "ParIndex.Rules.Tests.Mini.");
        var folder = RuleSetLoader.LoadFolder(Some.TestData("mini"));

        embedded.ContentHash.Should().Be(folder.ContentHash);
        embedded.Criteria.Select(c => c.Id).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Validate_ValidFolder_ReturnsNoProblem()
    {
        RuleSetLoader.Validate(Some.TestData("mini")).Should().BeEmpty();
    }

    /// <summary>The mini rule set with a <c>unitTypes</c> list (its JSON) in the manifest.</summary>
    internal static List<RuleFile> MiniFilesWithUnitTypes(string unitTypes)
    {
        var files = MiniFiles();
        Replace(files, "ruleset.json", "\"targets\":", $"\"unitTypes\": {unitTypes},\n  \"targets\":");
        return files;
    }

    internal static List<RuleFile> MiniFiles()
    {
        var root = Some.TestData("mini");
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => new RuleFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    internal static void Replace(List<RuleFile> files, string path, string from, string to)
    {
        var index = files.FindIndex(f => f.Path == path);
        files[index].Text.Should().Contain(from, "the test's edit must apply");
        var text = files[index].Text;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        files[index] = files[index] with { Text = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)) };
    }

    private static IEnumerable<string> Problems(string path, string from, string to)
    {
        var files = MiniFiles();
        Replace(files, path, from, to);
        return Problems(files);
    }

    private static IEnumerable<string> Problems(List<RuleFile> files)
    {
        var act = () => RuleSetLoader.Load("test", files);
        return act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.ToString());
    }
}
