using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Tests.Laws;

/// <summary>A seed from which a rule set and a batch of units are made.</summary>
public sealed record Seed(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class SeedArbitrary
{
    public static Arbitrary<Seed> Seeds() => Arb.From(Gen.Choose(0, int.MaxValue).Select(v => new Seed(v)));
}

/// <summary>Laws that hold for every rule set and every unit, checked on generated ones (FsCheck).</summary>
[Properties(Arbitrary = [typeof(SeedArbitrary)], MaxTest = 60)]
public class ScoringLawsTests
{
    [Property]
    public bool Score_AnyUnit_PointsWithinZeroAndMaxAndDeductionIsTheRest(Seed seed)
    {
        var (scorer, units) = Make(seed);

        return scorer.ScoreMany(units).All(card =>
            card.Criteria.All(c => c.Points >= 0m && c.Points <= c.MaxPoints && c.Deduction == c.MaxPoints - c.Points)
            && card.Total == card.Criteria.Sum(c => c.Points)
            && card.Total <= card.MaxTotal);
    }

    [Property]
    public bool Score_PassingCriterion_MeetsEveryRequirement(Seed seed)
    {
        var (scorer, units) = Make(seed);

        return scorer.ScoreMany(units).SelectMany(c => c.Criteria).Where(c => c.Status == CriterionStatus.Pass)
            .All(c => c.Parts.All(p => p.Status == CriterionStatus.NotApplicable || (p.Value is { } v && p.Requirement.IsMetBy(v))));
    }

    [Property]
    public bool Score_RaisingANumerator_NeverLowersPoints(Seed seed)
    {
        var (scorer, units) = Make(seed);

        foreach (var unit in units.Where(u => u.Indicators.TryGetValue("a", out var a) && u.Indicators.TryGetValue("b", out var b) && a.Number < b.Number && b.Number > 0))
        {
            var raised = new Dictionary<string, IndicatorValue>(unit.Indicators) { ["a"] = unit.Indicators["a"].Number + 1 };
            var before = scorer.Score(unit);
            var after = scorer.Score(unit with { Indicators = raised });
            var rateCriteria = scorer.RuleSet.Criteria.Where(c => c.Parts[0].Value.Kind == ValueKind.Rate).Select(c => c.Id);
            if (rateCriteria.Any(id => after.Criterion(id).Points < before.Criterion(id).Points))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool ScoreMany_ShuffledChunkedOrSequential_GivesEachUnitTheSameCard(Seed seed)
    {
        var (scorer, units) = Make(seed);
        var random = new Random(seed.Value);
        var shuffled = units.OrderBy(_ => random.Next()).ToList();

        var inOrder = scorer.ScoreMany(units, BatchOptions.Sequential).ToDictionary(c => c.UnitId, Generated.Fingerprint);
        var other = scorer.ScoreMany(shuffled, new BatchOptions { ChunkSize = random.Next(1, 9), MaxDegreeOfParallelism = random.Next(1, 5) });

        return other.All(c => inOrder[c.UnitId] == Generated.Fingerprint(c));
    }

    [Property]
    public bool Score_SameUnitTwice_IsDeterministic(Seed seed)
    {
        var (scorer, units) = Make(seed);

        return units.All(u => Generated.Fingerprint(scorer.Score(u)) == Generated.Fingerprint(scorer.Score(u)));
    }

    [Property]
    public bool Load_SameFilesTwice_GivesTheSameHash(Seed seed)
    {
        var files = GeneratedRuleSets.Files(seed.Value);

        return RuleSetLoader.Load("a", files).ContentHash == RuleSetLoader.Load("b", files.Reverse()).ContentHash;
    }

    [Property]
    public bool RuleSet_WrittenBackAndLoadedAgain_ScoresTheSame(Seed seed)
    {
        var (scorer, units) = Make(seed);

        var again = Scorer.Compile(RuleSetLoader.Load("again", RuleSetWriter.ToFiles(scorer.RuleSet)));

        return scorer.ScoreMany(units).Select(Generated.Fingerprint).SequenceEqual(again.ScoreMany(units).Select(Generated.Fingerprint));
    }

    [Property(MaxTest = 2000)]
    public bool Rate_WholeNumbers_EqualsDecimalDivisionRounded(Seed seed)
    {
        var random = new Random(seed.Value);
        long denominator = random.Next(1, 3) == 1 ? random.Next(1, 1_000) : random.NextInt64(1, 100_000_000_000_000);
        var numerator = random.NextInt64(0, denominator + 1);

        return Measure.Rate(numerator, denominator) == Math.Round((decimal)numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero);
    }

    private static (Scorer Scorer, List<IndicatorSnapshot> Units) Make(Seed seed)
    {
        var scorer = Scorer.Compile(RuleSetLoader.Load($"gen-{seed}", GeneratedRuleSets.Files(seed.Value)));
        var random = new Random(seed.Value);
        return (scorer, Enumerable.Range(0, 40).Select(i => GeneratedRuleSets.Unit(random, $"u{i}")).ToList());
    }
}
