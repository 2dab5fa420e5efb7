using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>
/// The offices that lead and support criteria as a catalogue in ruleset.json (issue #27): the 2025 plan writes one
/// office up to five ways, and plans grouped by each spelling as if they were different offices.
/// </summary>
public class OfficeCatalogueTests
{
    private const string Offices = """
        "offices": [
            { "id": "van-phong", "title": { "vi": "Công chức Văn phòng – Thống kê", "en": "Office and statistics" }, "spellings": ["Văn phòng"] },
            { "id": "tu-phap", "title": { "vi": "Công chức Tư pháp" }, "spellings": ["Tư pháp"] },
            { "id": "mot-cua", "title": { "vi": "Bộ phận Một cửa" }, "spellings": ["Một cửa"] }
          ],
          "targets":
        """;

    [Fact]
    public void Load_LeadsWrittenAsSpellings_ResolveToTheirOffices()
    {
        var ruleSet = RuleSetLoader.Load("mini", WithOffices(Offices));

        ruleSet.Offices.Select(o => o.Id).Should().Equal("van-phong", "tu-phap", "mot-cua");
        ruleSet.Criteria.Select(c => (c.LeadOffice!.Id, c.SupportOffice!.Id)).Should().StartWith([("van-phong", "tu-phap"), ("van-phong", "mot-cua")]);
    }

    [Fact]
    public void Load_LeadNamingNoOffice_IsAProblemAtTheLeadWithADidYouMean()
    {
        var files = WithOffices(Offices);
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"lead\": \"Văn phòng\"", "\"lead\": \"Văn phong\"");

        var act = () => RuleSetLoader.Load("mini", files);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Should().Match<RuleProblem>(p =>
            p.File == "criteria/a.json" && p.Line == 8 && p.Message.StartsWith("'Văn phong' names no office of ruleset.json's offices; did you mean 'Văn phòng'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SpellingSharedByTwoOffices_IsAProblem()
    {
        var act = () => RuleSetLoader.Load("mini", WithOffices(Offices.Replace("\"spellings\": [\"Tư pháp\"]", "\"spellings\": [\"Tư pháp\", \"văn  PHÒNG\"]", StringComparison.Ordinal)));

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().Contain(p => p.Message.Contains("the office 'tu-phap' shares a spelling or title with 'van-phong'", StringComparison.Ordinal));
    }

    [Fact]
    public void ToFiles_Offices_AreWrittenAndReadBack()
    {
        var ruleSet = RuleSetLoader.Load("mini", WithOffices(Offices));

        var again = RuleSetLoader.Load("again", RuleSetWriter.ToFiles(ruleSet));

        again.Offices.Should().BeEquivalentTo(ruleSet.Offices);
        again.ContentHash.Should().Be(RuleSetLoader.Load("again", RuleSetWriter.ToFiles(again)).ContentHash);
    }

    [Fact]
    public void Score_Commune2025_GroupsThePlansSpellingsUnderSevenOffices()
    {
        // 13 spellings of leads and 9 of supporting units in the shipped set name these offices.
        var criteria = Some.Commune2025Scorer.RuleSet.Criteria;

        criteria.Select(c => c.Lead).Distinct().Should().HaveCount(13);
        criteria.Select(c => c.LeadOffice!.Id).Concat(criteria.Select(c => c.SupportOffice!.Id)).Distinct().Should()
            .BeEquivalentTo(["chuyen-mon", "can-bo-cong-chuc", "mot-cua", "van-phong", "ke-toan", "tu-phap", "dia-chinh"]);
    }

    private static List<RuleFile> WithOffices(string offices)
    {
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "ruleset.json", "\"targets\":", offices);
        return files;
    }
}
