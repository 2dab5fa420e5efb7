using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParIndex.Rules;

/// <summary>
/// The scored batch as CSV, exactly as <c>parindex score --format csv</c> and <c>csv-long</c> write it: a row per unit
/// with every criterion's points (read back by <see cref="PreviousResults"/> as last year's results), or a row per unit
/// and criterion with its status, value, points, deduction, the events needed and the hint, for pivot tables.
/// </summary>
/// <remarks>
/// Plain CSV (commas, decimal points) is what programs and <see cref="PreviousResults"/> read; <c>excelVi</c> is what
/// Vietnamese Excel opens as it is: semicolons, a decimal comma, a byte-order mark, and Vietnamese headers and words
/// (<c>Hạng;Mã;Tên đơn vị;Tổng điểm…</c>, <c>có</c>/<c>không</c>, statuses as <c>đạt</c>, types by their titles), which
/// <see cref="PreviousResults"/> reads back as well. Text from inputs starting like a
/// formula is guarded (<see cref="CsvFormula"/>). Stateless and thread-safe.
/// </remarks>
public static class CsvContract
{
    /// <summary>Writes a row per unit, in input order.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="batch">The scored batch.</param>
    /// <param name="excelVi">For Vietnamese Excel: semicolons, a decimal comma and a byte-order mark.</param>
    /// <param name="units">The units to write, in the order given; all of <paramref name="batch"/>'s units when null.</param>
    public static void Write(TextWriter output, ScoredBatch batch, bool excelVi = false, IEnumerable<RankedScorecard>? units = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var rows = (units ?? batch.Units).ToList();
        using var csv = Open(output, excelVi);
        var number = Number(excelVi);
        var columns = OptionalColumns.Of(rows);
        Row(csv, Header(batch, columns).Select(h => Heading(h, excelVi)));
        foreach (var row in rows)
        {
            Row(csv, Cells(row, batch, columns, number, excelVi));
        }
    }

    /// <summary>Writes a row per unit and criterion, in input order.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="batch">The scored batch.</param>
    /// <param name="excelVi">For Vietnamese Excel: semicolons, a decimal comma and a byte-order mark.</param>
    /// <param name="language">The language of hints and deadlines.</param>
    /// <param name="units">The units to write, in the order given; all of <paramref name="batch"/>'s units when null.</param>
    public static void WriteLong(TextWriter output, ScoredBatch batch, bool excelVi = false, Language language = Language.Vi, IEnumerable<RankedScorecard>? units = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        using var csv = Open(output, excelVi);
        var number = Number(excelVi);
        string[] header = ["rank", "id", "name", "criterion", "area", "status", "value", "points", "maxPoints", "deduction", "needed", "hint", "lead", "support", "deadline",
            .. batch.HasPrevious ? ["previousPoints", "deltaPoints"] : Array.Empty<string>()];
        Row(csv, header.Select(h => Heading(h, excelVi)));
        foreach (var row in units ?? batch.Units)
        {
            foreach (var criterion in LazyList<CriterionResult>.Transiently(row.Card.Criteria))
            {
                // A criterion of several parts gives each part's value and events needed, in order, separated by " / ".
                string Parts(Func<PartResult, decimal?> pick) => string.Join(" / ", criterion.Parts.Select(p => pick(p) is { } v ? number(v) : string.Empty));
                Row(csv,
                [
                    row.Rank.ToString(CultureInfo.InvariantCulture), CsvFormula.Guard(row.Card.UnitId), CsvFormula.Guard(row.Card.UnitName),
                    criterion.Id, criterion.Area, excelVi ? Texts.Status(criterion.Status, Language.Vi) : criterion.Status.ToWireName(), Parts(p => p.Value), number(criterion.Points), number(criterion.MaxPoints),
                    number(criterion.Deduction), Parts(p => p.Needed), CsvFormula.Guard(criterion.Hint?.In(language) ?? string.Empty),
                    criterion.Lead, criterion.Support, criterion.Deadline.Text.In(language),
                    .. batch.HasPrevious ? Previous(row, criterion, number) : [],
                ]);
            }
        }
    }

    private static void Row(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }

    /// <summary>A CSV writer in the plain or the Vietnamese-Excel style; the latter starts with a byte-order mark.</summary>
    private static CsvWriter Open(TextWriter output, bool excelVi)
    {
        if (excelVi)
        {
            output.Write('\uFEFF');
        }

        // The platform's line ending, as the other text outputs; CsvHelper quotes a cell holding a comma, a quote or a line break.
        return new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = Environment.NewLine, Delimiter = excelVi ? ";" : "," }, leaveOpen: true);
    }

    /// <summary>How numbers are written: with a decimal point, or for Vietnamese Excel a decimal comma (never a thousands separator, which Excel would take for a decimal).</summary>
    private static Func<decimal, string> Number(bool excelVi) =>
        value => value.ToString("0.##", excelVi ? Texts.Numbers(Language.Vi) : CultureInfo.InvariantCulture);

    private static IEnumerable<string> Header(ScoredBatch batch, OptionalColumns columns)
    {
        string[] unit = ["rank", "id", "name", "total", "maxTotal", "classification", "sipas", "meetsTargets"];
        string[] types = columns.Types ? ["type", "typeRank"] : [];
        string[] parts = columns.Parts ? ["base", "bonus", "penalty", "applicableMaxPoints"] : [];
        string[] claims = columns.Claims ? ["claimedTotal"] : [];
        string[] movement = batch.HasPrevious ? ["previousTotal", "previousRank", "deltaPoints", "deltaRank", "improvedBoth"] : [];
        return [.. unit, .. types, .. parts, .. claims, .. movement, .. batch.RuleSet.Criteria.Select(c => c.Id)];
    }

    /// <summary>
    /// The optional columns, each only when some unit needs it, so a batch that uses none of the assessment's features
    /// reads exactly as before: types, the total's make-up (a rule set with bonus or penalty areas, or a unit with
    /// excluded criteria), and the claimed total.
    /// </summary>
    private readonly record struct OptionalColumns(bool Types, bool Parts, bool Claims)
    {
        public static OptionalColumns Of(List<RankedScorecard> rows) => new(
            rows.Any(r => r.Card.UnitType is not null),
            rows.Any(r => r.Card.ApplicableMaxPoints != r.Card.MaxTotal || r.Card.Bonus != 0m || r.Card.Penalty != 0m)
                || (rows.Count > 0 && rows[0].Card.Areas.Any(a => a.Kind != "base")),
            rows.Any(r => r.Card.ClaimedTotal is not null));
    }

    private static IEnumerable<string> Cells(RankedScorecard row, ScoredBatch batch, OptionalColumns columns, Func<decimal, string> number, bool excelVi)
    {
        var card = row.Card;
        string Flag(bool value) => excelVi ? Texts.YesNo(value, Language.Vi) : value ? "true" : "false";
        yield return row.Rank.ToString(CultureInfo.InvariantCulture);
        yield return CsvFormula.Guard(card.UnitId);
        yield return CsvFormula.Guard(card.UnitName);
        yield return number(card.Total);
        yield return number(card.MaxTotal);
        yield return card.Classification;
        yield return card.Sipas is { } sipas ? number(sipas) : string.Empty;
        yield return Flag(card.MeetsTargets);
        if (columns.Types)
        {
            yield return CsvFormula.Guard(card.UnitType is not { } type ? string.Empty : excelVi ? batch.RuleSet.TypeTitle(type, Language.Vi) : type);
            yield return row.RankInType?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (columns.Parts)
        {
            yield return number(card.Base);
            yield return number(card.Bonus);
            yield return number(card.Penalty);
            yield return number(card.ApplicableMaxPoints);
        }

        if (columns.Claims)
        {
            yield return card.ClaimedTotal is { } claimed ? number(claimed) : string.Empty;
        }

        if (batch.HasPrevious)
        {
            yield return row.Previous?.Total is { } total ? number(total) : string.Empty;
            yield return row.Previous?.Rank.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            yield return row.DeltaPoints is { } points ? number(points) : string.Empty;
            yield return row.DeltaRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            yield return row.ImprovedBoth is { } both ? Flag(both) : string.Empty;
        }

        // Points only: building each criterion's whole result (parts, hint) for them doubled the time to write a row.
        for (var i = 0; i < card.Criteria.Count; i++)
        {
            yield return number(card.PointsAt(i));
        }
    }

    /// <summary>A column's name: the contract's own, or for Vietnamese Excel the words an analyst reads; a criterion's id stays as it is.</summary>
    private static string Heading(string name, bool excelVi) => excelVi && VietnameseHeadings.TryGetValue(name, out var vietnamese) ? vietnamese : name;

    private static readonly Dictionary<string, string> VietnameseHeadings = new(StringComparer.Ordinal)
    {
        ["rank"] = "Hạng", ["id"] = "Mã", ["name"] = "Tên đơn vị", ["total"] = "Tổng điểm", ["maxTotal"] = "Điểm tối đa",
        ["classification"] = "Xếp loại", ["sipas"] = "SIPAS (%)", ["meetsTargets"] = "Đạt mục tiêu", ["type"] = "Loại",
        ["typeRank"] = "Hạng trong loại", ["base"] = "Điểm cơ bản", ["bonus"] = "Điểm thưởng", ["penalty"] = "Điểm trừ",
        ["applicableMaxPoints"] = "Điểm tối đa áp dụng", ["claimedTotal"] = "Tổng điểm tự chấm", ["previousTotal"] = "Tổng điểm năm trước",
        ["previousRank"] = "Hạng năm trước", ["deltaPoints"] = "Δ điểm", ["deltaRank"] = "Δ hạng", ["improvedBoth"] = "Tăng cả điểm và hạng",
        ["criterion"] = "Tiêu chí", ["area"] = "Lĩnh vực", ["status"] = "Trạng thái", ["value"] = "Giá trị", ["points"] = "Điểm",
        ["maxPoints"] = "Điểm tối đa", ["deduction"] = "Bị trừ", ["needed"] = "Cần thêm", ["hint"] = "Gợi ý", ["lead"] = "Chủ trì",
        ["support"] = "Phối hợp", ["deadline"] = "Thời hạn", ["previousPoints"] = "Điểm năm trước",
    };

    /// <summary>Last year's points of the criterion and the change, when last year's results were this library's JSON; empty cells otherwise.</summary>
    private static string[] Previous(RankedScorecard row, CriterionResult criterion, Func<decimal, string> number) =>
        row.Previous?.CriterionPoints?.TryGetValue(criterion.Id, out var was) == true ? [number(was), number(criterion.Points - was)] : [string.Empty, string.Empty];
}
