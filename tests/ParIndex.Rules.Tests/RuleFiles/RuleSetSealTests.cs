using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>A published rule set is sealed (issue #28, 3): an edited copy can never pass for the published version.</summary>
public class RuleSetSealTests
{
    [Fact]
    public void Load_BundledSets_AreSealed()
    {
        BundledRuleSets.Ids.Select(id => BundledRuleSets.Load(id).Sealed).Should().OnlyContain(s => s);
    }

    [Fact]
    public void Load_SealedSetEditedWithoutANewVersion_IsRefusedAtTheSeal()
    {
        // commune-2025 2025.1.1 with 3.2.1's top band lowered, still calling itself 2025.1.1.
        var files = Edited("\"min\": 99.9,", "\"min\": 99.5,");

        var act = () => RuleSetLoader.Load("copy", files);

        var problem = act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which;
        (problem.File, problem.Path).Should().Be(("seal.json", "$.hash"));
        problem.Message.Should().StartWith("the content changed since version 2025.1.1 was sealed");
    }

    [Fact]
    public void Load_NewVersionNotSealedAgain_IsRefusedUntilSealed()
    {
        var files = Edited("\"version\": \"2025.1.1\"", "\"version\": \"2025.2.0\"");

        var act = () => RuleSetLoader.Load("copy", files);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().StartWith("the rule set was sealed as version 2025.1.1, but ruleset.json now says 2025.2.0");
    }

    [Fact]
    public void SealFolder_EditedCopyWithANewVersion_LoadsSealedAndStaysRefusedIfEditedAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}");
        foreach (var file in Edited("\"version\": \"2025.1.1\"", "\"version\": \"2025.2.0\""))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file.Path))!);
            File.WriteAllText(Path.Combine(folder, file.Path), file.Text);
        }

        var sealedSet = RuleSetSeal.SealFolder(folder);
        var criteria = Path.Combine(folder, "criteria", "area-3.json");
        File.WriteAllText(criteria, File.ReadAllText(criteria).Replace("\"min\": 99.9,", "\"min\": 99.5,", StringComparison.Ordinal));
        var act = () => RuleSetLoader.LoadFolder(folder);

        (sealedSet.Sealed, sealedSet.Version).Should().Be((true, "2025.2.0"));
        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.hash");
    }

    [Fact]
    public void Load_OverlayOnASealedSet_IsASetOfItsOwnWithoutTheSeal()
    {
        var overlay = RuleOverlay.Empty.WithDeadline(new DateOnly(2026, 6, 30));

        var ruleSet = BundledRuleSets.Load("commune-2025", overlay);

        ruleSet.Sealed.Should().BeFalse();
    }

    [Fact]
    public void Load_EditedSealedSetUnderAnOverlay_IsRefusedAtTheSealAsWithoutOne()
    {
        // The overlay's result carries no seal, but the base it starts from must still be the sealed one.
        var overlay = RuleOverlay.Empty.WithDeadline(new DateOnly(2026, 6, 30));
        var files = overlay.Apply(BundledRuleSets.Files("commune-2025"));
        var act = () => overlay.Apply(Edited("\"min\": 99.9,", "\"min\": 99.5,"));

        files.Should().NotContain(f => f.Path == "seal.json");
        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.hash");
    }

    [Fact]
    public void Load_SealWithAFieldBesides_IsRefused()
    {
        var files = Edited("\"version\": \"2025.1.1\", \"hash\"", "\"version\": \"2025.1.1\", \"by\": \"x\", \"hash\"");

        var act = () => RuleSetLoader.Load("copy", files);

        act.Should().Throw<RuleSetLoadException>().Which.Problems.Should().ContainSingle().Which.File.Should().Be("seal.json");
    }

    private static List<RuleFile> Edited(string from, string to)
    {
        var files = BundledRuleSets.Files("commune-2025").ToList();
        var at = files.FindIndex(f => f.Text.Contains(from, StringComparison.Ordinal));
        files[at] = files[at] with { Text = files[at].Text.Replace(from, to, StringComparison.Ordinal) };
        return files;
    }
}
