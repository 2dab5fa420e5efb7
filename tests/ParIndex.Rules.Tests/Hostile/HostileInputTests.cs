using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Tests.Hostile;

/// <summary>
/// The corpus under TestData/hostile: rule files and snapshots a careless or hostile hand could write, each with
/// the documented error it must get (expected.json beside the files). None may crash, hang, run code or lose units.
/// </summary>
public class HostileInputTests
{
    private static readonly RuleSet Mini = Some.Mini;

    public static TheoryData<string> RuleFiles() => Names("rules");

    public static TheoryData<string> SnapshotFiles() => Names("snapshots");

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Load_HostileCriteriaFile_ReportsTheDocumentedProblemAndLoadsNothing(string name)
    {
        var expected = Expected("rules", name).Select(t => t.Value<string>()!).ToList();
        var files = ParIndex.Rules.Tests.RuleFiles.RuleSetLoaderTests.MiniFiles();
        var bytes = File.ReadAllBytes(Some.TestData($"hostile/rules/{name}"));
        files[files.FindIndex(f => f.Path == "criteria/a.json")] = new RuleFile("criteria/a.json", new UTF8Encoding(false).GetString(bytes));

        var act = () => RuleSetLoader.Load("hostile", files);

        var thrown = act.Should().Throw<RuleSetLoadException>().Which.Problems;
        var problems = thrown.Select(p => p.ToString()).ToList();
        foreach (var fragment in expected)
        {
            problems.Should().Contain(p => p.Contains(fragment, StringComparison.Ordinal), $"the problems of {name} must say \"{fragment}\"");
        }

        // Every problem is said in Vietnamese too, the tool's default language: a translation never left out.
        foreach (var problem in thrown)
        {
            problem.MessageIn(Language.Vi).Should().NotBe(problem.Message).And.MatchRegex("[À-ỹ]", $"'{problem.Message}' needs its Vietnamese");
        }
    }

    [Theory]
    [MemberData(nameof(SnapshotFiles))]
    public void Read_HostileSnapshotFile_ReportsTheDocumentedErrorsAndKeepsEveryGoodUnit(string name)
    {
        var expected = Expected("snapshots", name);
        using var reader = new StreamReader(Some.TestData($"hostile/snapshots/{name}"), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        var batch = name.EndsWith(".csv", StringComparison.Ordinal)
            ? SnapshotReader.ReadCsv(reader, "in", Mini)
            : SnapshotReader.ReadJson(reader, "in", Mini);
        var cards = Scorer.Compile(Mini).ScoreMany(batch.Snapshots);

        var units = expected["units"]!.Select(t => t.Value<string>()!).ToList();
        batch.Snapshots.Select(s => s.Id.Length > 100 ? "<100000 x>" : s.Id).Should().Equal(units);
        cards.Should().HaveCount(units.Count);
        var errors = batch.Errors.Select(e => e.ToString()).ToList();
        foreach (var fragment in expected["errors"]!.Select(t => t.Value<string>()!))
        {
            errors.Should().Contain(e => e.Contains(fragment, StringComparison.Ordinal), $"the errors of {name} must say \"{fragment}\"");
        }

        if (expected["errors"]!.Any() == false)
        {
            errors.Should().BeEmpty();
        }

        // Every problem is said in Vietnamese too, the tool's default language: a translation never left out.
        foreach (var problem in batch.Errors.Concat(batch.Warnings))
        {
            problem.MessageIn(Language.Vi).Should().NotBe(problem.Message).And.MatchRegex("[À-ỹ]", $"'{problem.Message}' needs its Vietnamese");
        }
    }

    [Fact]
    public void LoadFolder_SymbolicLinkToAFileOutside_IsRefusedWithoutReadingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N"));
        CopyDirectory(Some.TestData("mini"), folder);
        var outside = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N") + "-outside.json");
        File.WriteAllText(outside, "{ \"leaked\": true }");
        File.Delete(Path.Combine(folder, "indicators.json"));
        File.CreateSymbolicLink(Path.Combine(folder, "indicators.json"), outside);

        var problems = RuleSetLoader.Validate(folder);

        problems.Select(p => p.ToString()).Should().Contain(p => p.StartsWith("indicators.json(0,0): $: is a symbolic link (to '", StringComparison.Ordinal));
        problems.Should().NotContain(p => p.Message.Contains("leaked", StringComparison.Ordinal), "the linked file is never read");
    }

    private static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var property in JObject.Parse(File.ReadAllText(Some.TestData($"hostile/{kind}/expected.json"))).Properties())
        {
            data.Add(property.Name);
        }

        return data;
    }

    private static JToken Expected(string kind, string name) =>
        JObject.Parse(File.ReadAllText(Some.TestData($"hostile/{kind}/expected.json")))[name]!;

    private static void CopyDirectory(string source, string target)
    {
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }
    }
}
