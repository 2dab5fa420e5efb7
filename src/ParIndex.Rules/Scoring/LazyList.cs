using System.Collections;

namespace ParIndex.Rules;

/// <summary>A read-only list whose items are built the first time each is read, from what the rules decided.</summary>
/// <remarks>
/// Immutable in content and thread-safe: an item is built at most once per slot that wins the race, and every
/// reader sees the same object. Scoring a unit builds none of its criteria, parts or areas; ranking 100,000 units
/// reads totals only, and a CSV export reads each criterion's points without its parts or hint. The slots
/// themselves are allocated on the first read, so a list nobody reads costs one small object. Subclasses
/// rather than delegates: a batch keeps two lists per unit, and a closure and a delegate each would double that.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class LazyList<T>(int count) : IReadOnlyList<T>
    where T : class
{
    private T?[]? _built;

    public int Count => count;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            var built = Volatile.Read(ref _built) ?? Interlocked.CompareExchange(ref _built, new T?[count], null) ?? _built!;
            var item = Volatile.Read(ref built[index]);
            if (item is not null)
            {
                return item;
            }

            var fresh = Build(index);
            return Interlocked.CompareExchange(ref built[index], fresh, null) ?? fresh;
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The items without keeping those not yet built: each is the one already built, else a fresh one left for the
    /// collector. A writer that reads every item of thousands of units once (the JSON contract) then holds one unit's
    /// results at a time: kept, 5,000 units' criteria and hints held 375 MB after the response was written.
    /// </summary>
    internal IEnumerable<T> Transiently()
    {
        var built = Volatile.Read(ref _built);
        for (var i = 0; i < count; i++)
        {
            yield return (built is null ? null : Volatile.Read(ref built[i])) ?? Build(i);
        }
    }

    /// <summary>A list's items as <see cref="Transiently()"/> gives them when it is a lazy list, else as they are.</summary>
    internal static IEnumerable<T> Transiently(IReadOnlyList<T> list) => list is LazyList<T> lazy ? lazy.Transiently() : list;

    /// <summary>Builds the item at a position; called at most once per position that wins the race.</summary>
    protected abstract T Build(int index);
}
