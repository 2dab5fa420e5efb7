using Newtonsoft.Json;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>The check before appraisal (assessment model §1): what the appraisal council will question, per unit.</summary>
internal static class CheckReport
{
    /// <summary>One finding: a criterion and what is wrong with its self-assessment.</summary>
    private sealed record Finding(CriterionResult Criterion, bool OverClaimed, bool EvidenceMissing, bool Unappraised);

    private static List<Finding> Findings(Scorecard card) => card.Criteria
        .Select(c => new Finding(c, c.OverClaimed, c.EvidenceMissing, c.Judged && !c.Excluded && c.AppraisedPoints is null))
        .Where(f => f.OverClaimed || f.EvidenceMissing || f.Unappraised)
        .ToList();

    public static void Write(IReadOnlyList<Scorecard> cards, TextWriter output, bool english)
    {
        var units = 0;
        foreach (var card in cards)
        {
            var findings = Findings(card);
            units += findings.Count > 0 ? 1 : 0;
            var claimed = card.Criteria.Count(c => c.Claim is not null);
            output.WriteLine(card.ClaimedTotal is { } c
                ? Messages.Tell("cli.self-assessed-points-total", Text.Lang(english), Text.Visible(card.UnitName), Text.Visible(card.UnitId), claimed, Text.Number(c, english), Text.Number(card.Total, english))
                : Messages.Tell("cli.self-assessed-total", Text.Lang(english), Text.Visible(card.UnitName), Text.Visible(card.UnitId), claimed, Text.Number(card.Total, english)));
            if (findings.Count == 0)
            {
                output.WriteLine(Messages.Tell("cli.nothing-for-the-council-to-question", Text.Lang(english)));
            }

            foreach (var finding in findings)
            {
                WriteFinding(finding, output, english);
            }

            output.WriteLine();
        }

        output.WriteLine(Messages.Tell("cli.units-to-put-right", Text.Lang(english), units, cards.Count));
    }

    private static void WriteFinding(Finding finding, TextWriter output, bool english)
    {
        var criterion = finding.Criterion;
        string N(decimal v) => Text.Number(v, english);
        if (finding.OverClaimed)
        {
            var claim = criterion.Claim!.Points;
            var gives = criterion.AppraisedPoints is { } appraised
                ? Messages.Tell("cli.the-appraisal-gives", Text.Lang(english), N(appraised))
                : Messages.Tell("cli.the-figures-give", Text.Lang(english), N(criterion.Points));
            output.WriteLine(Messages.Tell(criterion.Deducts ? "cli.over-claimed-line-deducted" : "cli.over-claimed-line", Text.Lang(english), criterion.Id, N(claim), gives, N(criterion.MaxPoints)));
            if (criterion.Hint is { } hint)
            {
                foreach (var line in Text.Wrap(Messages.Tell("cli.why", Text.Lang(english)) + hint.In(Text.Lang(english)), 100, "           "))
                {
                    output.WriteLine(line);
                }
            }
        }

        if (finding.EvidenceMissing)
        {
            var text = Messages.Tell("cli.claimed-with-neither-evidence-nor-an", Text.Lang(english), criterion.Id, N(criterion.Claim!.Points));
            foreach (var line in Text.Wrap(text, 100, "   "))
            {
                output.WriteLine(line);
            }
        }

        if (finding.Unappraised)
        {
            output.WriteLine(criterion.Claim is { } claim
                ? Messages.Tell("cli.judged-not-yet-appraised-claimed-provisional", Text.Lang(english), criterion.Id, N(claim.Points))
                : Messages.Tell("cli.judged-not-yet-appraised-and-not", Text.Lang(english), criterion.Id));
        }
    }

    /// <summary>The same findings as JSON: per unit, per criterion, the claim, what the figures or the appraisal give, and the flags.</summary>
    public static void WriteJson(IReadOnlyList<Scorecard> cards, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("units");
        json.WriteStartArray();
        foreach (var card in cards)
        {
            json.WriteStartObject();
            JsonContract.Property(json, "id", card.UnitId);
            JsonContract.Number(json, "claimedTotal", card.ClaimedTotal);
            JsonContract.Number(json, "total", card.Total);
            json.WritePropertyName("findings");
            json.WriteStartArray();
            foreach (var finding in Findings(card))
            {
                var c = finding.Criterion;
                json.WriteStartObject();
                JsonContract.Property(json, "criterion", c.Id);
                JsonContract.Number(json, "claimedPoints", c.Claim?.Points);
                JsonContract.Number(json, "computedPoints", c.ComputedPoints);
                JsonContract.Number(json, "appraisedPoints", c.AppraisedPoints);
                JsonContract.Number(json, "points", c.Points);
                json.WritePropertyName("overClaimed");
                json.WriteValue(finding.OverClaimed);
                json.WritePropertyName("evidenceMissing");
                json.WriteValue(finding.EvidenceMissing);
                json.WritePropertyName("unappraised");
                json.WriteValue(finding.Unappraised);
                json.WritePropertyName("hint");
                json.WriteValue(finding.OverClaimed ? c.Hint?.Vi : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }
}
