using ParIndex.Rules.Scoring;

namespace ParIndex.Rules.Compilation;

/// <summary>What a rule action decides for a part: its status and points; <see cref="Decided"/> false means the criterion's rule stayed silent, a full pass.</summary>
/// <remarks>24 bytes with the decimal first. A criterion's own status and points follow from its parts', so they are not stored.</remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal struct PartOutcome
{
    public decimal Points;
    public CriterionStatus Status;
    public bool Decided;
}

/// <summary>The one fact inserted per unit: its snapshot, its measured part values, and the outcomes rule actions write.</summary>
/// <remarks>
/// A class with reference identity: NRules keys facts by equality, and two units with equal contents (or the
/// same id in a batch) must never collapse into one fact. One fact per unit rather than per (unit, criterion)
/// keeps the Rete network's memory small; a passing criterion costs one condition test and no activation.
/// Outcomes are plain structs in arrays, not result objects: a batch keeps one fact's worth per unit, and the
/// readable results are built only when a caller reads them.
/// </remarks>
internal sealed class UnitFact
{
    public UnitFact(IndicatorSnapshot snapshot, Measure[] measures)
    {
        Snapshot = snapshot;
        Measures = measures;
        Parts = new PartOutcome[measures.Length];
    }

    public IndicatorSnapshot Snapshot { get; }

#pragma warning disable CA1051 // Fields: expression trees and actions index them on the hot path of every unit.
    /// <summary>One entry per part of the rule set, in rule-file order.</summary>
    public readonly Measure[] Measures;

    /// <summary>Per part, written by the action of its criterion's shortfall rule.</summary>
    public readonly PartOutcome[] Parts;
#pragma warning restore CA1051

    /// <summary>Set when NRules reported an error in a condition or action for this unit.</summary>
    public string? EngineError { get; set; }
}
