using FsCheck.Xunit;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Tests.Laws;

/// <summary>Laws of the assessment model (claims, appraisal, exclusion) on generated rule sets and units (FsCheck).</summary>
[Properties(Arbitrary = [typeof(SeedArbitrary)], MaxTest = 40)]
public class AssessmentLawsTests
{
    [Property]
    public bool Score_AnyClaimsAndAppraisals_FinalPointsWithinZeroAndMaxAndTotalWithinBounds(Seed seed)
    {
        var (scorer, units) = Make(seed, exclude: false);
        var random = new Random(seed.Value);

        return scorer.ScoreMany(units.Select(u => WithClaimsAndAppraisals(u, scorer.RuleSet, random))).All(card =>
            card.Criteria.All(c => c.Points >= 0m && c.Points <= c.MaxPoints)
            && card.Total >= 0m && card.Total <= card.MaxTotal);
    }

    [Property]
    public bool Score_ArbitraryGivenPointsBuiltInCode_NeverLeaveTheBoundsOnEitherPath(Seed seed)
    {
        // Claims and rounds built in code, as an application would, with any decimal: negative, above the maximum,
        // many decimals. The plain path (sums) and the general path (areas, rescaling) both keep every criterion in
        // 0..max and every total in 0..the rule set's points.
        var (plain, units) = Make(seed, exclude: false);
        var (general, _) = Make(seed, exclude: false, appliesToFirst: true, appliesToAll: true);
        var random = new Random(seed.Value);
        var given = units.Select(u => WithClaimsAndAppraisals(u, plain.RuleSet, random, arbitrary: true) with { Type = "x" }).ToList();

        return new[] { plain, general }.All(scorer => scorer.ScoreMany(given).All(card =>
            card.Criteria.All(c => c.Points >= 0m && c.Points <= c.MaxPoints && c.Deduction >= 0m && c.Deduction <= c.MaxPoints)
            && card.Total >= 0m && card.Total <= scorer.RuleSet.TotalPoints));
    }

    [Property]
    public bool Score_ClaimsWithoutAppraisal_EqualsTheFiguresAlone(Seed seed)
    {
        // Claims change no points: with no appraisal and no exclusion, every criterion is what its figures give and
        // the total is the plain sum, exactly as before the assessment model.
        var (scorer, units) = Make(seed, exclude: false);
        var random = new Random(seed.Value);

        return units.All(unit =>
        {
            var plain = scorer.Score(unit);
            var claimed = scorer.Score(WithClaimsAndAppraisals(unit, scorer.RuleSet, random, appraise: false));
            return claimed.Criteria.Select(c => (c.Status, c.Points)).SequenceEqual(plain.Criteria.Select(c => (c.Status, c.Points)))
                && claimed.Total == plain.Criteria.Sum(c => c.Points) && claimed.Total == plain.Total
                && claimed.Criteria.All(c => c.ComputedPoints == c.Points && !c.Excluded);
        });
    }

    [Property]
    public bool Score_ExcludingOneCriterion_NeverChangesAnothersPoints(Seed seed)
    {
        // The same rule set with its first criterion for type "x" only, scored for units of type "y".
        var (scorer, units) = Make(seed, exclude: false);
        var (narrowed, _) = Make(seed, exclude: false, appliesToFirst: true);
        var first = scorer.RuleSet.Criteria[0].Id;

        return units.All(unit =>
        {
            var before = scorer.Score(unit);
            var after = narrowed.Score(unit with { Type = "y" });
            var excluded = after.Criterion(first);
            return excluded.Excluded && excluded.Points == 0m && excluded.Status == CriterionStatus.NotApplicable
                && after.Criteria.Where(c => c.Id != first).Select(c => (c.Status, c.Points))
                    .SequenceEqual(before.Criteria.Where(c => c.Id != first).Select(c => (c.Status, c.Points)));
        });
    }

    [Property]
    public bool Score_PlainRuleSet_TotalsAndAreasEqualTheGeneralPaths(Seed seed)
    {
        // The scorer sums a plain rule set (base areas only, nothing excludable) without per-area sums; the same rule
        // set with every criterion for type "x" takes the general path. For units of type "x" nothing is excluded,
        // so both must agree on every total and area.
        var (plain, units) = Make(seed, exclude: false);
        var (general, _) = Make(seed, exclude: false, appliesToFirst: true, appliesToAll: true);

        return units.All(unit =>
        {
            var a = plain.Score(unit with { Type = "x" });
            var b = general.Score(unit with { Type = "x" });
            return (a.Total, a.Base, a.Bonus, a.Penalty, a.ApplicableMaxPoints, a.HasTotal) == (b.Total, b.Base, b.Bonus, b.Penalty, b.ApplicableMaxPoints, b.HasTotal)
                && a.Areas.Select(r => (r.Points, r.ApplicableMaxPoints, r.Percent)).SequenceEqual(b.Areas.Select(r => (r.Points, r.ApplicableMaxPoints, r.Percent)));
        });
    }

    [Property]
    public bool Score_NotApplicableExcluded_RescalesTheRestToTheTotal(Seed seed)
    {
        // Under "exclude", a unit's total is its points over what applies, rescaled: base × total / applicable, 2 decimals.
        var (scorer, units) = Make(seed, exclude: true);

        return scorer.ScoreMany(units).All(card =>
        {
            var applicable = card.Criteria.Where(c => !c.Excluded).Sum(c => c.MaxPoints);
            var sum = card.Criteria.Sum(c => c.Points);
            return applicable == 0m
                ? !card.HasTotal
                : card.HasTotal && card.ApplicableMaxPoints == applicable
                    && card.Total == (applicable == card.MaxTotal ? sum : Math.Round(sum * card.MaxTotal / applicable, 2, MidpointRounding.AwayFromZero));
        });
    }

    [Property]
    public bool Needed_OnARate_IsTheFewestEventsThatMeetTheRequirement(Seed seed)
    {
        // The generated rates are a over b: a + needed meets the requirement, a + needed − 1 does not.
        var (scorer, units) = Make(seed, exclude: false);
        var rates = scorer.RuleSet.Criteria.Where(c => c.Parts[0].Value.Kind == ValueKind.Rate).Select(c => c.Id).ToList();

        return units.All(unit => rates.All(id =>
        {
            var part = scorer.Score(unit).Criterion(id).Parts[0];
            if (part.Needed is not { } needed || needed == 0m)
            {
                return true;
            }

            bool Meets(decimal more) => scorer.Score(unit with { Indicators = new Dictionary<string, IndicatorValue>(unit.Indicators) { ["a"] = unit.Indicators["a"].Number + more } })
                .Criterion(id).Parts[0] is { Value: { } value } && part.Requirement.IsMetBy(value);
            return Meets(needed) && !Meets(needed - 1m);
        }));
    }

    private static IndicatorSnapshot WithClaimsAndAppraisals(IndicatorSnapshot unit, RuleSet rules, Random random, bool appraise = true, bool arbitrary = false)
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal);
        foreach (var criterion in rules.Criteria)
        {
            decimal Points() => arbitrary ? Arbitrary(criterion.MaxPoints, random) : Math.Round(criterion.MaxPoints * random.Next(0, 101) / 100m, 2);
            if (random.Next(2) == 0)
            {
                claims[criterion.Id] = new Claim(Points(), []);
            }

            if (appraise && random.Next(3) == 0)
            {
                appraisal[criterion.Id] = [new AppraisalRound(1, Points(), "r"), new AppraisalRound(2, Points(), "r")];
            }
        }

        return unit with { SelfAssessment = claims, Appraisal = appraisal };
    }

    /// <summary>Any decimal a caller might build: negative, within, at or far above the maximum, with up to 6 decimals.</summary>
    private static decimal Arbitrary(decimal max, Random random) => random.Next(5) switch
    {
        0 => -Math.Round((decimal)random.NextDouble() * 100m, random.Next(7)),
        1 => max + Math.Round((decimal)random.NextDouble() * 1000m, random.Next(7)),
        2 => max,
        3 => Math.Round(max * (decimal)random.NextDouble(), random.Next(7)),
        _ => random.Next(2) == 0 ? decimal.MaxValue : decimal.MinValue,
    };

    private static (Scorer Scorer, List<IndicatorSnapshot> Units) Make(Seed seed, bool exclude, bool appliesToFirst = false, bool appliesToAll = false)
    {
        var files = GeneratedRuleSets.Files(seed.Value).ToList();
        var manifest = JObject.Parse(files[0].Text);
        if (exclude)
        {
            manifest["notApplicable"] = "exclude";
        }

        if (appliesToFirst)
        {
            manifest["unitTypes"] = new JArray(new JObject { ["id"] = "x", ["title"] = new JObject { ["vi"] = "x" } }, new JObject { ["id"] = "y", ["title"] = new JObject { ["vi"] = "y" } });
            var criteria = JObject.Parse(files[2].Text);
            foreach (var criterion in appliesToAll ? criteria["criteria"]!.Children() : criteria["criteria"]!.Take(1))
            {
                criterion["appliesTo"] = new JArray("x");
            }

            files[2] = new RuleFile(files[2].Path, criteria.ToString());
        }

        files[0] = new RuleFile(files[0].Path, manifest.ToString());
        var scorer = Scorer.Compile(RuleSetLoader.Load($"gen-{seed}", files));
        var random = new Random(seed.Value);
        return (scorer, Enumerable.Range(0, 30).Select(i => GeneratedRuleSets.Unit(random, $"u{i}")).ToList());
    }
}
