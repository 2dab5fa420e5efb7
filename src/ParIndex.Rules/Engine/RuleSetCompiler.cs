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
/// <para>
/// What NRules decides here, plainly: which criteria some unit of a chunk falls short on (the Rete network tests
/// each rule's condition once per chunk fact and activates only the rules that match), and it runs those rules'
/// actions; a criterion whose rule stays silent is a proven full pass and costs no action. What it does not do:
/// there are no joins between facts, no chaining (no action inserts or changes a fact another rule reads), and the
/// action evaluates again, per unit, what the condition evaluated for the chunk. It is kept because it is the
/// product's stated engine, because its agenda, events and session lifecycle give a per-chunk, per-criterion place
/// where an arithmetic failure is kept to one unit, and because rules that depend on other criteria (a bonus that
/// needs area III complete, say) would be joins it already supports. Doing more in the network (a fact per unit and
/// criterion, the points decided by the rule instead of by Evaluator) was measured at about 50 times the
/// activations, which dominated the cost (benchmarks/README.md).
/// </para>
/// </remarks>
internal static class RuleSetCompiler
{
    /// <summary>
    /// The most rules compiled into one session factory. NRules looks for a node to share by comparing a new rule's
    /// condition with every condition already in the network, so compiling n rules together costs n²: 20,000
    /// criteria took 8.5 minutes. Groups of this size keep that cost linear in the number of criteria, and a rule
    /// set of up to this many criteria (the 2025 set has 31) is one group, scored by one session as before.
    /// </summary>
    public const int RulesPerFactory = 256;

    public static (ISessionFactory[] Factories, CriterionRule[] Criteria, int PartCount) Compile(RuleSet ruleSet)
    {
        var criteria = new CriterionRule[ruleSet.Criteria.Count];
        var partCount = 0;
        var rules = new List<IRuleDefinition>(criteria.Length);
        for (var i = 0; i < criteria.Length; i++)
        {
            var definition = ruleSet.Criteria[i];
            criteria[i] = new CriterionRule(definition, i, partCount, ruleSet.IndicatorsByKey, ruleSet.NotApplicable);
            rules.Add(BuildRule(ruleSet, criteria[i]));
            partCount += CriterionRule.SlotsOf(definition);
        }

        // Each criterion's condition is its own, so Rete has no nodes to share between them: a condition that
        // calls a method of a captured object is simply treated as different from every other.
        var options = new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual };
        var factories = rules.Chunk(RulesPerFactory).Select(group => new RuleCompiler(options).Compile(group)).ToArray();
        return (factories, criteria, partCount);
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
