namespace ParIndex.Rules;

/// <summary>How a batch is spread over cores. Results never depend on these settings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BatchOptions
{
    /// <summary>Every core, chunks of 50 units.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>One core, for callers that parallelise themselves.</summary>
    public static BatchOptions Sequential { get; } = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>How many chunks are scored at once; at least 1. Defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many units are scored together as one NRules fact; at least 1. Defaults to 50: a chunk costs at
    /// most one rule activation per criterion whatever its size, so chunks of one unit pay an activation for
    /// every shortfall, while 25 to 500 units measured within noise of each other (benchmarks/README.md);
    /// smaller chunks spread better over cores and hold less in memory.
    /// </summary>
    internal int ChunkSize { get; init; } = 50;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1, nameof(ChunkSize));
    }
}
