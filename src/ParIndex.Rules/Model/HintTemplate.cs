using System.Collections.Concurrent;

namespace ParIndex.Rules;

/// <summary>
/// How a hint template is read, once for the loader's check and the writer alike: text, and placeholders written
/// <c>{name}</c> with no brace inside. Any other brace (<c>{{actual}}</c>, <c>{actual &lt; {required}</c>, a lone
/// <c>}</c>) is a stray brace the loader refuses, so what passes the check is exactly what the writer fills in.
/// </summary>
internal static class HintTemplate
{
    // Templates are few (one per part and language) and rendered for every shortfall of every unit: read once each.
    private static readonly ConcurrentDictionary<string, Segment[]> Read = new(StringComparer.Ordinal);

    /// <summary>A run of a template: literal text, or a placeholder's name (without its braces).</summary>
    public readonly record struct Segment(int Start, int Length, bool IsPlaceholder);

    /// <summary>
    /// The most templates kept. One rule set has a few dozen; a host that reloads edited rule sets for months (or
    /// the fuzzer) would otherwise keep every template it ever saw. Past this, the cache starts again: a template is
    /// only read again, never read wrong.
    /// </summary>
    internal const int MaxCached = 4096;

    /// <summary>How many templates are kept now.</summary>
    internal static int CachedCount => Read.Count;

    /// <summary>The template's segments, in order; a stray brace is kept as text (the loader refuses such a template).</summary>
    public static Segment[] Segments(string template)
    {
        if (Read.TryGetValue(template, out var segments))
        {
            return segments;
        }

        if (Read.Count >= MaxCached)
        {
            Read.Clear();
        }

        return Read.GetOrAdd(template, static t => Parse(t, out _));
    }

    /// <summary>The position of the first brace that is not part of a <c>{name}</c>, or null when there is none.</summary>
    public static int? StrayBrace(string template)
    {
        Parse(template, out var stray);
        return stray;
    }

    private static Segment[] Parse(string template, out int? stray)
    {
        stray = null;
        var segments = new List<Segment>();
        var text = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '}')
            {
                stray ??= i;
                continue;
            }

            if (template[i] != '{')
            {
                continue;
            }

            var next = template.IndexOfAny(['{', '}'], i + 1);
            if (next < 0 || template[next] == '{')
            {
                stray ??= i;
                continue;
            }

            if (i > text)
            {
                segments.Add(new Segment(text, i - text, IsPlaceholder: false));
            }

            segments.Add(new Segment(i + 1, next - i - 1, IsPlaceholder: true));
            text = next + 1;
            i = next;
        }

        if (text < template.Length)
        {
            segments.Add(new Segment(text, template.Length - text, IsPlaceholder: false));
        }

        return [.. segments];
    }
}
