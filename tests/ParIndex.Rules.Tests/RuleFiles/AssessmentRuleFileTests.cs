using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>The assessment model's rule-file fields (judged, appliesTo, notApplicable, area kind, perEvent, cases with claims), each validated with its position.</summary>
public class AssessmentRuleFileTests
{
    private static readonly string Folder = Path.Combine(Some.RepositoryRoot, "samples", "province-example");

    [Fact]
    public void LoadFolder_ProvinceExample_ReadsEveryAssessmentField()
    {
        var rules = RuleSetLoader.LoadFolder(Folder);

        rules.NotApplicable.Should().Be(NotApplicablePolicy.Exclude);
        rules.Areas.Select(a => (a.Id, a.Kind)).Should().Equal(("I", AreaKind.Base), ("II", AreaKind.Base), ("III", AreaKind.Bonus), ("IV", AreaKind.Penalty));
        rules.Criteria.Single(c => c.Id == "1.1").Judged.Should().Be(new JudgedDefinition(0.5m));
        rules.Criteria.Single(c => c.Id == "2.2").AppliesTo.Should().Equal("xa");
        rules.Criteria.Single(c => c.Id == "4.1").Should().Match<CriterionDefinition>(c => c.Deducts && c.Parts[0].Deducts && c.Parts[0].Scale.Kind == ScaleKind.PerEvent);
        rules.Criteria.Single(c => c.Id == "1.1").Cases[1].Should().Match<RuleCase>(c => c.Claim == 4m && c.Appraisal == 3m);
        rules.Criteria.Single(c => c.Id == "2.2").Cases[2].UnitType.Should().Be("phuong");
    }

    [Fact]
    public void RuleSetWriter_ProvinceExample_WritesFilesThatScoreTheSame()
    {
        var rules = RuleSetLoader.LoadFolder(Folder);
        var again = RuleSetLoader.Load("again", RuleSetWriter.ToFiles(rules));
        var units = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "province-example-2025.json"), rules).Snapshots;

        var before = Scorer.Compile(rules).ScoreMany(units).Select(Generated.Fingerprint);
        var after = Scorer.Compile(again).ScoreMany(units).Select(Generated.Fingerprint);

        after.Should().Equal(before);
        again.ContentHash.Should().NotBeEmpty();
        (again.NotApplicable, again.Areas[3].Kind, again.Criteria.Single(c => c.Id == "1.1").Judged, again.Criteria.Single(c => c.Id == "2.2").AppliesTo!.Single())
            .Should().Be((NotApplicablePolicy.Exclude, AreaKind.Penalty, new JudgedDefinition(0.5m), "xa"));
    }

    [Theory]
    [InlineData("criteria/area-1.json", "\"judged\": { \"step\": 0.5 },", "",
        "criteria/area-1.json(5,5): $.criteria[0]: a criterion needs parts (measured from figures) or judged (set by the appraisal); add one.")]
    [InlineData("criteria/area-2.json", "\"appliesTo\": [\"xa\"],", "\"appliesTo\": [\"xaa\"],",
        "criteria/area-2.json(44,25): $.criteria[1].appliesTo[0]: the unit type 'xaa' is not in ruleset.json's unitTypes; did you mean 'xa'? Fix the id or add the type there.")]
    [InlineData("criteria/area-2.json", "\"appliesTo\": [\"xa\"],", "\"appliesTo\": [\"xa\", \"xa\"],",
        "criteria/area-2.json(44,30): $.criteria[1].appliesTo[1]: the unit type 'xa' is listed twice; keep one.")]
    [InlineData("criteria/area-4.json", "\"scale\": { \"type\": \"perEvent\", \"pointsPerEvent\": 1.5 },", "\"scale\": { \"type\": \"binary\", \"threshold\": 1 },",
        "criteria/area-4.json(19,37): $.criteria[0].parts[0].scale.type: a part in a penalty area gives the points it deducts, so its scale must be perEvent (points per event, up to maxPoints).")]
    [InlineData("criteria/area-2.json", "\"scale\": { \"type\": \"proportional\", \"threshold\": 100 },\n          \"hint\": {\n            \"vi\": \"Tỷ lệ hồ sơ đất", "\"scale\": { \"type\": \"perEvent\", \"pointsPerEvent\": 1 },\n          \"hint\": {\n            \"vi\": \"Tỷ lệ hồ sơ đất",
        "criteria/area-2.json(49,39): $.criteria[1].parts[0].scale.type: a perEvent scale counts events, so its value must be an indicator or a difference, not a rate.")]
    [InlineData("criteria/area-1.json", "\"claim\": 3.5,", "\"claim\": 3.25,",
        "criteria/area-1.json(21,94): $.criteria[0].cases[2].claim: 3.25 is not a multiple of the criterion's step 0.5.")]
    [InlineData("criteria/area-1.json", "\"appraisal\": 4,", "\"appraisal\": 4.5,",
        "criteria/area-1.json(17,82): $.criteria[0].cases[0].appraisal: 4.5 is more than the criterion's 4 points; lower it.")]
    [InlineData("criteria/area-2.json", "\"type\": \"phuong\",", "\"type\": \"phuog\",",
        "criteria/area-2.json(60,55): $.criteria[1].cases[2].type: the unit type 'phuog' is not in ruleset.json's unitTypes; did you mean 'phuong'? Fix the id or add the type there.")]
    public void Load_BadAssessmentField_IsReportedWithItsPosition(string path, string from, string to, string expected)
    {
        var problems = Problems(path, from, to);

        problems.Should().Equal(expected);
    }

    [Fact]
    public void Load_JudgedWithParts_IsReported()
    {
        var problems = Problems("criteria/area-1.json", "\"judged\": { \"step\": 0.5 },", "\"judged\": { \"step\": 0.5 }, \"parts\": [ { \"value\": { \"indicator\": \"awards\" }, \"requirement\": { \"op\": \">=\", \"threshold\": 1 }, \"scale\": { \"type\": \"binary\", \"threshold\": 1 }, \"hint\": { \"vi\": \"x\" } } ],");

        problems.Should().Equal("criteria/area-1.json(14,17): $.criteria[0].judged: a criterion is measured (parts) or judged, not both; remove one.");
    }

    [Fact]
    public void Load_StepNotDividingTheMaximum_IsReportedAndSoIsEveryCaseOffTheStep()
    {
        // 4 is not a multiple of 0.3, nor are the cases' 4, 4 and 3.5 (the 3 of the second case is: 10 × 0.3).
        var problems = Problems("criteria/area-1.json", "\"judged\": { \"step\": 0.5 },", "\"judged\": { \"step\": 0.3 },");

        problems.Should().Equal(
            "criteria/area-1.json(14,29): $.criteria[0].judged.step: the criterion's 4 points are not a multiple of the step 0.3, so full points could never be given; change one.",
            "criteria/area-1.json(17,80): $.criteria[0].cases[0].appraisal: 4 is not a multiple of the criterion's step 0.3.",
            "criteria/area-1.json(19,75): $.criteria[0].cases[1].claim: 4 is not a multiple of the criterion's step 0.3.",
            "criteria/area-1.json(21,93): $.criteria[0].cases[2].claim: 3.5 is not a multiple of the criterion's step 0.3.");
    }

    [Fact]
    public void Load_AppliesToWithoutUnitTypes_AsksForTheList()
    {
        var files = ExampleFiles();
        Replace(files, "criteria/area-2.json", "\"type\": \"xa\", \"given\": { \"landDossiers\": 50, \"landDossiersOnTime\": 50 }", "\"given\": { \"landDossiers\": 50, \"landDossiersOnTime\": 50 }");
        Replace(files, "criteria/area-2.json", "\"type\": \"xa\", \"given\": { \"landDossiers\": 50, \"landDossiersOnTime\": 45 }", "\"given\": { \"landDossiers\": 50, \"landDossiersOnTime\": 45 }");
        Replace(files, "criteria/area-2.json", "\"type\": \"phuong\", ", string.Empty);
        var manifest = files.FindIndex(f => f.Path == "ruleset.json");
        var text = files[manifest].Text;
        files[manifest] = files[manifest] with { Text = text[..text.IndexOf("\"unitTypes\"", StringComparison.Ordinal)] + text[text.IndexOf("\"targets\"", StringComparison.Ordinal)..] };

        Problems(files).Should().Equal(
            "criteria/area-2.json(44,24): $.criteria[1].appliesTo[0]: appliesTo names the unit type 'xa', but ruleset.json lists no unitTypes; list them there so every unit's type can be checked.");
    }

    [Theory]
    [InlineData("\"kind\": \"bonus\"", "\"kind\": \"bonuss\"", "$.areas[2].kind")]
    [InlineData("\"notApplicable\": \"exclude\"", "\"notApplicable\": \"exclud\"", "$.notApplicable")]
    public void Load_UnknownKindOrPolicy_IsASchemaProblemListingTheAllowedValues(string from, string to, string path)
    {
        var problem = Problems("ruleset.json", from, to).Should().ContainSingle().Subject;

        problem.Should().StartWith("ruleset.json(").And.Contain(path);
    }

    [Fact]
    public void Load_BaseAreasNotAddingUpToTotal_SaysBonusAndPenaltyAreNotCounted()
    {
        var problems = Problems("ruleset.json", "\"totalPoints\": 20", "\"totalPoints\": 25");

        problems.Should().Equal("ruleset.json(16,19): $.totalPoints: the base areas add up to 20 points, not the totalPoints 25; make them agree (bonus and penalty areas are not counted).");
    }

    private static List<RuleFile> ExampleFiles() => Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
        .Select(f => new RuleFile(Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllText(f)))
        .ToList();

    private static void Replace(List<RuleFile> files, string path, string from, string to)
    {
        var index = files.FindIndex(f => f.Path == path);
        files[index].Text.Should().Contain(from, "the test's edit must apply");
        var text = files[index].Text;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        files[index] = files[index] with { Text = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)) };
    }

    private static IEnumerable<string> Problems(string path, string from, string to)
    {
        var files = ExampleFiles();
        Replace(files, path, from, to);
        return Problems(files);
    }

    private static IEnumerable<string> Problems(List<RuleFile> files)
    {
        var act = () => RuleSetLoader.Load("test", files);
        return act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.ToString());
    }
}
