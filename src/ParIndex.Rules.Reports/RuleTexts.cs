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
        var scale = part.Scale;
        var unit = Unit(part);
        string N(decimal v) => Texts.Number(v, language);
        string Points(decimal v) => Messages.Tell("reports.points-count", language, N(v));
        return scale.Kind switch
        {
            ScaleKind.Binary => scale.Threshold is { } t
                ? Messages.Tell("reports.scale-threshold", language, N(t), unit, Points(part.MaxPoints))
                : Messages.Tell("reports.scale-yes-no", language, Points(part.MaxPoints)),
            ScaleKind.Step => string.Join("; ", scale.Bands.Select((b, i) => i == 0
                    ? Messages.Tell("reports.or-more", language, N(b.Min), unit, Points(b.Points))
                    : Messages.Tell("reports.scale-band-from", language, N(b.Min), unit, Points(b.Points))))
                + Messages.Tell("reports.scale-below", language, N(scale.Bands[^1].Min), unit),
            ScaleKind.Proportional => Messages.Tell("reports.or-more-less-in-proportion-value", language, N(scale.Threshold!.Value), unit, Points(part.MaxPoints), N(part.MaxPoints), N(scale.Threshold.Value))
                + (scale.ZeroBelow is { } z ? Messages.Tell("reports.scale-below", language, N(z), unit) : string.Empty),
            ScaleKind.PerEvent => Messages.Tell("reports.for-each-at-most", language, Points(scale.PointsPerEvent!.Value), Points(part.MaxPoints)),
            _ => Messages.Tell("reports.scale-penalty-per-event", language, Points(part.MaxPoints), N(scale.PointsPerEvent!.Value)),
        };
    }

    private static string Unit(PartDefinition part) => part.Value.Kind == ValueKind.Rate ? "%" : string.Empty;
}
