using System.Text;
using FluentAssertions;
using ParIndex.Rules.Authoring;
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
    public void Score_FigureAndThresholdAtDecimalsLimits_WritesTheHintInsteadOfThrowing()
    {
        // The gap between a threshold of −7.9 × 10^28 and a figure of +7.9 × 10^28 is beyond decimal: the hint
        // was built lazily, outside every guard, and threw from the first report that read it.
        var files = ParIndex.Rules.Tests.RuleFiles.RuleSetLoaderTests.MiniFiles();
        var index = files.FindIndex(f => f.Path == "criteria/a.json");
        files[index] = files[index] with
        {
            Text = files[index].Text
                .Replace("\"requirement\": { \"op\": \"<=\", \"threshold\": 0 }", "\"requirement\": { \"op\": \"<=\", \"threshold\": -79228162514264337593543950335 }", StringComparison.Ordinal)
                .Replace("mất {lost} điểm.", "mất {lost} điểm, vượt {gap}.", StringComparison.Ordinal),
        };
        var scorer = Scorer.Compile(RuleSetLoader.Load("limits", files));
        var unit = new IndicatorSnapshot("a", "A", new Dictionary<string, IndicatorValue> { ["report"] = true, ["late"] = decimal.MaxValue, ["lateWithLetter"] = 0m });

        var hint = scorer.Score(unit).Criteria.Select(c => c.Hint).ToList();

        hint.Should().Contain(h => h != null && h.Vi.Contains("vượt —.", StringComparison.Ordinal));
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

    [Fact]
    public void LoadFolder_CriteriaFolderLinkedOutside_IsRefusedWithoutReadingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N"));
        CopyDirectory(Some.TestData("mini"), folder);
        var outside = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N") + "-outside");
        Directory.Move(Path.Combine(folder, "criteria"), outside);
        Directory.CreateSymbolicLink(Path.Combine(folder, "criteria"), outside);

        var problems = RuleSetLoader.Validate(folder);

        problems.Select(p => p.ToString()).Should().Contain(p => p.StartsWith("criteria/(0,0): $: is a symbolic link (to '", StringComparison.Ordinal));
        problems.Should().NotContain(p => p.File.StartsWith("criteria/a", StringComparison.Ordinal), "no file under the link is read");
    }

    [Fact]
    public async Task LoadFolder_NamedPipeCalledJson_IsToldAsEmptyAndNeverOpened()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N"));
        CopyDirectory(Some.TestData("mini"), folder);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "criteria", "z.json")))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Opening a pipe waits for a writer that never comes: the check runs beside the test, bounded.
        var validate = Task.Run(() => RuleSetLoader.Validate(folder));

        (await Task.WhenAny(validate, Task.Delay(TimeSpan.FromSeconds(30)))).Should().BeSameAs(validate, "a pipe in the folder must not hang the loader");
        (await validate).Select(p => p.ToString()).Should().Equal("criteria/z.json(1,1): $: the file is empty; it must hold one JSON object.");
    }

    [Fact]
    public async Task TryReloadFolder_FolderBeingRewritten_NeverServesATornVersionNorThrows()
    {
        // Two versions differ in their manifest's version and in one criterion's points, consistently. A writer
        // swaps them file by file while reloads run: a served set must be one version whole.
        var folder = Path.Combine(Path.GetTempPath(), "parindex-hostile", Guid.NewGuid().ToString("N"));
        CopyDirectory(Some.TestData("mini"), folder);
        var manifest = File.ReadAllText(Path.Combine(folder, "ruleset.json"));
        var criteria = File.ReadAllText(Path.Combine(folder, "criteria", "a.json"));
        var host = new ParIndex.Rules.Authoring.RuleSetHost(Scorer.Compile(RuleSetLoader.LoadFolder(folder)));
        var version = System.Text.RegularExpressions.Regex.Match(manifest, "\"version\": \"([^\"]+)\"").Groups[1].Value;
        var versions = new[]
        {
            (Manifest: manifest, Criteria: criteria),
            (Manifest: manifest.Replace($"\"version\": \"{version}\"", "\"version\": \"9.9.9\"", StringComparison.Ordinal),
             Criteria: criteria.Replace("Hoàn thành công việc", "Hoàn thành mọi công việc", StringComparison.Ordinal)),
        };
        var writing = TimeSpan.FromSeconds(4);
        var writer = Task.Run(() =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; clock.Elapsed < writing; i++)
            {
                var next = versions[i % 2];
                File.WriteAllText(Path.Combine(folder, "criteria", "a.json"), next.Criteria);
                File.WriteAllText(Path.Combine(folder, "ruleset.json"), next.Manifest);
            }
        });

        var results = new List<ReloadResult>();
        while (!writer.IsCompleted)
        {
            results.Add(await Task.Run(() => host.TryReloadFolder(folder)));
        }

        await writer;
        results.Add(host.TryReloadFolder(folder));

        results[^1].Swapped.Should().BeTrue("once the writer stops, the folder settles and loads: {0}", results[^1]);
        results.Select(r => r.Serving).Should().OnlyContain(r => (r.Version == "9.9.9") == (Scorer.Compile(r).Score(new IndicatorSnapshot("u", "U", new Dictionary<string, IndicatorValue>())).Criteria[0].Title.Vi == "Hoàn thành mọi công việc"),
            "a version's manifest always comes with that version's criteria");
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
