using System.Text;

namespace ParIndex.Rules.Reports;

/// <summary>
/// The sentences every writer for people says about a unit the same way: how a total was made, what a merged unit
/// was formed from, what it takes to recover a part, and the goal seek. The report, the Markdown report, the plans
/// and the tool's terminal output all take them from here.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class UnitTexts
{
    /// <summary>How a total was made, when not simply as the sum of its base areas: rescaled, with a bonus or a penalty.</summary>
    /// <param name="card">The unit's scorecard.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The sentence, or <see langword="null"/> when the total is the base areas' sum.</returns>
    public static string? MakeUp(Scorecard card, Language language)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rescaled = card.ApplicableMaxPoints != card.MaxTotal;
        if (!rescaled && card.Bonus == 0m && card.Penalty == 0m && card.Areas.All(a => a.Kind == "base"))
        {
            return null;
        }

        var basePoints = card.Areas.Where(a => a.Kind == "base").Sum(a => a.Points);
        string N(decimal v) => Texts.Number(v, language);
        return rescaled
            ? Messages.Tell("reports.base-rescaled-bonus-penalty", language, N(card.Base), N(basePoints), N(card.ApplicableMaxPoints), N(card.MaxTotal), N(card.Bonus), N(card.Penalty))
            : Messages.Tell("reports.base-bonus-penalty", language, N(card.Base), N(card.Bonus), N(card.Penalty));
    }

    /// <summary>A merged unit's predecessors, with last year's total and rank where given: a merged unit has no delta of its own.</summary>
    /// <param name="unit">The ranked unit.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The sentence, or <see langword="null"/> for a unit not formed by a merger.</returns>
    public static string? Predecessors(RankedScorecard unit, Language language)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Predecessors is not { } predecessors)
        {
            return null;
        }

        var items = predecessors.Select(p => Texts.Visible(p.Id) + (p.Previous is { } then
            ? Messages.Tell("reports.last-year-rank", language, Texts.Number(then.Total, language), then.Rank)
            : string.Empty));
        return Messages.Tell("reports.merged-from", language) + string.Join(", ", items);
    }

    /// <summary>
    /// The figures a part was scored on, by the indicators' titles and grouped as the hints write them, with the value
    /// they make: <c>tỷ lệ: “Số hồ sơ đúng hạn” 95 / “Tổng số hồ sơ” 100 = 95,00%</c>. A figure not reported says so,
    /// and one that could not be read shows as written, never as 0.
    /// </summary>
    /// <param name="ruleSet">The rule set, for the indicators' titles.</param>
    /// <param name="part">The part's definition.</param>
    /// <param name="result">The part's result.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The words.</returns>
    public static string Figures(RuleSet ruleSet, PartDefinition part, PartResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(result);
        string Input(int i)
        {
            var key = part.Value.Inputs[i];
            var title = ruleSet.IndicatorsByKey.TryGetValue(key, out var indicator) ? indicator.Title.In(language) : key;
            var value = i < result.Inputs.Count ? result.Inputs[i].Value : null;
            var written = value switch
            {
                { Kind: IndicatorValueKind.Boolean } yes => Texts.YesNo(yes.Number == 1m, language),
                { Kind: IndicatorValueKind.Invalid } bad => $"“{Texts.Visible(bad.Raw ?? string.Empty)}” ({Messages.Tell("reports.not-a-value", language)})",
                { } number => Texts.Grouped(number.Number, language),
                null => Messages.Tell("reports.not-reported", language),
            };
            return $"“{title}” {written}";
        }

        var computed = result.Value is { } v
            ? (part.Value.Kind == ValueKind.Rate ? Texts.Fixed2(v, language) + "%" : Texts.Grouped(v, language))
            : "—";
        return part.Value.Kind switch
        {
            ValueKind.Rate => $"{Messages.Tell("reports.rate", language)}: {Input(0)} / {Input(1)} = {computed}",
            ValueKind.Difference => $"{Messages.Tell("reports.difference", language)}: {Input(0)} − {Input(1)} = {computed}",
            _ => Input(0),
        };
    }

    /// <summary>What it takes for a part short of full points, in the order it is reached (full points can come first, by rounding).</summary>
    /// <param name="part">The part's result.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The sentence, or <see langword="null"/> where no count of events says it.</returns>
    public static string? Recovery(PartResult part, Language language)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Needed is not { } needed || part.NeededFull is not { } full || full == 0m)
        {
            return null;
        }

        // Grouped as the hint beside it writes amounts (1.262.859.150).
        string N(decimal v) => Texts.Grouped(v, language);
        var key = needed == full ? "reports.recovery-meets-and-earns-full" : needed < full ? "reports.recovery-meets-then-full" : "reports.recovery-full-then-meets";
        return Messages.Tell(key, language, N(needed), N(full));
    }

    /// <summary>The goal seek in a sentence: met, the fewest criteria that reach the target, or out of reach.</summary>
    /// <param name="seek">The goal seek's result.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The sentence.</returns>
    public static string Goal(GoalSeekResult seek, Language language)
    {
        ArgumentNullException.ThrowIfNull(seek);
        string N(decimal v) => Texts.Number(v, language);
        if (seek.Steps.Count == 0 && seek.Reachable)
        {
            return Messages.Tell("reports.target-met", language, N(seek.Target), N(seek.Total));
        }

        var steps = string.Join(", ", seek.Steps.Select(s => $"{s.CriterionId} (+{N(s.Recovered)} → {N(s.RunningTotal)})"));
        var most = N(seek.Steps.Count > 0 ? seek.Steps[^1].RunningTotal : seek.Total);
        return seek.Reachable
            ? Messages.Tell("reports.target-recover-in-full-criteria-reach", language, N(seek.Target), steps, seek.Steps.Count)
            : Messages.Tell("reports.target-out-of-reach-recovering-every", language, N(seek.Target), most);
    }

    /// <summary>
    /// Text from inputs or rule files made safe in Markdown that MkDocs or pandoc renders (<see cref="Texts.Visible"/>, then
    /// HTML as entities and the characters of links, images, emphasis, code and table cells escaped), so
    /// <c>[x](javascript:…)</c> is shown, never followed.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string MarkdownCell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in Texts.Visible(text))
        {
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' => builder.Append('\\').Append(c),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
