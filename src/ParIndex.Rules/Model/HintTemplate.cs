namespace ParIndex.Rules;

/// <summary>
/// How a hint template is read, once for the loader's check and the writer alike: text, and placeholders written
/// <c>{name}</c> with no brace inside. Any other brace (<c>{{actual}}</c>, <c>{actual &lt; {required}</c>, a lone
/// <c>}</c>) is a stray brace the loader refuses, so what passes the check is exactly what the writer fills in.
/// </summary>
/// <remarks>
/// Nothing is cached here: a compiled rule reads its templates once (<see cref="CriterionRule"/>), so the segments
/// live and die with the scorer that uses them, and no state is shared between scorers or kept after a reload.
/// </remarks>
internal static class HintTemplate
{
    /// <summary>A run of a template: literal text, or a placeholder's name (without its braces).</summary>
    public readonly record struct Segment(int Start, int Length, bool IsPlaceholder);

    /// <summary>The template's segments, in order; a stray brace is kept as text (the loader refuses such a template).</summary>
    public static Segment[] Segments(string template) => Parse(template, out _);

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
