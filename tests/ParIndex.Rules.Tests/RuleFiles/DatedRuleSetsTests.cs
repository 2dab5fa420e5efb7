using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>A folder of rule sets, one a season, each scored by its own (issue #28, 3).</summary>
public class DatedRuleSetsTests
{
    [Fact]
    public void LoadInForce_TwoSeasons_TakesTheOneInForceOnTheDay()
    {
        var folder = Folder(("commune-2025", "2025.1.1", "2025-01-01", "2025-12-31", null), ("commune-2026", "2026.1.0", "2026-01-01", "2026-12-31", null));

        var (first, second) = (RuleSetLoader.LoadInForce(folder, new DateOnly(2025, 12, 31)), RuleSetLoader.LoadInForce(folder, new DateOnly(2026, 1, 1)));

        (first.Version, second.Version).Should().Be(("2025.1.1", "2026.1.0"));
    }

    [Fact]
    public void LoadInForce_ValidFromCuttingASeasonShort_CountsOverThePeriod()
    {
        // A decision of 17 Nov 2025 replaces the set from 1 Dec 2025: the old one's validTo ends on 30 Nov.
        var folder = Folder(("old", "2025.1.1", "2025-01-01", "2025-12-31", "\"validTo\": \"2025-11-30\","), ("new", "2025.2.0", "2025-01-01", "2025-12-31", "\"validFrom\": \"2025-12-01\","));

        RuleSetLoader.LoadInForce(folder, new DateOnly(2025, 11, 30)).Version.Should().Be("2025.1.1");
        RuleSetLoader.LoadInForce(folder, new DateOnly(2025, 12, 31)).Version.Should().Be("2025.2.0");
    }

    [Fact]
    public void LoadInForce_NoneOrTwoInForce_IsOneClearProblem()
    {
        var folder = Folder(("a", "2025.1.1", "2025-01-01", "2025-12-31", null), ("b", "2025.9.0", "2025-06-01", "2025-12-31", null));

        var none = () => RuleSetLoader.LoadInForce(folder, new DateOnly(2027, 1, 1));
        var two = () => RuleSetLoader.LoadInForce(folder, new DateOnly(2025, 7, 1));

        none.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Message.Should().StartWith("no rule set here is in force on 2027-01-01");
        two.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Message.Should()
            .StartWith("2 rule sets are in force on 2025-07-01: commune-2025 2025.1.1 (2025-01-01 – 2025-12-31), commune-2025 2025.9.0 (2025-06-01 – 2025-12-31)");
    }

    [Fact]
    public void LoadInForce_ABrokenSetBesideTheRightOne_IsNeverPassedOver()
    {
        var folder = Folder(("a", "2025.1.1", "2025-01-01", "2025-12-31", null), ("b", "2026.1.0", "2026-01-01", "2026-12-31", null));
        File.WriteAllText(Path.Combine(folder, "b", "indicators.json"), "{");

        var act = () => RuleSetLoader.LoadInForce(folder, new DateOnly(2025, 12, 31));

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().OnlyContain(p => p.File.StartsWith("b/", StringComparison.Ordinal));
    }

    /// <summary>Copies of commune-2025 (unsealed drafts), each with its version, period and extra manifest fields.</summary>
    private static string Folder(params (string Name, string Version, string From, string To, string? Extra)[] sets)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}");
        foreach (var (name, version, from, to, extra) in sets)
        {
            foreach (var file in BundledRuleSets.Files("commune-2025").Where(f => f.Path != "seal.json"))
            {
                var text = file.Path != "ruleset.json" ? file.Text : file.Text
                    .Replace("\"version\": \"2025.1.1\",", $"\"version\": \"{version}\",{extra}", StringComparison.Ordinal)
                    .Replace("\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"", $"\"from\": \"{from}\", \"to\": \"{to}\"", StringComparison.Ordinal);
                var path = Path.Combine(folder, name, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }

        return folder;
    }
}
