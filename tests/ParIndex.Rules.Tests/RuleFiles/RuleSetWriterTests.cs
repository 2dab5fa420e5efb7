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

    [Fact]
    public void ToFiles_EveryFieldTheSchemasAllow_IsWritten()
    {
        // The content hash and the workbook are taken from what the writer writes: a field it left out would be lost by
        // both in silence. Every property the schemas name must come out of the writer for the shipped sets, the
        // province example or the test set that gives every optional field.
        var schemas = new[] { "ruleset", "indicators", "criteria" }
            .SelectMany(name => Names(Newtonsoft.Json.Linq.JToken.Parse(File.ReadAllText(Path.Combine(Some.RepositoryRoot, "rules", "schemas", name + ".schema.json")))))
            .Where(n => n != "$schema").ToHashSet();
        var sets = new[] { Some.RuleSetFolder("commune-2025"), Some.RuleSetFolder("service-index-766-commune"),
            Path.Combine(Some.RepositoryRoot, "samples", "province-example"), Path.Combine(Some.RepositoryRoot, "tests", "ParIndex.Rules.Tests", "TestData", "every-field") };

        var written = sets.SelectMany(folder => RuleSetWriter.ToFiles(RuleSetLoader.LoadFolder(folder)))
            .SelectMany(f => Newtonsoft.Json.Linq.JToken.Parse(f.Text).SelectTokens("$..*").OfType<Newtonsoft.Json.Linq.JObject>().SelectMany(o => o.Properties().Select(p => p.Name)))
            .ToHashSet();

        string.Join(", ", schemas.Except(written).Order(StringComparer.Ordinal)).Should().BeEmpty("BeEmpty alone would name only the first");
    }

    /// <summary>Every property name a schema declares, at any depth.</summary>
    private static IEnumerable<string> Names(Newtonsoft.Json.Linq.JToken schema) =>
        schema.SelectTokens("$..properties").OfType<Newtonsoft.Json.Linq.JObject>().SelectMany(p => p.Properties().Select(q => q.Name));
}
