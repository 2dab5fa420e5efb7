using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ParIndex.Rules;

/// <summary>Compiles a rule set into NRules: one rule per criterion, "some unit of the chunk falls short of a full pass", matched against a chunk of units.</summary>
/// <remarks>
/// Why a chunk and not a unit is the fact (measured on the 2025 rule set, benchmarks/README.md): an NRules
/// activation costs about 0.45 KB and 0.5 µs whatever it does, and one per (unit, criterion) shortfall was most
/// of the scoring cost; one per (chunk, criterion) is about 50 times fewer, with the same rules deciding the same
/// criteria. A criterion every unit of a chunk meets in full costs one condition test and no activation; its result
/// is the full pass that the rule's silence proves. The condition and the action are lambdas over the criterion's
/// <see cref="CriterionRule"/>, which calls the one statement of the semantics (<see cref="Evaluator"/>); nothing
/// in them comes from text in a rule file.
/// </remarks>
internal static class RuleSetCompiler
{
    public static (ISessionFactory Factory, CriterionRule[] Criteria, int PartCount) Compile(RuleSet ruleSet)
    {
        var criteria = new CriterionRule[ruleSet.Criteria.Count];
        var partCount = 0;
        var rules = new List<IRuleDefinition>(criteria.Length);
        for (var i = 0; i < criteria.Length; i++)
        {
            var definition = ruleSet.Criteria[i];
            criteria[i] = new CriterionRule(definition, i, partCount, ruleSet.IndicatorsByKey);
            rules.Add(BuildRule(ruleSet, criteria[i]));
            partCount += definition.Parts.Count;
        }

        // Each criterion's condition is its own, so Rete has no nodes to share between them: a condition that
        // calls a method of a captured object is simply treated as different from every other.
        var options = new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual };
        return (new RuleCompiler(options).Compile(rules), criteria, partCount);
    }

    private static IRuleDefinition BuildRule(RuleSet ruleSet, CriterionRule criterion)
    {
        var builder = new RuleBuilder();
        builder.Name($"{ruleSet.Id} {criterion.Definition.Id} shortfall");
        builder.Description(criterion.Definition.Title.Vi);

        // The lambda's parameter name is the pattern's name: that is how NRules binds a condition to its fact.
        Expression<Func<ChunkFact, bool>> fallsShort = chunk => criterion.AnyFallsShort(chunk);
        builder.LeftHandSide().Pattern(typeof(ChunkFact), "chunk").Condition(fallsShort);

        Expression<Action<IContext, ChunkFact>> decide = (context, chunk) => criterion.Record(chunk);
        builder.RightHandSide().Action(decide);
        return builder.Build();
    }
}
