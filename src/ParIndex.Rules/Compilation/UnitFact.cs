using ParIndex.Rules.Scoring;

namespace ParIndex.Rules.Compilation;

/// <summary>The one fact inserted per unit: its snapshot, its measured part values, and the slots rule actions fill.</summary>
/// <remarks>
/// A class with reference identity: NRules keys facts by equality, and two units with equal contents (or the
/// same id in a batch) must never collapse into one fact. One fact per unit rather than per (unit, criterion)
/// keeps the Rete network's memory small; a passing criterion costs one condition test and no activation.
/// </remarks>
internal sealed class UnitFact
{
    public UnitFact(IndicatorSnapshot snapshot, Measure[] measures, int criteria)
    {
        Snapshot = snapshot;
        Measures = measures;
        Results = new CriterionResult?[criteria];
    }

    public IndicatorSnapshot Snapshot { get; }

    /// <summary>One entry per part of the rule set, in rule-file order; a field so conditions index it directly.</summary>
#pragma warning disable CA1051, SA1401 // Expression trees read it on the hot path of every condition.
    public readonly Measure[] Measures;
#pragma warning restore CA1051, SA1401

    /// <summary>Filled by the action of a criterion's shortfall rule; <see langword="null"/> means the rule did not fire.</summary>
    public CriterionResult?[] Results { get; }

    /// <summary>Set when NRules reported an error in a condition or action for this unit.</summary>
    public string? EngineError { get; set; }
}
