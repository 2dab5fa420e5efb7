using System.Globalization;
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
            output.WriteLine(english
                ? $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): {claimed} criteria self-assessed{(card.ClaimedTotal is { } c ? $" ({Text.Number(c, true)} points)" : string.Empty)}; total {Text.Number(card.Total, true)}"
                : $"{Text.Visible(card.UnitName)} ({Text.Visible(card.UnitId)}): tự chấm {claimed} tiêu chí{(card.ClaimedTotal is { } v ? $" ({Text.Number(v, false)} điểm)" : string.Empty)}; tổng điểm {Text.Number(card.Total, false)}");
            if (findings.Count == 0)
            {
                output.WriteLine(english ? "   nothing for the council to question" : "   không có gì cần giải trình");
            }

            foreach (var finding in findings)
            {
                WriteFinding(finding, output, english);
            }

            output.WriteLine();
        }

        output.WriteLine(english
            ? string.Create(CultureInfo.InvariantCulture, $"{units} of {cards.Count} units have something to put right before appraisal.")
            : string.Create(CultureInfo.InvariantCulture, $"{units}/{cards.Count} đơn vị có nội dung cần hoàn thiện trước thẩm định."));
    }

    private static void WriteFinding(Finding finding, TextWriter output, bool english)
    {
        var criterion = finding.Criterion;
        string N(decimal v) => Text.Number(v, english);
        if (finding.OverClaimed)
        {
            var claim = criterion.Claim!.Points;
            var gives = criterion.AppraisedPoints is { } appraised
                ? (english ? $"the appraisal gives {N(appraised)}" : $"thẩm định cho {N(appraised)}")
                : (english ? $"the figures give {N(criterion.Points)}" : $"số liệu cho {N(criterion.Points)}");
            output.WriteLine(english
                ? $"   {criterion.Id,-7} over-claimed: claimed {N(claim)}, {gives} of {N(criterion.MaxPoints)}{(criterion.Deducts ? " deducted" : string.Empty)}"
                : $"   {criterion.Id,-7} tự chấm cao hơn: tự chấm {N(claim)}, {gives}/{N(criterion.MaxPoints)} điểm{(criterion.Deducts ? " bị trừ" : string.Empty)}");
            if (criterion.Hint is { } hint)
            {
                foreach (var line in Text.Wrap((english ? "Why: " : "Lý do: ") + hint.In(Text.Lang(english)), 100, "           "))
                {
                    output.WriteLine(line);
                }
            }
        }

        if (finding.EvidenceMissing)
        {
            var text = english
                ? $"{criterion.Id,-7} claimed {N(criterion.Claim!.Points)} with neither evidence nor an explanation: attach the documents (number, date, section) or explain"
                : $"{criterion.Id,-7} tự chấm {N(criterion.Claim!.Points)} nhưng không có tài liệu kiểm chứng hay giải trình: hãy đính kèm tài liệu (số, ngày, mục) hoặc giải trình";
            foreach (var line in Text.Wrap(text, 100, "   "))
            {
                output.WriteLine(line);
            }
        }

        if (finding.Unappraised)
        {
            output.WriteLine(criterion.Claim is { } claim
                ? (english ? $"   {criterion.Id,-7} judged, not yet appraised: {N(claim.Points)} claimed, provisional" : $"   {criterion.Id,-7} tiêu chí thẩm định, chưa được thẩm định: tự chấm {N(claim.Points)}, tạm tính")
                : (english ? $"   {criterion.Id,-7} judged, not yet appraised and not claimed: self-assess it, with evidence" : $"   {criterion.Id,-7} tiêu chí thẩm định, chưa thẩm định và chưa tự chấm: hãy tự chấm, kèm tài liệu kiểm chứng"));
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
