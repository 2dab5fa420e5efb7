using System.Globalization;
using NRules;
using NRules.Diagnostics;
using ParIndex.Rules.Compilation;
using ParIndex.Rules.Definitions;

namespace ParIndex.Rules.Scoring;

/// <summary>A rule set compiled into NRules rules, ready to score any number of units.</summary>
/// <remarks>
/// Compile once with <see cref="Compile(RuleSet)"/>, then call <see cref="Score"/> or <see cref="ScoreMany"/> as often
/// as needed. Immutable and thread-safe: every call works in NRules sessions of its own. Compiling costs
/// milliseconds; scoring costs microseconds a unit.
/// </remarks>
public sealed class Scorer
{
    // One session per chunk, not per unit: sessions are cheap but not free, and past ~1,900 activations a
    // session's agenda lands on the Large Object Heap (issue #5), so chunks stay small.
    private const int ChunkSize = 50;

    private readonly ISessionFactory _factory;
    private readonly CompiledCriterion[] _criteria;
    private readonly PartDefinition[] _parts;

    private Scorer(RuleSet ruleSet, ISessionFactory factory, CompiledCriterion[] criteria, PartDefinition[] parts)
    {
        RuleSet = ruleSet;
        _factory = factory;
        _criteria = criteria;
        _parts = parts;
    }

    /// <summary>The rule set this scorer was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Compiles a rule set into NRules rules.</summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    /// <returns>The scorer.</returns>
    public static Scorer Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (factory, criteria, parts) = RuleSetCompiler.Compile(ruleSet);
        return new Scorer(ruleSet, factory, criteria, parts);
    }

    /// <summary>Scores one unit.</summary>
    /// <param name="snapshot">The unit's indicator figures.</param>
    /// <returns>The unit's scorecard. Bad figures never throw: the criteria that use them get <c>missing_data</c> or <c>invalid_data</c>.</returns>
    public Scorecard Score(IndicatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ScoreMany([snapshot])[0];
    }

    /// <summary>Scores many units; the results come in input order.</summary>
    /// <param name="snapshots">The units' indicator figures.</param>
    /// <returns>One scorecard per snapshot, in input order.</returns>
    public IReadOnlyList<Scorecard> ScoreMany(IEnumerable<IndicatorSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var results = new List<Scorecard>();
        var chunk = new List<UnitFact>(ChunkSize);
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            chunk.Add(CreateFact(snapshot));
            if (chunk.Count == ChunkSize)
            {
                ScoreChunk(chunk, results);
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            ScoreChunk(chunk, results);
        }

        return results;
    }

    private UnitFact CreateFact(IndicatorSnapshot snapshot)
    {
        var measures = new Measure[_parts.Length];
        for (var i = 0; i < measures.Length; i++)
        {
            measures[i] = Measure.Read(_parts[i], snapshot, RuleSet.IndicatorsByKey);
        }

        return new UnitFact(snapshot, measures, _criteria.Length);
    }

    private void ScoreChunk(List<UnitFact> chunk, List<Scorecard> results)
    {
        var session = _factory.CreateSession();

        // An error inside a condition or an action concerns one unit: mark it and let the session go on.
        session.Events.LhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        session.Events.RhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        session.InsertAll(chunk);
        session.Fire();

        foreach (var fact in chunk)
        {
            results.Add(BuildScorecard(fact));
        }
    }

    private static void Fail(IEnumerable<object?> arguments, Exception? exception, IRecoverableError error)
    {
        error.IsHandled = true;
        foreach (var fact in arguments.OfType<UnitFact>())
        {
            fact.EngineError = exception?.GetBaseException().Message ?? "an error inside the rule engine";
        }
    }

    private Scorecard BuildScorecard(UnitFact fact)
    {
        var criteria = new CriterionResult[_criteria.Length];
        for (var i = 0; i < criteria.Length; i++)
        {
            criteria[i] = fact.EngineError is { } error
                ? _criteria[i].EngineFailure(fact, error)
                : fact.Results[i] ?? _criteria[i].FullPass(fact);
        }

        var areas = RuleSet.Areas
            .Select(a => new AreaResult(a.Id, a.Title, criteria.Where(c => c.Area == a.Id).Sum(c => c.Points), a.MaxPoints))
            .ToArray();
        var total = criteria.Sum(c => c.Points);
        var sipas = Sipas(fact.Snapshot);
        var meets = total >= RuleSet.Targets.MinTotal && sipas >= RuleSet.Targets.MinSipas;
        var snapshot = fact.Snapshot;
        return new Scorecard(RuleSet.Id, RuleSet.Version, RuleSet.ContentHash, snapshot.Id, snapshot.Name, snapshot.Period,
            criteria, areas, total, RuleSet.TotalPoints, RuleSet.Classify(total), sipas, meets);
    }

    /// <summary>The mean of the aspects' rates (each rounded), rounded to 2 decimals; missing when any aspect is.</summary>
    private decimal? Sipas(IndicatorSnapshot snapshot)
    {
        if (RuleSet.SipasAspects.Count == 0)
        {
            return null;
        }

        var sum = 0m;
        foreach (var aspect in RuleSet.SipasAspects)
        {
            if (!snapshot.Indicators.TryGetValue(aspect.Numerator, out var satisfied)
                || !snapshot.Indicators.TryGetValue(aspect.Denominator, out var answers)
                || Measure.Check(satisfied, IndicatorType.Count) != MeasureProblem.None
                || Measure.Check(answers, IndicatorType.Count) != MeasureProblem.None
                || answers.Number == 0m
                || satisfied.Number > answers.Number)
            {
                return null;
            }

            sum += Measure.Rate(satisfied.Number, answers.Number);
        }

        return Math.Round(sum / RuleSet.SipasAspects.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Scorer({RuleSet.Id} {RuleSet.Version}, {_criteria.Length} criteria)");
}
