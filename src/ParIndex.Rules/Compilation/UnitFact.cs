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
/// The measures live only while the unit is scored (their arrays are pooled); a result built later reads
/// them again from the snapshot, so a scorecard keeps only the part outcomes.
/// Outcomes are plain structs in arrays, not result objects: a batch keeps one fact's worth per unit, and the
/// readable results are built only when a caller reads them.
/// </remarks>
internal sealed class UnitFact
{
    public UnitFact(IndicatorSnapshot snapshot, Measure[] measures, int parts, int position)
    {
        Snapshot = snapshot;
        Measures = measures;
        Parts = new PartOutcome[parts];
        _hash = position;
    }

    private readonly int _hash;

    public IndicatorSnapshot Snapshot { get; }

#pragma warning disable CA1051 // Fields: expression trees and actions index them on the hot path of every unit.
    /// <summary>One entry per part of the rule set, in rule-file order (a pooled array may be longer), while the unit is scored; <see langword="null"/> after.</summary>
    public Measure[]? Measures;

    /// <summary>Per part, written by the action of its criterion's shortfall rule.</summary>
    public readonly PartOutcome[] Parts;
#pragma warning restore CA1051

    /// <summary>Set when NRules reported an error in a condition or action for this unit.</summary>
    public string? EngineError { get; set; }

    /// <summary>The unit's position in its chunk: distinct within a session, which holds one chunk at a time.</summary>
    /// <remarks>
    /// Equality stays reference identity. NRules hashes each fact at insertion and retraction, and the runtime's
    /// identity hash of a fresh object took 8% of the scoring time (dotnet-trace).
    /// </remarks>
    public override int GetHashCode() => _hash;
}
