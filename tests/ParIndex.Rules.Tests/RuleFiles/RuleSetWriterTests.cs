using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class RuleSetWriterTests
{
    [Fact]
    public void ToFiles_Commune2025_LoadsAgainAndScoresTheSampleDistrictTheSame()
    {
        var original = Some.Commune2025Scorer;
        var units = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), original.RuleSet).Snapshots
            .Concat(Generated.Units(300, seed: 3)).ToList();

        var rewritten = Scorer.Compile(RuleSetLoader.Load("rewritten", RuleSetWriter.ToFiles(original.RuleSet)));

        rewritten.RuleSet.Criteria.Select(c => c.Id).Should().Equal(original.RuleSet.Criteria.Select(c => c.Id));
        rewritten.ScoreMany(units).Select(Generated.Fingerprint).Should().Equal(original.ScoreMany(units).Select(Generated.Fingerprint));
        RuleCaseRunner.RunAll(rewritten).Should().OnlyContain(r => r.Passed, "the cases travel with the criteria");
    }

    [Fact]
    public void ToFiles_UnitTypes_AreWrittenAndReadBack()
    {
        var files = RuleSetLoaderTests.MiniFilesWithUnitTypes("[ { \"id\": \"xa\", \"title\": { \"vi\": \"Xã\", \"en\": \"Commune\" } } ]");

        var again = RuleSetLoader.Load("again", RuleSetWriter.ToFiles(RuleSetLoader.Load("typed", files)));

        again.UnitTypes.Should().Equal(new UnitTypeDefinition("xa", new LocalizedText("Xã", "Commune")));
    }

    [Fact]
    public void ToFiles_Commune2025_WritesOneCriteriaFilePerArea()
    {
        var files = RuleSetWriter.ToFiles(Some.Commune2025Scorer.RuleSet);

        files.Select(f => f.Path).Should().Equal("ruleset.json", "indicators.json", "criteria/area-I.json", "criteria/area-II.json",
            "criteria/area-III.json", "criteria/area-IV.json", "criteria/area-V.json", "criteria/area-VII.json", "criteria/area-VIII.json");
        files[2].Text.Should().Contain("\"vi\": \"Các giải pháp tìm kiếm, phát hiện sáng kiến, mô hình mới trong công tác CCHC trên địa bàn xã\"");
    }
}
