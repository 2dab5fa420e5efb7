using System.Linq.Expressions;
using System.Reflection;
using FastExpressionCompiler;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RuleSet = ParIndex.Rules.RuleSet;

namespace ParIndex.Rules;

/// <summary>Compiles a rule set into NRules: one shortfall rule per criterion, matched against a chunk of units.</summary>
/// <remarks>
/// Shape, chosen for speed (issue #5, measured on the 2025 rule set): a criterion's rule fires only when some unit
/// of the chunk falls short of a clean pass, that is when some part misses its requirement, earns less than all
/// its points, is not applicable, or lacks data; its action then decides that criterion for each unit of the chunk
/// that falls short. A criterion every unit meets in full costs one condition test and no activation; its result
/// is the full pass the rule's silence proves. The fact is the chunk, not the unit: an NRules activation costs
/// about 0.45 KB and 0.5 µs whatever it does, and one per (unit, criterion) shortfall was most of the scoring
/// cost; one per (chunk, criterion) is ~50 times fewer, with the same rules deciding the same criteria.
/// Conditions and actions are expression trees built from the rule file's numbers, never from text in the file.
/// </remarks>
internal static class RuleSetCompiler
{
    private const string FactName = "chunk";
    private static readonly FieldInfo UnitsField = typeof(ChunkFact).GetField(nameof(ChunkFact.Units))!;
    private static readonly FieldInfo MeasuresField = typeof(UnitFact).GetField(nameof(UnitFact.Measures))!;
    private static readonly MethodInfo RecordMethod = typeof(CompiledCriterion).GetMethod(nameof(CompiledCriterion.Record))!;

    public static (ISessionFactory Factory, CompiledCriterion[] Criteria, int PartCount) Compile(RuleSet ruleSet)
    {
        var criteria = new CompiledCriterion[ruleSet.Criteria.Count];
        var partCount = 0;
        var rules = new List<IRuleDefinition>(criteria.Length);
        for (var i = 0; i < criteria.Length; i++)
        {
            var definition = ruleSet.Criteria[i];
            criteria[i] = new CompiledCriterion(definition, i, partCount, ruleSet.IndicatorsByKey);
            rules.Add(BuildRule(ruleSet, criteria[i]));
            partCount += definition.Parts.Count;
        }

        // Each criterion's condition is its own, so Rete has no nodes to share between them: expressions the
        // node-sharing comparer cannot read (a field of an array element) are simply treated as different.
        var options = new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual };
        var compiler = new RuleCompiler(options) { ExpressionCompiler = new FastCompiler() };
        return (compiler.Compile(rules), criteria, partCount);
    }

    private static IRuleDefinition BuildRule(RuleSet ruleSet, CompiledCriterion criterion)
    {
        var builder = new RuleBuilder();
        builder.Name($"{ruleSet.Id} {criterion.Definition.Id} shortfall");
        builder.Description(criterion.Definition.Title.Vi);

        var chunk = Expression.Parameter(typeof(ChunkFact), FactName);
        var pattern = builder.LeftHandSide().Pattern(typeof(ChunkFact), FactName);

        // Condition: some unit of the chunk falls short. Comparisons of decimals read from an array cannot throw,
        // so no unit's figures can fail the test for the others.
        var found = Expression.Label(typeof(bool), "found");
        pattern.Condition(Expression.Lambda<Func<ChunkFact, bool>>(
            EachUnit(chunk, unit => Expression.IfThen(Expression.Not(CleanPass(unit, criterion)), Expression.Break(found, Expression.Constant(true))),
                found, Expression.Break(found, Expression.Constant(false))),
            chunk));

        // Action: decide the criterion for each unit that falls short; Record keeps an arithmetic failure to its unit.
        var context = Expression.Parameter(typeof(IContext), "context");
        var done = Expression.Label("done");
        var action = Expression.Lambda<Action<IContext, ChunkFact>>(
            EachUnit(chunk, unit => Expression.IfThen(Expression.Not(CleanPass(unit, criterion)), Expression.Call(Expression.Constant(criterion), RecordMethod, unit)),
                done, Expression.Break(done)),
            context, chunk);
        builder.RightHandSide().Action(action);
        return builder.Build();
    }

    /// <summary>for (i = 0; i &lt; chunk.Units.Length; i++) { unit = chunk.Units[i]; body } then <paramref name="atEnd"/>, which leaves through <paramref name="exit"/>.</summary>
    private static BlockExpression EachUnit(ParameterExpression chunk, Func<ParameterExpression, Expression> body, LabelTarget exit, Expression atEnd)
    {
        var units = Expression.Variable(typeof(UnitFact[]), "units");
        var index = Expression.Variable(typeof(int), "i");
        var unit = Expression.Variable(typeof(UnitFact), "unit");
        return Expression.Block(
            [units, index, unit],
            Expression.Assign(units, Expression.Field(chunk, UnitsField)),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(index, Expression.ArrayLength(units)),
                    Expression.Block(
                        Expression.Assign(unit, Expression.ArrayIndex(units, index)),
                        body(unit),
                        Expression.PreIncrementAssign(index)),
                    atEnd),
                exit));
    }

    /// <summary>True when every part's value is present, meets the requirement and earns all the part's points.</summary>
    private static Expression CleanPass(ParameterExpression unit, CompiledCriterion criterion)
    {
        Expression? all = null;
        for (var i = 0; i < criterion.Definition.Parts.Count; i++)
        {
            var part = criterion.Definition.Parts[i];
            var measure = Expression.ArrayIndex(Expression.Field(unit, MeasuresField), Expression.Constant(criterion.FirstPart + i));
            var value = Expression.Property(measure, nameof(Measure.Value));
            var ok = Expression.Equal(Expression.Property(measure, nameof(Measure.State)), Expression.Constant(MeasureState.Ok));
            var clean = Expression.AndAlso(ok, Expression.AndAlso(Meets(value, part.Requirement), FullPoints(value, part)));
            all = all is null ? clean : Expression.AndAlso(all, clean);
        }

        return all!;
    }

    private static BinaryExpression Meets(Expression value, Requirement requirement)
    {
        var threshold = Expression.Constant(requirement.Threshold);
        return requirement.Operator switch
        {
            ComparisonOperator.AtLeast => Expression.GreaterThanOrEqual(value, threshold),
            ComparisonOperator.MoreThan => Expression.GreaterThan(value, threshold),
            ComparisonOperator.AtMost => Expression.LessThanOrEqual(value, threshold),
            ComparisonOperator.LessThan => Expression.LessThan(value, threshold),
            ComparisonOperator.EqualTo => Expression.Equal(value, threshold),
            _ => Expression.NotEqual(value, threshold),
        };
    }

    private static Expression FullPoints(Expression value, PartDefinition part)
    {
        if (part.Scale.Kind == ScaleKind.Penalty)
        {
            return Expression.LessThanOrEqual(value, Expression.Constant(0m));
        }

        return ScaleMath.FullPointsFrom(part.Scale, part.MaxPoints) is { } from
            ? Expression.GreaterThanOrEqual(value, Expression.Constant(from))
            : Expression.Constant(false);
    }

    /// <summary>FastExpressionCompiler for NRules' conditions and actions: compiling the rule set drops from tens of milliseconds to a few.</summary>
    private sealed class FastCompiler : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate =>
            expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
