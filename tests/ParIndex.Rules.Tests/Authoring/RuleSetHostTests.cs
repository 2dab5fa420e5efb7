using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

public class RuleSetHostTests
{
    private static readonly IndicatorSnapshot Unit = Some.Unit("u", ("done", 4), ("total", 5));

    [Fact]
    public void TryReload_ValidEdit_SwapsAndNewScoringsUseIt()
    {
        var host = new RuleSetHost(Scorer.Compile(RuleSetLoader.Load("v1", Files())));
        var before = host.Current;

        var result = host.TryReload(() => RuleSetLoader.Load("v2", Files(("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\""))));

        result.Swapped.Should().BeTrue(result.ToString());
        host.Current.RuleSet.Version.Should().Be("1.1.0");
        host.Current.Score(Unit).RuleSetVersion.Should().Be("1.1.0");
        before.Score(Unit).RuleSetVersion.Should().Be("1.0.0", "work that took the old scorer finishes on it");
    }

    [Fact]
    public void TryReload_BrokenFile_KeepsTheLastGoodVersionAndSaysWhy()
    {
        var host = new RuleSetHost(Scorer.Compile(RuleSetLoader.Load("v1", Files())));

        var result = host.TryReload(() => RuleSetLoader.Load("v2", Files(("\"totalPoints\": 10", "\"totalPoints\": 11"))));

        result.Swapped.Should().BeFalse();
        result.Serving.Version.Should().Be("1.0.0");
        result.Problems.Select(p => p.Message).Should().Equal("the areas add up to 10 points, not the totalPoints 11; make them agree.");
        host.Current.RuleSet.Version.Should().Be("1.0.0");
    }

    [Fact]
    public void TryReloadFolder_FolderGone_KeepsServingAndNamesTheFolderInBothLanguages()
    {
        var host = new RuleSetHost(Scorer.Compile(RuleSetLoader.Load("v1", Files())));
        var gone = Path.Combine(Path.GetTempPath(), $"parindex-gone-{Guid.NewGuid():N}");

        var result = host.TryReloadFolder(gone);

        result.Swapped.Should().BeFalse();
        result.Serving.Version.Should().Be("1.0.0");
        result.Problems.Should().ContainSingle();
        result.Problems[0].Message.Should().Be($"there is no rule set folder '{gone}'; the set being served is kept.");
        result.Problems[0].MessageIn(Language.Vi).Should().Be($"không có thư mục bộ quy tắc '{gone}'; bộ quy tắc đang phục vụ được giữ nguyên.");
    }

    [Fact]
    public void TryReload_EditThatBreaksACase_IsNotSwappedIn()
    {
        var host = new RuleSetHost(Scorer.Compile(RuleSetLoader.Load("v1", Files())));

        var result = host.TryReload(() => RuleSetLoader.Load("v2", Files(
            ("\"requirement\": { \"op\": \">=\", \"threshold\": 90 }", "\"requirement\": { \"op\": \">=\", \"threshold\": 95 }"),
            ("\"threshold\": 90, \"zeroBelow\": 50", "\"threshold\": 95, \"zeroBelow\": 50"))));

        result.Swapped.Should().BeFalse();
        result.FailedCases.Select(c => c.Case.Name).Should().Equal(["90% passes"], result.ToString());
        result.ToString().Should().Contain("expected pass 3 points, got fail 2.84 points", "3 × 90 / 95 = 2.842…");
        host.Current.RuleSet.ContentHash.Should().Be(RuleSetLoader.Load("v1", Files()).ContentHash);
    }

    [Fact]
    public void Current_ReadWhileReloading_AlwaysGivesAWholeScorer()
    {
        // Each version scores the unit differently (80% done earns 2 points in 1.0.0, 0.25 × (i + 1) in 1.i.0) and has
        // its own hash, so a scorecard whose version, hash and points come from different versions is caught.
        static List<RuleFile> Version(int i) => i == 0 ? Files() : Files(
            ("\"version\": \"1.0.0\"", $"\"version\": \"1.{i}.0\""),
            ("{ \"min\": 80, \"points\": 2 }", FormattableString.Invariant($"{{ \"min\": 80, \"points\": {0.25m * (i + 1)} }}")));
        var expected = Enumerable.Range(0, 6).ToDictionary(
            i => $"1.{i}.0",
            i => (Hash: RuleSetLoader.Load("v", Version(i)).ContentHash, Points: i == 0 ? 2m : 0.25m * (i + 1)));
        var host = new RuleSetHost(Scorer.Compile(RuleSetLoader.Load("v1", Version(0))));
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Version, string Hash, decimal Points)>();

        Parallel.Invoke(
            () =>
            {
                for (var i = 1; i <= 5; i++)
                {
                    host.TryReload(() => RuleSetLoader.Load("v", Version(i))).Swapped.Should().BeTrue();
                }
            },
            () =>
            {
                for (var i = 0; i < 500; i++)
                {
                    var card = host.Current.Score(Unit);
                    seen.Add((card.RuleSetVersion, card.RuleSetHash, card.Criterion("1").Points));
                }
            });

        host.Current.RuleSet.Version.Should().Be("1.5.0");
        seen.Where(s => !expected.TryGetValue(s.Version, out var e) || e.Hash != s.Hash || e.Points != s.Points).Should().BeEmpty(
            "every scorecard comes whole from one version: its version, hash and points agree");
    }

    private static List<RuleFile> Files(params (string From, string To)[] edits)
    {
        var files = RuleFiles.RuleSetLoaderTests.MiniFiles();
        foreach (var (from, to) in edits)
        {
            var index = files.FindIndex(f => f.Text.Contains(from, StringComparison.Ordinal));
            index.Should().BeGreaterThanOrEqualTo(0, $"'{from}' must be in a mini file");
            files[index] = files[index] with { Text = files[index].Text.Replace(from, to, StringComparison.Ordinal) };
        }

        return files;
    }
}
