using System.Collections;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Architecture;

/// <summary>Holds the results a scorer gives to what a caller may rely on: made by the library only, equal only when it means it.</summary>
public class ResultTypeTests
{
    /// <summary>What scoring and recovery give back: a caller reads them, never builds them.</summary>
    private static readonly Type[] Results =
    [
        typeof(Scorecard), typeof(CriterionResult), typeof(PartResult), typeof(AreaResult), typeof(RankedScorecard),
        typeof(ScoredBatch), typeof(GoalSeekResult), typeof(WhatIfResult), typeof(RecoveryStep),
    ];

    [Fact]
    public void Results_EachType_HasNoPublicConstructor()
    {
        Results.Where(t => t.GetConstructors().Length > 0).Select(t => t.Name).Should().BeEmpty(
            "a result a caller could build could claim a score no rule set gave");
    }

    [Fact]
    public void Results_ValueEqualityOverAList_IsNeverClaimed()
    {
        // A record holding a list is equal only to itself in that property: its Equals said "different" of two
        // scorecards alike in every figure. Results with lists are classes; a record result holds values only.
        Results.Where(t => t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)))
            .Where(t => t.GetProperties().Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Select(t => t.Name)
            .Should().BeEmpty();
    }

    [Fact]
    public void AreaResult_TwoAlikeInEveryValue_AreEqual()
    {
        // The one result that keeps a record's equality: every value in it is a value, so equal means alike.
        var scorer = Some.Commune2025Scorer;

        scorer.Score(Some.PerfectUnit("a")).Areas.Should().Equal(scorer.Score(Some.PerfectUnit("b")).Areas);
    }
}
