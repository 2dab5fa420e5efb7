using FluentAssertions;
using Xunit;
using ParIndex.Rules.Authoring;

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
        var v1 = Scorer.Compile(RuleSetLoader.Load("v1", Files()));
        var host = new RuleSetHost(v1);
        var versions = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.Invoke(
            () =>
            {
                for (var i = 0; i < 5; i++)
                {
                    host.TryReload(() => RuleSetLoader.Load("v", Files(("\"version\": \"1.0.0\"", $"\"version\": \"1.{i + 1}.0\""))));
                }
            },
            () =>
            {
                for (var i = 0; i < 500; i++)
                {
                    var card = host.Current.Score(Unit);
                    card.Criterion("1").Points.Should().Be(2m);
                    versions.Add(card.RuleSetVersion);
                }
            });

        host.Current.RuleSet.Version.Should().Be("1.5.0");
        versions.Should().OnlyContain(v => v.StartsWith("1.", StringComparison.Ordinal));
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
