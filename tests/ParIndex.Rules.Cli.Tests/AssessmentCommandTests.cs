using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>The assessment model through the CLI, on the province-style example (samples/province-example) and its six units; numbers worked by hand in the rule files and in ParIndex.Rules.Tests' AssessmentTests.</summary>
public class AssessmentCommandTests
{
    private static readonly string Rules = Cli.Bundle("samples/province-example");
    private static readonly string Units = Cli.Bundle("samples/province-example-2025.json");

    [Fact]
    public void Check_ExampleUnits_ListsOverClaimsMissingEvidenceAndUnappraisedJudgedCriteria()
    {
        var result = Cli.Run("check", Units, "--rules", Rules);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Xã An Bình (an-binh): tự chấm 2 tiêu chí (8 điểm); tổng điểm 20")
            .And.Contain("   2.2     tự chấm cao hơn: tự chấm 4, số liệu cho 3,6/4 điểm")
            .And.Contain("Lý do: Tỷ lệ hồ sơ đất nông nghiệp đúng hạn 90,00%, yêu cầu 100%; mất 0,4 điểm.")
            .And.Contain("   1.1     tiêu chí thẩm định, chưa được thẩm định: tự chấm 3, tạm tính")
            .And.Contain("   1.1     tiêu chí thẩm định, chưa thẩm định và chưa tự chấm: hãy tự chấm, kèm tài liệu kiểm chứng")
            .And.Contain("   2.1 tự chấm 8 nhưng không có tài liệu kiểm chứng hay giải trình")
            .And.Contain("   1.1     tự chấm cao hơn: tự chấm 4, thẩm định cho 3/4 điểm")
            .And.Contain("Xã Gia Lộc (gia-loc): tự chấm 0 tiêu chí; tổng điểm 20\n   không có gì cần giải trình".ReplaceLineEndings())
            .And.EndWith("5/6 đơn vị có nội dung cần hoàn thiện trước thẩm định." + Environment.NewLine);
    }

    [Fact]
    public void Check_OneUnitAsJson_GivesEachFindingWithItsFlags()
    {
        var json = JObject.Parse(Cli.Run("check", Units, "--rules", Rules, "--unit", "dong-phong", "--format", "json").Output);

        var unit = json["units"]!.Single();
        ((string?)unit["id"], (decimal)unit["claimedTotal"]!, (decimal)unit["total"]!).Should().Be(("dong-phong", 8m, 0m));
        unit["findings"]!.Select(f => ((string?)f["criterion"], (bool)f["overClaimed"]!, (bool)f["evidenceMissing"]!, (bool)f["unappraised"]!))
            .Should().Equal(("1.1", false, false, true), ("2.1", true, true, false));
    }

    [Fact]
    public void Score_ExampleAsJson_CarriesTheContractsAssessmentFields()
    {
        var json = JObject.Parse(Cli.Run("score", Units, "--rules", Rules, "--format", "json").Output);
        var units = json["units"]!.ToDictionary(u => (string)u["id"]!);

        // Bắc Sơn: base 12.6 of 16 rescaled to 15.75, penalty 1.5, total 14.25; second of the two wards.
        var ward = units["bac-son"];
        ((string?)ward["type"], (decimal)ward["base"]!, (decimal)ward["bonus"]!, (decimal)ward["penalty"]!, (decimal)ward["applicableMaxPoints"]!, (decimal)ward["total"]!, (int)ward["typeRank"]!)
            .Should().Be(("phuong", 15.75m, 0m, 1.5m, 16m, 14.25m, 2));
        var areaII = ward["areas"]!.Single(a => (string?)a["id"] == "II");
        ((string?)areaII["kind"], (decimal)areaII["applicableMaxPoints"]!, (decimal)areaII["percent"]!).Should().Be(("base", 8m, 75m));
        var farmland = ward["criteria"]!.Single(c => (string?)c["id"] == "2.2");
        ((bool)farmland["excluded"]!, (string?)farmland["status"], (decimal)farmland["deduction"]!).Should().Be((true, "not_applicable", 0m));
        var judged = ward["criteria"]!.Single(c => (string?)c["id"] == "1.1");
        ((bool)judged["provisional"]!, judged["computedPoints"]!.Type, judged["computedStatus"]!.Type, (decimal)judged["claimedPoints"]!)
            .Should().Be((true, JTokenType.Null, JTokenType.Null, 3m));

        // Hòn Mê: the whole appraisal trail, the latest round's points.
        var trail = units["hon-me"]["criteria"]!.Single(c => (string?)c["id"] == "1.1");
        ((decimal)trail["appraisedPoints"]!, trail["appraisalTrail"]!.Select(r => (int)r["round"]!)).Should().BeEquivalentTo((3m, new[] { 1, 2 }));
    }

    [Fact]
    public void Score_UnitNoBaseCriterionAppliesTo_IsAnInputProblemAndLeftOutOfTheRanking()
    {
        // Every base criterion of the example made for communes only; a ward then has nothing to be scored on.
        var rules = Cli.EditedRules("criteria/area-1.json", "\"maxPoints\": 4,\n      \"judged\"", "\"maxPoints\": 4,\n      \"appliesTo\": [\"xa\"],\n      \"judged\"", "samples/province-example");
        File.WriteAllText(Path.Combine(rules, "criteria", "area-1.json"), File.ReadAllText(Path.Combine(rules, "criteria", "area-1.json"))
            .Replace("\"maxPoints\": 4,\n      \"parts\"", "\"maxPoints\": 4,\n      \"appliesTo\": [\"xa\"],\n      \"parts\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(rules, "criteria", "area-2.json"), File.ReadAllText(Path.Combine(rules, "criteria", "area-2.json"))
            .Replace("\"maxPoints\": 8,\n      \"parts\"", "\"maxPoints\": 8,\n      \"appliesTo\": [\"xa\"],\n      \"parts\"", StringComparison.Ordinal)
            .Replace("\"given\": { \"dossiersResolved\"", "\"type\": \"xa\", \"given\": { \"dossiersResolved\"", StringComparison.Ordinal));
        var input = Cli.TempFile("ward.json", """{ "units": [ { "id": "w", "type": "phuong", "indicators": {} }, { "id": "c", "type": "xa", "indicators": {} } ] }""");

        var result = Cli.RunEn("score", input, "--rules", rules);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().Contain("unit 'w', field 'type': no base criterion of the rule set applies to a unit of type 'phuong', so it has no total and is not ranked; check its type.");
        result.Output.Should().Contain("1 units");
    }
}

/// <summary>The README's JSON contract names exactly the fields <c>score --format json</c> writes.</summary>
public class JsonContractDocumentationTests
{
    [Fact]
    public void Readme_JsonContract_NamesEveryFieldTheOutputHasAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md"));
        var start = readme.IndexOf("`score --format json` writes this contract", StringComparison.Ordinal);
        var block = readme[readme.IndexOf("```json", start, StringComparison.Ordinal)..];
        block = block[..block.IndexOf("```", 7, StringComparison.Ordinal)];
        var documented = System.Text.RegularExpressions.Regex.Matches(block, "\"(\\w+)\":").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        // The sample district with last year's results, merged once, and a bad unit cover every field but "sheet".
        var written = new HashSet<string>(StringComparer.Ordinal);
        void Collect(JToken token)
        {
            foreach (var property in token.Children<JProperty>())
            {
                written.Add(property.Name);
                Collect(property.Value);
            }

            foreach (var child in token.Children().Where(c => c is JArray or JObject))
            {
                Collect(child);
            }
        }

        Collect(JObject.Parse(Cli.Run("score", "--format", "json").Output));
        Collect(JObject.Parse(Cli.Run("score", "--merge", Cli.Bundle("samples/phu-binh-merge-2025.csv"), "--format", "json").Output));
        Collect(JObject.Parse(Cli.Run("score", Cli.TempFile("bad.json", """{ "units": [ { "id": "a", "indicators": { "dossiersResolved": -1 } } ] }"""), "--format", "json").Output));

        written.Should().BeEquivalentTo(documented.Except(["sheet"]));
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ParIndex.Rules.sln")))
        {
            folder = folder.Parent!;
        }

        return folder.FullName;
    }
}

/// <summary><c>explain</c> on the province-style example: exclusion, penalty and the total's make-up in words.</summary>
public class AssessmentExplainTests
{
    [Fact]
    public void Explain_WardOfTheExample_ShowsTheMakeUpTheExclusionAndThePenalty()
    {
        var result = Cli.Run("explain", "bac-son", Cli.Bundle("samples/province-example-2025.json"), "--rules", Cli.Bundle("samples/province-example"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("điểm cơ bản 15,75 (12,6/16 điểm áp dụng, quy về thang 20), điểm thưởng +0, điểm trừ −1,5")
            .And.Contain("2.2 Hồ sơ đất nông nghiệp giải quyết đúng hạn\n   không áp dụng: 0/0".ReplaceLineEndings())
            .And.Contain("   loại trừ với đơn vị này: không tính vào điểm tối đa áp dụng; điểm cơ bản được quy đổi")
            .And.Contain("   không đạt: bị trừ 1,5 (tối đa 4,5)")
            .And.Contain("yêu cầu ≤ 0; mỗi lần 1,5 điểm, tối đa 4,5 điểm")
            .And.Contain("   tiêu chí thẩm định: điểm tạm tính theo điểm tự chấm, chờ thẩm định")
            .And.NotContain("was not reported", "the English problem line is for --lang en; the Vietnamese hint says it");
        result.Output.Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= 100);
    }
}
