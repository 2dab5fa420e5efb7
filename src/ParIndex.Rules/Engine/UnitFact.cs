
namespace ParIndex.Rules;

/// <summary>What a rule action decides for a part: its status and points; <see cref="Decided"/> false means the criterion's rule stayed silent, a full pass.</summary>
/// <remarks>24 bytes with the decimal first. A criterion's own status and points follow from its parts', so they are not stored.</remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal struct PartOutcome
{
    public decimal Points;
    public CriterionStatus Status;
    public bool Decided;
}

/// <summary>The one fact inserted per chunk: its units, in input order.</summary>
/// <remarks>One fact a chunk rather than one a unit: see <see cref="RuleSetCompiler"/>. A class with reference identity, one in a session at a time.</remarks>
internal sealed class ChunkFact(UnitFact[] units)
{
#pragma warning disable CA1051 // A field: rule conditions loop over it for every criterion.
    public readonly UnitFact[] Units = units;
#pragma warning restore CA1051
}

/// <summary>One unit of a chunk: its snapshot, its measured part values, and the outcomes rule actions write.</summary>
/// <remarks>
/// The measures live only while the unit is scored (their arrays are pooled); a result built later reads
/// them again from the snapshot, so a scorecard keeps only the part outcomes.
/// Outcomes are plain structs in arrays, not result objects: a batch keeps one fact's worth per unit, and the
/// readable results are built only when a caller reads them.
/// </remarks>
internal sealed class UnitFact
{
    public UnitFact(IndicatorSnapshot snapshot, Measure[] measures, int parts)
    {
        Snapshot = snapshot;
        Measures = measures;
        Parts = new PartOutcome[parts];
    }

    public IndicatorSnapshot Snapshot { get; }

#pragma warning disable CA1051 // Fields: expression trees and actions index them on the hot path of every unit.
    /// <summary>One entry per part of the rule set, in rule-file order (a pooled array may be longer), while the unit is scored; <see langword="null"/> after.</summary>
    public Measure[]? Measures;

    /// <summary>Per part, written by the action of its criterion's shortfall rule.</summary>
    public readonly PartOutcome[] Parts;
#pragma warning restore CA1051

    /// <summary>Set when NRules reported an error in this unit's chunk: no criterion of the unit can be trusted.</summary>
    public string? EngineError { get; set; }

    /// <summary>Criteria whose action failed for this unit, by criterion index; almost always none, so made on first need.</summary>
    private Dictionary<int, Exception>? _failures;

    public void Fail(int criterion, Exception failure) => (_failures ??= [])[criterion] = failure;

    public Exception? FailureOf(int criterion) => _failures?.GetValueOrDefault(criterion);
}
