using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>One unit's scoring laid open: for every criterion, the values, the rate, the requirement, the band, the points and the hint.</summary>
internal static class ExplainReport
{
    public static void Write(RuleSet ruleSet, Scorecard card, TextWriter output, bool english)
    {
        output.WriteLine(Messages.Tell("cli.explained-under", Text.Lang(english), Text.Visible(card.UnitName), Text.Visible(card.UnitId), ruleSet.Id, ruleSet.Version,
            Text.Number(card.Total, english), Text.Number(card.MaxTotal, english), card.Classification, card.Sipas is { } s ? Text.Fixed2(s, english) + "%" : Messages.Tell("cli.sipas-missing", Text.Lang(english))));
        if (ParIndex.Rules.Reports.UnitTexts.MakeUp(card, Text.Lang(english)) is { } makeUp)
        {
            output.WriteLine(makeUp);
        }
        foreach (var (criterion, result) in ruleSet.Criteria.Zip(card.Criteria))
        {
            output.WriteLine();
            output.WriteLine($"{criterion.Id} {criterion.Title.In(Text.Lang(english))}");
            // An excluded criterion is 0 of 0; a penalty criterion's points are what it deducted, up to its maximum.
            output.WriteLine(result.Excluded
                ? $"   {ScoreReport.StatusLabel(result.Status, english)}: 0/0"
                : result.Deducts
                    ? $"   {ScoreReport.StatusLabel(result.Status, english)}: {Messages.Tell("cli.deducted", Text.Lang(english))} {Text.Number(result.Points, english)} ({Messages.Tell("cli.at-most", Text.Lang(english))} {Text.Number(result.MaxPoints, english)})"
                    : $"   {ScoreReport.StatusLabel(result.Status, english)}: {Text.Number(result.Points, english)}/{Text.Number(result.MaxPoints, english)}, {Messages.Tell("cli.deduction", Text.Lang(english))} {Text.Number(result.Deduction, english)}");
            for (var p = 0; p < criterion.Parts.Count; p++)
            {
                var part = criterion.Parts[p];
                var partResult = result.Parts[p];
                var prefix = criterion.Parts.Count > 1 ? $"   ({part.Id}) " : "   ";
                // Titles and the scale in words run long: wrapped at 100 under the part's prefix, as the hint is.
                var indent = new string(' ', prefix.Length);
                Wrapped(output, prefix, indent, ParIndex.Rules.Reports.UnitTexts.Figures(ruleSet, part, partResult, Text.Lang(english)));
                Wrapped(output, indent, indent, string.Create(CultureInfo.InvariantCulture,
                    $"{Messages.Tell("cli.requirement", Text.Lang(english))} {ParIndex.Rules.Reports.RuleTexts.Requirement(part, Text.Lang(english))}; {ParIndex.Rules.Reports.RuleTexts.Scale(part, Text.Lang(english))}{Band(part, partResult, english)}; {ScoreReport.StatusLabel(partResult.Status, english)} {Text.Number(partResult.Points, english)}/{Text.Number(partResult.MaxPoints, english)}"));
                if (ParIndex.Rules.Reports.UnitTexts.Recovery(partResult, Text.Lang(english)) is { } recovery)
                {
                    output.WriteLine($"{new string(' ', prefix.Length)}{recovery}");
                }

                // The problem is in English; in Vietnamese the hint says it, in the unit's own words.
                if (partResult.Problem is { } problem && (english || result.Hint is null && !result.Excluded))
                {
                    output.WriteLine($"{new string(' ', prefix.Length)}{problem}");
                }
            }

            foreach (var round in result.Appraisal.OrderBy(r => r.Round))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {Messages.Tell("cli.appraisal-round", Text.Lang(english))} {round.Round}: {Text.Number(round.Points, english)} {Messages.Tell("cli.points", Text.Lang(english))}, {Text.Visible(round.Reason)}{(round.By is { } by ? $" ({Text.Visible(by)})" : string.Empty)}"));
            }

            if (result.Excluded)
            {
                output.WriteLine(Messages.Tell("cli.excluded-for-this-unit-left-out", Text.Lang(english)));
            }

            if (result.Provisional)
            {
                output.WriteLine(Messages.Tell("cli.judged-criterion-the-points-are-the", Text.Lang(english)));
            }

            if ((result.Appraisal.Count > 0 || result.Excluded) && result.ComputedStatus is { } computedStatus)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {Messages.Tell("cli.the-figures-alone-give", Text.Lang(english))} {ScoreReport.StatusLabel(computedStatus, english)} {Text.Number(result.ComputedPoints!.Value, english)}"));
            }

            if (result.Claim is { } claim)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {Messages.Tell("cli.claimed", Text.Lang(english))} {Text.Number(claim.Points, english)}, {Messages.Tell("cli.discrepancy", Text.Lang(english))} {Text.PointsChange(result.Discrepancy!.Value, english)}{(result.OverClaimed ? Messages.Tell("cli.over-claimed", Text.Lang(english)) : string.Empty)}{(result.EvidenceMissing ? Messages.Tell("cli.evidence-missing", Text.Lang(english)) : string.Empty)}"));
            }

            if (result.Hint is { } hint)
            {
                foreach (var line in Text.Wrap(Messages.Tell("cli.hint", Text.Lang(english)) + hint.In(Text.Lang(english)), 100, "   "))
                {
                    output.WriteLine(line);
                }
            }
        }
    }

    private static void Wrapped(TextWriter output, string first, string indent, string text)
    {
        var lines = Text.Wrap(text, 100 - indent.Length, string.Empty).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            output.WriteLine((i == 0 ? first : indent) + lines[i]);
        }
    }

    private static string Unit(PartDefinition part) => part.Value.Kind == ValueKind.Rate ? "%" : string.Empty;


    private static string Band(PartDefinition part, PartResult result, bool english)
    {
        if (part.Scale.Kind != ScaleKind.Step || result.Value is not { } value || result.Status is not (CriterionStatus.Pass or CriterionStatus.Fail))
        {
            return string.Empty;
        }

        var band = part.Scale.Bands.FirstOrDefault(b => value >= b.Min);
        return band is null
            ? Messages.Tell("cli.below-every-band", Text.Lang(english))
            : Messages.Tell("cli.the-band-from", Text.Lang(english), Text.Number(band.Min, english), Unit(part));
    }
}
