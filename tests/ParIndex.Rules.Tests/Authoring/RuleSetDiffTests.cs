using FluentAssertions;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Tests.RuleFiles;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

/// <summary>What a rule change does (issue #28, 4): the fields that changed, and the units that move.</summary>
public class RuleSetDiffTests
{
    [Fact]
    public void Compare_ThresholdChangedCriterionRemovedPointsMoved_ListsEachFieldByItsPath()
    {
        var before = RuleSetLoader.Load("before", RuleSetLoaderTests.MiniFiles());
        var files = RuleSetLoaderTests.MiniFiles();
        RuleSetLoaderTests.Replace(files, "criteria/a.json", "\"threshold\": 100 }", "\"threshold\": 95 }");
        var after = RuleSetLoader.Load("after", files);

        var diff = RuleSetDiff.Compare(before, after);

        diff.RuleSetChanges.Should().BeEmpty();
        var changed = diff.Criteria.Should().ContainSingle().Which;
        (changed.Id, changed.Change).Should().Be((before.Criteria[0].Id, ChangeKind.Changed));
        changed.Fields.Should().Equal(new FieldChange("parts[0].requirement.threshold", "100", "95"));
        changed.Fields[0].Describe(Language.Vi).Should().Be("phần 1, yêu cầu, ngưỡng");
    }

    [Fact]
    public void Compare_SameRuleSet_FindsNothing()
    {
        var rules = Some.Commune2025Scorer.RuleSet;

        var diff = RuleSetDiff.Compare(rules, rules);

        (diff.RuleSetChanges.Count, diff.Criteria.Count).Should().Be((0, 0));
    }

    [Fact]
    public void Impact_TopBandOf321LoweredTo99Point5_MovesTheUnitsBetween()
    {
        // 3.2.1's top band from 99.9% to 99.5%: a unit resolving 99.5%–99.9% on time gets 10 points instead of 8. Of two
        // units, a at 2,994 of 3,000 (99.80%) gains 2; b at 2,985 (99.50%) gains 2 as well; c at 2,970 (99.00%) keeps 8.
        var rules = Some.Commune2025Scorer.RuleSet;
        var files = RuleSetWriter.ToFiles(rules).ToList();
        var area = files.FindIndex(f => f.Path == "criteria/area-III.json");
        files[area] = files[area] with { Text = files[area].Text.Replace("\"min\": 99.9,", "\"min\": 99.5,", StringComparison.Ordinal) };
        var lowered = Scorer.Compile(RuleSetLoader.Load("lowered", files));
        IndicatorSnapshot Unit(string id, int onTime) => Some.Unit(id, ("dossiersResolved", 3000), ("dossiersResolvedOnTime", onTime));

        var impact = RuleSetImpact.Of(Some.Commune2025Scorer, lowered, [Unit("a", 2994), Unit("b", 2985), Unit("c", 2970)]);

        impact.Units.Select(u => (u.Id, u.TotalAfter - u.TotalBefore, u.RankBefore, u.RankAfter)).Should().Equal(("a", 2m, 1, 1), ("b", 2m, 1, 1), ("c", 0m, 1, 3));
        impact.Scored.Should().Be(3);
    }

    [Fact]
    public void Impact_IndicatorOnlyTheOldSetKnows_IsReadForTheOldSet()
    {
        // The new set renames publicAssetInspectionDone (6.2.1's figure) to assetInspectionReported. The office sends
        // both columns, yes in each: under its own set each scores 6.2.1 at 2, so nothing moves. Read once under the new
        // set, the old set would find its figure missing and score 0: a rise of 2 that is the reading's, not the rules'.
        var old = Some.Commune2025Scorer;
        var files = RuleSetWriter.ToFiles(old.RuleSet).Select(f => f with { Text = f.Text.Replace("publicAssetInspectionDone", "assetInspectionReported", StringComparison.Ordinal) });
        var now = Scorer.Compile(RuleSetLoader.Load("now", files));
        var csv = "id;name;publicAssetInspectionDone;assetInspectionReported\na;A;có;có\n";
        var (underOld, underNew) = (SnapshotReader.ReadCsv(new StringReader(csv), "u.csv", old.RuleSet), SnapshotReader.ReadCsv(new StringReader(csv), "u.csv", now.RuleSet));

        var apart = RuleSetImpact.Of(old, now, underOld.Snapshots, underNew.Snapshots);
        var once = RuleSetImpact.Of(old, now, underNew.Snapshots);

        apart.Units.Should().BeEmpty();
        once.Units.Should().ContainSingle().Which.Should().Match<UnitChange>(u => u.TotalAfter - u.TotalBefore == 2m);
    }

    [Fact]
    public void Impact_ReadingsOfOtherUnits_AreRefused()
    {
        var act = () => RuleSetImpact.Of(Some.Commune2025Scorer, Some.Commune2025Scorer, [Some.Unit("a")], [Some.Unit("b")]);

        act.Should().Throw<ArgumentException>();
    }
}
