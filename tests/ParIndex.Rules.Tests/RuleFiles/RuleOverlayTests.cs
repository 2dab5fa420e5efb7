using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class RuleOverlayTests
{
    private static readonly IndicatorSnapshot SeventyTwoPercentOnline =
        Some.Unit("u", ("fullOnlineProcedureDossiers", 1000), ("fullOnlineDossiersOnline", 720));

    [Fact]
    public void WithThresholds_Raising733To95_ScoresWithTheNewThreshold()
    {
        var overlay = RuleOverlay.Empty.WithRequirementThreshold("7.3.3", 95m).WithScaleThreshold("7.3.3", 95m);

        var rules = BundledRuleSets.Load("commune-2025", overlay);
        var result = Scorer.Compile(rules).Score(SeventyTwoPercentOnline).Criterion("7.3.3");

        result.Points.Should().Be(3.79m, "5 × 72 / 95 = 3.789…");
        result.Hint!.Vi.Should().StartWith("Tỷ lệ hồ sơ trực tuyến toàn trình 72,00% < 95%");
    }

    [Fact]
    public void WithNotApplicableExcluded_CommuneWithNoInspectionIssue_IsRescaledInsteadOfGivenFullPoints()
    {
        // A perfect commune but for 1.1 (no initiative: 0 of 2) with no inspection issue found (1.3: 0 of 0, not applicable).
        // As shipped, 1.3 earns its full 2: 100 − 2 = 98. Excluded, it leaves the applicable maximum at 98, and the
        // base 96 is rescaled: 96 × 100 / 98 = 97.959… → 97.96. (The perfect commune's other zero denominators,
        // unlawful documents flagged and late dossiers, are given events here, so only 1.3 is not applicable.)
        var unit = Some.PerfectUnit("u", v =>
        {
            v["parInitiativesRecognised"] = 0;
            v["inspectionIssuesFound"] = 0;
            v["inspectionIssuesHandled"] = 0;
            v["unlawfulDocsFlagged"] = 2;
            v["unlawfulDocsHandled"] = 2;
            v["dossiersLate"] = 1;
            v["dossiersLateWithApology"] = 1;
        });

        var shipped = Scorer.Compile(BundledRuleSets.Load("commune-2025")).Score(unit);
        var excluded = Scorer.Compile(BundledRuleSets.Load("commune-2025", RuleOverlay.FromJson("tinh.json", """{ "notApplicable": "exclude" }"""))).Score(unit);
        var inCode = Scorer.Compile(BundledRuleSets.Load("commune-2025", RuleOverlay.Empty.WithNotApplicableExcluded(true))).Score(unit);

        (shipped.Total, shipped.Criterion("1.3").Points, shipped.Criterion("1.3").Excluded).Should().Be((98m, 2m, false));
        (excluded.Total, excluded.ApplicableMaxPoints, excluded.Criterion("1.3").Points, excluded.Criterion("1.3").Excluded).Should().Be((97.96m, 98m, 0m, true));
        inCode.Total.Should().Be(97.96m);
    }

    [Fact]
    public void WithThresholds_CasesWrittenForTheOldThreshold_NowFail()
    {
        var overlay = RuleOverlay.Empty.WithRequirementThreshold("7.3.3", 95m).WithScaleThreshold("7.3.3", 95m);

        var results = RuleCaseRunner.RunAll(Scorer.Compile(BundledRuleSets.Load("commune-2025", overlay)));

        results.Where(r => !r.Passed).Select(r => r.CriterionId).Distinct().Should().Equal("7.3.3");
    }

    [Fact]
    public void WithThresholds_FailingCases_CiteTheBaseFilesOwnLines()
    {
        var overlay = RuleOverlay.FromJson("o.json", """{ "criteria": { "7.3.3": { "parts": [ { "requirement": { "threshold": 95 }, "scale": { "threshold": 95 } } ] } } }""");
        var lines = File.ReadAllLines(Path.Combine(Some.RuleSetFolder("commune-2025"), "criteria", "area-7.json"));

        var failed = RuleCaseRunner.RunAll(Scorer.Compile(BundledRuleSets.Load("commune-2025", overlay))).First(r => !r.Passed);

        // The case object opens on the line above its name, at column 9, in the file the author has.
        var nameLine = Array.FindIndex(lines, l => l.Contains("\"name\": \"720 of 1,000 (72.00%)", StringComparison.Ordinal)) + 1;
        lines[nameLine - 2].Should().Be("        {");
        failed.Source.Should().Be($"criteria/area-7.json({nameLine - 1},9)");
    }

    [Fact]
    public void Apply_ProblemInWhatTheOverlayWrote_PointsIntoTheOverlay()
    {
        var overlay = RuleOverlay.FromJson("o.json", "{ \"criteria\": { \"7.3.3\": {\n  \"parts\": [ { \"requirement\": {\n    \"numerator\": \"fullOnlineDossiersOnlin\" } } ] } } }");

        var act = () => BundledRuleSets.Load("commune-2025", overlay);

        // A requirement has no numerator; the property is placed, as every property is, just after its name: line 3, column 16.
        act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => $"{p.File}({p.Line},{p.Column}): {p.Message}")
            .Should().Equal("o.json(3,16): unknown property 'numerator'. Remove or rename it.");
    }

    [Fact]
    public void FromJson_ProvinceFile_ChangesIdentityAndThreshold()
    {
        var overlay = RuleOverlay.FromJson("thai-nguyen.json", """
            {
              // Thái Nguyên asks more of online dossiers.
              "id": "commune-2025-thai-nguyen",
              "version": "2025.1.0-tn",
              "criteria": { "7.3.3": { "parts": [ { "requirement": { "threshold": 95 }, "scale": { "threshold": 95 } } ] } }
            }
            """);

        var rules = BundledRuleSets.Load("commune-2025", overlay);

        rules.Id.Should().Be("commune-2025-thai-nguyen");
        rules.Version.Should().Be("2025.1.0-tn");
        rules.ContentHash.Should().NotBe(BundledRuleSets.Load("commune-2025").ContentHash);
        Scorer.Compile(rules).Score(SeventyTwoPercentOnline).Criterion("7.3.3").Points.Should().Be(3.79m);
    }

    [Fact]
    public void Apply_UnknownCriterion_SuggestsTheClosestId()
    {
        var overlay = RuleOverlay.FromJson("o.json", "{ \"criteria\": {\n  \"7.3.33\": { \"maxPoints\": 5 } } }");

        var act = () => BundledRuleSets.Load("commune-2025", overlay);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal("o.json(2,11): $.criteria['7.3.33']: the base rule set has no criterion '7.3.33'; did you mean '7.3.3'? Fix the id.");
    }

    [Fact]
    public void Apply_PointsThatNoLongerAddUp_AreReportedByTheLoader()
    {
        var overlay = RuleOverlay.FromJson("o.json", """{ "criteria": { "1.1": { "maxPoints": 3, "parts": [ { "scale": { "threshold": 1 } } ] } } }""");

        var act = () => BundledRuleSets.Load("commune-2025", overlay);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.Message)
            .Should().Contain("the criteria of area I (criteria/area-1.json) add up to 13 points, not the area's 12; make them agree.");
    }

    [Fact]
    public void FromJson_UnknownField_IsRejectedWithItsPosition()
    {
        var act = () => RuleOverlay.FromJson("o.json", "{ \"criterion\": {} }");

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal("o.json(1,14): $.criterion: unknown property 'criterion'; did you mean 'criteria'? Remove or rename it.");
    }

    [Fact]
    public void FromJson_CriterionPatchNotAnObject_SaysWhatWasExpected()
    {
        // The patch of "1.1" sits under additionalProperties: { "type": "object" }; the 5 is at column 24.
        var act = () => RuleOverlay.FromJson("o.json", "{ \"criteria\": { \"1.1\": 5 } }");

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal("o.json(1,24): $.criteria['1.1']: expected an object, found 5.");
    }
}
