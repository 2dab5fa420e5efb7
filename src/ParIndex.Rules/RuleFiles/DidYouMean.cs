namespace ParIndex.Rules;

/// <summary>Suggests the closest known name for a misspelt one, as every problem of the library and the tool does.</summary>
/// <remarks>Stateless and thread-safe. Costs the product of the two names' lengths per candidate, for names of at most <see cref="MaxLength"/> characters.</remarks>
public static class DidYouMean
{
    /// <summary>The longest name a suggestion is looked for: a longer one is no misspelling, and comparing it would cost its square (two 40,000-character ids took 5 s).</summary>
    public const int MaxLength = 128;

    /// <summary>The known name closest to <paramref name="name"/> (letter case aside), when it is within a third of the name's length (at least 2 edits).</summary>
    /// <param name="name">The name given.</param>
    /// <param name="known">The names it may have meant.</param>
    /// <returns>The closest, or <see langword="null"/> when none is close enough or the name is longer than <see cref="MaxLength"/>.</returns>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        if (name.Length > MaxLength)
        {
            return null;
        }

        var allowed = Math.Max(2, name.Length / 3);
        var upper = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            // The distance is at least the difference in length: a candidate that cannot be close is not compared.
            if (Math.Abs(candidate.Length - name.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(upper, candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Past a third of the name, a "suggestion" is noise rather than help.
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>The Vietnamese of <see cref="Suffix"/>.</summary>
    /// <param name="name">The name given.</param>
    /// <param name="known">The names it may have meant.</param>
    /// <returns><c>; có phải là '…'?</c>, or a full stop.</returns>
    public static string SuffixVi(string name, IEnumerable<string> known) =>
        Said(name, known).Vi;

    /// <summary>The end of a message about an unknown name: the closest known one as a question, else a full stop.</summary>
    /// <param name="name">The name given.</param>
    /// <param name="known">The names it may have meant.</param>
    /// <returns><c>; did you mean '…'?</c>, or a full stop.</returns>
    public static string Suffix(string name, IEnumerable<string> known) =>
        Said(name, known).In(Language.En);

    /// <summary>The end of a message about an unknown name in both languages, for a catalogued message (<see cref="Messages"/>).</summary>
    internal static LocalizedText Said(string name, IEnumerable<string> known)
    {
        var match = Closest(name, known);
        return match is null ? new(".", ".") : Messages.Say("common.did-you-mean", match);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
