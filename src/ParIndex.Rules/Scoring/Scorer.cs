using System.Buffers;
using System.Globalization;
using NRules;
using NRules.Diagnostics;

namespace ParIndex.Rules;

/// <summary>A rule set compiled into NRules rules, ready to score any number of units.</summary>
/// <remarks>
/// Compile once with <see cref="Compile(RuleSet)"/>, then call <see cref="Score"/> or <see cref="ScoreMany"/> as often
/// as needed. Immutable and thread-safe: each chunk of units is scored in an NRules session taken from a pool and emptied after it. Compiling costs
/// milliseconds; scoring costs microseconds a unit.
/// </remarks>
public sealed partial class Scorer
{
    // Sessions are taken from a pool for a chunk and given back emptied: a thread-local session per thread was never
    // disposed, and kept one session per thread alive for as long as the thread, not the scorer. An NRules session
    // holds nothing but managed memory, so pooled ones go with the scorer when it is collected.
    // One pool of sessions per session factory (RuleSetCompiler.RulesPerFactory): a chunk goes through each.
    private readonly System.Collections.Concurrent.ConcurrentBag<ISession>[] _sessions;
    private readonly ISessionFactory[] _factories;
    private readonly CriterionRule[] _criteria;
    private readonly int _partCount;
    private readonly int[] _areaOfCriterion;
    private readonly ValueDefinition[] _sipasRates;

    // A rule set with base areas only that can exclude nothing (no appliesTo, notApplicable "full"): every unit's
    // applicable maximum is totalPoints, so its total is the plain sum of the final points, with no per-area sums to
    // keep. Measured: the general path cost such a set 10–20% of the batch time and 0.35 KB a unit (benchmarks/README.md).
    private readonly bool _plain;

    private static readonly IndicatorType[] CountOverCount = [IndicatorType.Count, IndicatorType.Count];

    private Scorer(RuleSet ruleSet, ISessionFactory[] factories, CriterionRule[] criteria, int partCount)
    {
        _factories = factories;
        _sessions = [.. factories.Select(_ => new System.Collections.Concurrent.ConcurrentBag<ISession>())];
        RuleSet = ruleSet;
        _criteria = criteria;
        _partCount = partCount;
        var areaIndex = ruleSet.Areas.Select((a, i) => (a.Id, i)).ToDictionary(a => a.Id, a => a.i, StringComparer.Ordinal);
        _areaOfCriterion = criteria.Select(c => areaIndex[c.Definition.Area]).ToArray();
        _sipasRates = ruleSet.SipasAspects.Select(a => new ValueDefinition(ValueKind.Rate, [a.Numerator, a.Denominator])).ToArray();
        _plain = ruleSet.NotApplicable == NotApplicablePolicy.Full
            && ruleSet.Areas.All(a => a.Kind == AreaKind.Base)
            && ruleSet.Criteria.All(c => c.AppliesTo is null);
    }

    /// <summary>The rule set this scorer was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Compiles a rule set into NRules rules.</summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    /// <returns>The scorer.</returns>
    public static Scorer Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (factories, criteria, partCount) = RuleSetCompiler.Compile(ruleSet);
        return new Scorer(ruleSet, factories, criteria, partCount);
    }

    /// <summary>Scores one unit.</summary>
    /// <param name="snapshot">The unit's indicator figures.</param>
    /// <returns>The unit's scorecard. Bad figures never throw: the criteria that use them get <c>missing_data</c> or <c>invalid_data</c>.</returns>
    public Scorecard Score(IndicatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ScoreChunk([CreateFact(snapshot)])[0];
    }

    private UnitFact CreateFact(IndicatorSnapshot snapshot)
    {
        // Pooled: the measures are needed only while the chunk is scored (see ScoreChunk).
        var measures = ArrayPool<Measure>.Shared.Rent(_partCount);
        foreach (var criterion in _criteria)
        {
            var parts = criterion.Definition.Parts;
            for (var i = 0; i < parts.Count; i++)
            {
                measures[criterion.FirstPart + i] = Measure.Read(parts[i], criterion.InputTypes[i], snapshot);
            }
        }

        return new UnitFact(snapshot, measures, _partCount, _criteria.Length);
    }

    private Scorecard[] ScoreChunk(UnitFact[] chunk)
    {
        // A session of each factory from its pool, emptied after the chunk and given back: nothing of a chunk outlives it.
        var fact = new ChunkFact(chunk);
        try
        {
            for (var f = 0; f < _factories.Length; f++)
            {
                var session = _sessions[f].TryTake(out var pooled) ? pooled : NewSession(_factories[f]);
                try
                {
                    session.Insert(fact);
                    session.Fire();
                }
                finally
                {
                    session.TryRetract(fact);
                    _sessions[f].Add(session);
                }
            }
        }
        finally
        {
            foreach (var unit in chunk)
            {
                // The scorecard keeps the part outcomes only; results built later read the measures again from the snapshot.
                ArrayPool<Measure>.Shared.Return(unit.Measures!);
                unit.Measures = null;
            }
        }

        var cards = new Scorecard[chunk.Length];
        for (var i = 0; i < cards.Length; i++)
        {
            cards[i] = BuildScorecard(chunk[i]);
        }

        return cards;
    }

    private static ISession NewSession(ISessionFactory factory)
    {
        var session = factory.CreateSession();

        // An exception in a criterion's action is caught there, for its unit alone (CriterionRule.Record), and a
        // condition takes an overflow for a shortfall, which the action then keeps to its unit. Whatever NRules
        // still reports concerns the whole chunk: mark its units and let the session go on.
        session.Events.LhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        session.Events.RhsExpressionFailedEvent += (_, e) => Fail(e.Arguments, e.Exception, e);
        return session;
    }

    private static void Fail(IEnumerable<object?> arguments, Exception? exception, IRecoverableError error)
    {
        error.IsHandled = true;
        foreach (var unit in arguments.OfType<ChunkFact>().SelectMany(c => c.Units))
        {
            unit.EngineError = exception?.GetBaseException().Message ?? "an error inside the rule engine";
        }
    }

    private Scorecard BuildScorecard(UnitFact fact)
    {
        AreaSum[]? sums = null;
        Totals total;
        if (_plain)
        {
            var points = 0m;
            foreach (var criterion in _criteria)
            {
                points += criterion.FinalOutcome(fact).Points;
            }

            total = new Totals(points, 0m, 0m, RuleSet.TotalPoints, points);
        }
        else
        {
            sums = new AreaSum[RuleSet.Areas.Count];
            foreach (var criterion in _criteria)
            {
                var (_, excluded, final) = criterion.Resolve(fact);
                AreaSum.Add(sums, _areaOfCriterion[criterion.Index], final.Points, criterion.Definition.MaxPoints, excluded);
            }

            total = Totals.Of(RuleSet.Areas, sums, RuleSet.TotalPoints);
        }

        var sipas = Sipas(fact.Snapshot);
        var score = total.Total ?? 0m;
        var meets = total.Total is not null && score >= RuleSet.Targets.MinTotal && sipas >= RuleSet.Targets.MinSipas;
        var snapshot = fact.Snapshot;
        return new Scorecard(RuleSet.Id, RuleSet.Version, RuleSet.ContentHash, snapshot.Id, snapshot.Name, snapshot.Period,
            new CriterionResultList(this, fact), new AreaResultList(this, fact, sums),
            score, RuleSet.TotalPoints, total.Total is null ? string.Empty : RuleSet.Classify(score), sipas, meets)
        {
            UnitType = snapshot.Type,
            ClaimedTotal = ClaimedTotal(snapshot.SelfAssessment),
            Base = total.Base,
            Bonus = total.Bonus,
            Penalty = total.Penalty,
            ApplicableMaxPoints = total.ApplicableMax,
            HasTotal = total.Total is not null,
        };
    }

    /// <summary>The sum of the unit's claims that can stand (<see cref="GivenPoints"/>) for criteria of the rule set, or <see langword="null"/> when it claimed nothing.</summary>
    /// <remarks>A claim the readers would have refused (built in code) adds nothing: its criterion's result still shows it.</remarks>
    private decimal? ClaimedTotal(IReadOnlyDictionary<string, Claim>? claims)
    {
        if (claims is not { Count: > 0 })
        {
            return null;
        }

        var sum = 0m;
        foreach (var criterion in _criteria)
        {
            if (claims.TryGetValue(criterion.Definition.Id, out var claim) && GivenPoints.IsValid(criterion.Definition, claim.Points))
            {
                sum += claim.Points;
            }
        }

        return sum;
    }

    /// <summary>A scorecard's criteria, each built when first read.</summary>
    private sealed class CriterionResultList(Scorer scorer, UnitFact fact) : LazyList<CriterionResult>(scorer._criteria.Length), ICriterionIndex
    {
        public int IndexOf(string id) => Array.FindIndex(scorer._criteria, c => string.Equals(c.Definition.Id, id, StringComparison.Ordinal));

        public decimal PointsAt(int index) => scorer._criteria[index].FinalOutcome(fact).Points;

        public CriterionStatus StatusAt(int index) => scorer._criteria[index].FinalOutcome(fact).Status;

        protected override CriterionResult Build(int index) => CriterionResults.Build(
            scorer._criteria[index], fact, scorer.RuleSet.IndicatorsByKey, scorer.RuleSet.Areas[scorer._areaOfCriterion[index]].Kind == AreaKind.Bonus);
    }

    /// <summary>A scorecard's area subtotals, each built when first read: from the sums taken for the total, or for a plain rule set summed then.</summary>
    private sealed class AreaResultList(Scorer scorer, UnitFact fact, AreaSum[]? sums) : LazyList<AreaResult>(scorer.RuleSet.Areas.Count)
    {
        protected override AreaResult Build(int index)
        {
            // A plain rule set's total needs no area sums, so they are taken when an area is first read; nothing is excluded there.
            sums ??= PlainSums();
            var area = scorer.RuleSet.Areas[index];
            var (points, applicable) = Totals.Counted(area, sums[index]);
            return new AreaResult(area.Id, area.Title, points, area.MaxPoints)
            {
                Kind = WireNames.AreaKinds.Name(area.Kind),
                ApplicableMaxPoints = applicable,
                Percent = applicable > 0m ? Rounding.ToHundredths(points * 100m / applicable) : null,
            };
        }

        private AreaSum[] PlainSums()
        {
            var plain = new AreaSum[scorer.RuleSet.Areas.Count];
            foreach (var criterion in scorer._criteria)
            {
                AreaSum.Add(plain, scorer._areaOfCriterion[criterion.Index], criterion.FinalOutcome(fact).Points, criterion.Definition.MaxPoints, excluded: false);
            }

            return plain;
        }
    }

    /// <summary>The mean of the aspects' rates (each rounded), rounded to 2 decimals; missing when any aspect is.</summary>
    /// <remarks>An aspect's rate is read as a part's rate is: absent, not a count, zero answers or more satisfied than answers leave it missing.</remarks>
    private decimal? Sipas(IndicatorSnapshot snapshot)
    {
        if (_sipasRates.Length == 0)
        {
            return null;
        }

        var sum = 0m;
        foreach (var rate in _sipasRates)
        {
            var measure = Measure.Read(rate, ZeroDenominatorPolicy.MissingData, CountOverCount, snapshot);
            if (measure.State != MeasureState.Ok)
            {
                return null;
            }

            sum += measure.Value;
        }

        return Rounding.ToHundredths(sum / _sipasRates.Length);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Scorer({RuleSet.Id} {RuleSet.Version}, {_criteria.Length} criteria)");
}
