namespace ParIndex.Rules;

/// <summary>The one NRules fact inserted per chunk: its units, in input order.</summary>
/// <remarks>One fact a chunk rather than one a unit: see <see cref="RuleSetCompiler"/>. A class with reference identity, one in a session at a time.</remarks>
internal sealed class ChunkFact(UnitFact[] units)
{
#pragma warning disable CA1051 // A field: every criterion's condition reads it.
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
    public UnitFact(IndicatorSnapshot snapshot, Measure[] measures, int parts, int criteria)
    {
        Snapshot = snapshot;
        Measures = measures;
        Parts = new PartOutcome[parts];
        Decided = new bool[criteria];
    }

    public IndicatorSnapshot Snapshot { get; }

#pragma warning disable CA1051 // Fields: rule conditions and actions index them for every unit.
    /// <summary>One entry per part of the rule set, in rule-file order (a pooled array may be longer), while the unit is scored; <see langword="null"/> after.</summary>
    public Measure[]? Measures;

    /// <summary>Per part, written by the action of its criterion's rule.</summary>
    public readonly PartOutcome[] Parts;

    /// <summary>Per criterion, whether its rule's action decided it; a criterion left undecided was a full pass.</summary>
    public readonly bool[] Decided;
#pragma warning restore CA1051

    /// <summary>Set when NRules reported an error in this unit's chunk: no criterion of the unit can be trusted.</summary>
    public string? EngineError { get; set; }

    /// <summary>Criteria whose action failed for this unit, by criterion index; almost always none, so made on first need.</summary>
    private Dictionary<int, Exception>? _failures;

    public void Fail(int criterion, Exception failure) => (_failures ??= [])[criterion] = failure;

    public Exception? FailureOf(int criterion) => _failures?.GetValueOrDefault(criterion);
}
