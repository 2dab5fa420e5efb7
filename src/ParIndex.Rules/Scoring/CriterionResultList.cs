using System.Collections;
using ParIndex.Rules.Compilation;

namespace ParIndex.Rules.Scoring;

/// <summary>A scorecard's criteria, each built the first time it is read, from the outcomes the rules decided.</summary>
/// <remarks>
/// Immutable in content and thread-safe: a result is built at most once per slot that wins the race, and
/// every reader sees the same object. Ranking a batch of 100,000 units reads totals only and builds none.
/// </remarks>
internal sealed class CriterionResultList(UnitFact unit, CompiledCriterion[] criteria) : IReadOnlyList<CriterionResult>
{
    private readonly CriterionResult?[] _built = new CriterionResult?[criteria.Length];

    public int Count => criteria.Length;

    public CriterionResult this[int index]
    {
        get
        {
            var built = Volatile.Read(ref _built[index]);
            if (built is not null)
            {
                return built;
            }

            var fresh = criteria[index].Result(unit);
            return Interlocked.CompareExchange(ref _built[index], fresh, null) ?? fresh;
        }
    }

    public IEnumerator<CriterionResult> GetEnumerator()
    {
        for (var i = 0; i < criteria.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
