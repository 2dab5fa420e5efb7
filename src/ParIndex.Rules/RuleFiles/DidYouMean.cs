namespace ParIndex.Rules;

/// <summary>Suggests the closest known name for a misspelt one.</summary>
internal static class DidYouMean
{
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Past a third of the name, a "suggestion" is noise rather than help.
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>The Vietnamese of <see cref="Suffix"/>.</summary>
    public static string SuffixVi(string name, IEnumerable<string> known) =>
        Closest(name, known) is { } match ? $"; có phải là '{match}'?" : ".";

    public static string Suffix(string name, IEnumerable<string> known) =>
        Closest(name, known) is { } match ? $"; did you mean '{match}'?" : ".";

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
