using System.Globalization;
using RulesEngine.Models;

namespace ParIndex.Rules.Benchmarks;

/// <summary>
/// The peer: Microsoft RulesEngine 6.0.1 with rules generated from the same rule files, the shape its users
/// write: one rule per criterion whose expression string tests a clean pass, and an OutputExpression action
/// on failure that computes the criterion's status and points through a registered helper type.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string Workflow = "par";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly DelegateEvaluator _measure;
    private readonly int _criteria;

    public RulesEnginePeer(RuleSet rules)
    {
        _measure = new DelegateEvaluator(rules);
        _criteria = rules.Criteria.Count;
        PeerFunctions.Evaluator = _measure;
        var generated = new List<Rule>();
        var first = 0;
        for (var c = 0; c < rules.Criteria.Count; c++)
        {
            var criterion = rules.Criteria[c];
            var clean = string.Join(" AND ", criterion.Parts.Select((p, i) => CleanPass(p, first + i)));
            first += criterion.Parts.Count;
            generated.Add(new Rule
            {
                RuleName = criterion.Id,
                Expression = clean,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Actions = new RuleActions
                {
                    OnFailure = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = string.Create(CultureInfo.InvariantCulture, $"PeerFunctions.Score(input1, {c})") },
                    },
                },
            });
        }

        var settings = new ReSettings { CustomTypes = [typeof(PeerFunctions)], UseFastExpressionCompiler = true };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = generated }], settings);
    }

    public (CriterionStatus Status, decimal Points)[] Evaluate(IndicatorSnapshot unit)
    {
        var input = new PeerInput(_measure.Parts(unit));
        var results = _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("input1", input)).AsTask().GetAwaiter().GetResult();
        var outcome = new (CriterionStatus, decimal)[_criteria];
        for (var c = 0; c < results.Count; c++)
        {
            var result = results[c];
            outcome[c] = result.IsSuccess
                ? (CriterionStatus.Pass, PeerFunctions.Max(c))
                : result.ActionResult?.Output is PeerOutcome o ? (o.Status, o.Points) : throw new InvalidOperationException(result.ExceptionMessage ?? result.ActionResult?.Exception?.Message);
        }

        return outcome;
    }

    public async Task<(CriterionStatus Status, decimal Points)[][]> EvaluateAllAsync(IndicatorSnapshot[] units)
    {
        var results = new (CriterionStatus, decimal)[units.Length][];
        await Parallel.ForEachAsync(Enumerable.Range(0, units.Length), (i, _) =>
        {
            results[i] = Evaluate(units[i]);
            return ValueTask.CompletedTask;
        });
        return results;
    }

    private static string CleanPass(PartDefinition part, int index)
    {
        string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture) + "m";
        var value = $"input1.V[{index}]";
        var op = part.Requirement.Symbol;
        var full = part.Scale.Kind switch
        {
            ScaleKind.Penalty => $"{value} <= 0m",
            ScaleKind.Step => part.Scale.Bands[0].Points == part.MaxPoints ? $"{value} >= {Num(part.Scale.Bands[0].Min)}" : "false",
            ScaleKind.Binary => $"{value} >= {Num(part.Scale.Threshold ?? 1m)}",
            _ => $"{value} >= {Num(part.Scale.Threshold!.Value)}",
        };
        return $"(input1.S[{index}] == 0 AND {value} {op} {Num(part.Requirement.Threshold)} AND {full})";
    }
}

/// <summary>The peer's input: each part's state (0 scorable) and value, measured as the rule files say.</summary>
public sealed class PeerInput(DelegateEvaluator.PartOutcome[] parts)
{
    public int[] S { get; } = parts.Select(p => p.State).ToArray();

    public decimal[] V { get; } = parts.Select(p => p.Value).ToArray();

    internal DelegateEvaluator.PartOutcome[] Parts { get; } = parts;
}

public sealed record PeerOutcome(CriterionStatus Status, decimal Points);

/// <summary>Registered with RulesEngine as a custom type, so action expressions can call it.</summary>
public static class PeerFunctions
{
    internal static DelegateEvaluator Evaluator { get; set; } = null!;

    internal static RuleSet Rules { get; } = Workload.Rules;

    public static PeerOutcome Score(PeerInput input, int criterion)
    {
        var (status, points) = Evaluator.Criterion(input.Parts, criterion);
        return new PeerOutcome(status, points);
    }

    public static decimal Max(int criterion) => Rules.Criteria[criterion].MaxPoints;
}
