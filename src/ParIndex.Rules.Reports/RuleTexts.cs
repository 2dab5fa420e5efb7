namespace ParIndex.Rules.Reports;

/// <summary>A rule set's parts in words, as a decision's appendix states them: the requirement and how points are given.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RuleTexts
{
    /// <summary>A part's requirement as a reader writes it: <c>≥ 99,9%</c>.</summary>
    /// <param name="part">The part.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The words.</returns>
    public static string Requirement(PartDefinition part, Language language)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Scale.Kind == ScaleKind.Binary && part.Scale.Threshold is null)
        {
            // A yes/no indicator: its requirement is the answer, not a number.
            return Texts.YesNo(part.Requirement.Threshold == 1m == (part.Requirement.Symbol == "=="), language);
        }

        var symbol = part.Requirement.Symbol.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal);
        return $"{symbol} {Texts.Number(part.Requirement.Threshold, language)}{Unit(part)}";
    }

    /// <summary>How a part's points are given, in words a commune official reads once: "từ 99,9% trở lên: 10 điểm; từ 99%: 8 điểm…".</summary>
    /// <param name="part">The part.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The words.</returns>
    public static string Scale(PartDefinition part, Language language)
    {
        ArgumentNullException.ThrowIfNull(part);
        var english = language == Language.En;
        var scale = part.Scale;
        var unit = Unit(part);
        string N(decimal v) => Texts.Number(v, language);
        string Points(decimal v) => english ? $"{N(v)} points" : $"{N(v)} điểm";
        return scale.Kind switch
        {
            ScaleKind.Binary => scale.Threshold is { } t
                ? english ? $"{N(t)}{unit} or more: {Points(part.MaxPoints)}; less: 0" : $"từ {N(t)}{unit} trở lên: {Points(part.MaxPoints)}; thấp hơn: 0 điểm"
                : english ? $"yes: {Points(part.MaxPoints)}; no: 0" : $"có: {Points(part.MaxPoints)}; không: 0 điểm",
            ScaleKind.Step => string.Join("; ", scale.Bands.Select((b, i) => i == 0
                    ? english ? $"{N(b.Min)}{unit} or more: {Points(b.Points)}" : $"từ {N(b.Min)}{unit} trở lên: {Points(b.Points)}"
                    : english ? $"from {N(b.Min)}{unit}: {Points(b.Points)}" : $"từ {N(b.Min)}{unit}: {Points(b.Points)}"))
                + (english ? $"; below {N(scale.Bands[^1].Min)}{unit}: 0" : $"; dưới {N(scale.Bands[^1].Min)}{unit}: 0 điểm"),
            ScaleKind.Proportional => (english
                    ? $"{N(scale.Threshold!.Value)}{unit} or more: {Points(part.MaxPoints)}; less: in proportion ({N(part.MaxPoints)} × value / {N(scale.Threshold.Value)})"
                    : $"từ {N(scale.Threshold!.Value)}{unit} trở lên: {Points(part.MaxPoints)}; thấp hơn: điểm theo tỷ lệ ({N(part.MaxPoints)} × giá trị / {N(scale.Threshold.Value)})")
                + (scale.ZeroBelow is { } z ? english ? $"; below {N(z)}{unit}: 0" : $"; dưới {N(z)}{unit}: 0 điểm" : string.Empty),
            ScaleKind.PerEvent => english
                ? $"{Points(scale.PointsPerEvent!.Value)} for each, at most {Points(part.MaxPoints)}"
                : $"mỗi lần {Points(scale.PointsPerEvent!.Value)}, tối đa {Points(part.MaxPoints)}",
            _ => english
                ? $"{Points(part.MaxPoints)} less {N(scale.PointsPerEvent!.Value)} for each, never below 0"
                : $"{Points(part.MaxPoints)}, mỗi lần trừ {N(scale.PointsPerEvent!.Value)} điểm, không dưới 0",
        };
    }

    private static string Unit(PartDefinition part) => part.Value.Kind == ValueKind.Rate ? "%" : string.Empty;
}
