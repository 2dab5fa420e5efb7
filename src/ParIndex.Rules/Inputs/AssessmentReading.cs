using System.Globalization;

namespace ParIndex.Rules;

/// <summary>One reading of a claims or appraisal table: the header found under title rows, then each row checked.</summary>
internal sealed class AssessmentReading(string source, RuleSet ruleSet, NumberFormat numbers)
{
    private static readonly string[] Units = ["id", .. HeaderNames.UnitColumns.Where(c => c.Value == "id").Select(c => c.Key)];
    private static readonly string[] Criteria = ["criterion", "tiêu chí", "mã tiêu chí"];
    private static readonly string[] Claimed = ["points", "điểm tự chấm", "tự chấm"];
    private static readonly string[] Appraised = ["appraised", "điểm thẩm định"];

    private readonly List<AssessmentFile.Entry> _entries = [];
    private readonly List<InputProblem> _problems = [];
    private readonly HashSet<(string, string, int)> _seen = [];
    private Dictionary<string, int> _columns = [];
    private (int Line, string[] Headings) _header;
    private int _rows;

    /// <summary>The workbook sheet read, named in the table's description; null for CSV and JSON.</summary>
    public string? Sheet { get; set; }

    /// <summary>The field each column is read as, in the names the README gives the table's headers.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["unit"] = "id", ["claimed"] = "points", ["by"] = "appraiser",
    };

    public AssessmentFile Read(IEnumerable<(int Line, object?[] Cells)> rows)
    {
        using var enumerator = rows.GetEnumerator();
        for (var looked = 0; looked <= 10 && enumerator.MoveNext(); looked++)
        {
            var header = enumerator.Current.Cells.Select(c => HeaderNames.Normalise(Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)).ToList();
            if (Find(header, Units) >= 0 && Find(header, Criteria) >= 0 && (Find(header, Claimed) >= 0 || Find(header, Appraised) >= 0))
            {
                _columns = Columns(header);
                _header = (enumerator.Current.Line, [.. enumerator.Current.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty)]);

                // The same heading twice (in JSON, "Tiêu chí" and "tiêu chí") would have the first read and the other
                // dropped without a word: the table is refused until one is renamed.
                if (_columns.Values.Select(i => header[i]).FirstOrDefault(h => header.Count(x => x == h) > 1) is { } twice)
                {
                    return Refused(Messages.Say("inputs.the-column-is-in-the-header", twice), enumerator.Current.Line);
                }

                return Rows(enumerator);
            }
        }

        return Refused(Messages.Say("inputs.assessment-no-header-row"));
    }

    /// <summary>Whether a row's cells are this table's header: a unit and a criterion column among them.</summary>
    public static bool IsHeader(string[] cells)
    {
        var header = cells.Select(HeaderNames.Normalise).ToList();
        return Find(header, Units) >= 0 && Find(header, Criteria) >= 0;
    }

    public AssessmentFile Refused(LocalizedText why, int line = 1, int column = 1)
    {
        Problem(line, column, null, null, why);
        return AssessmentFile.Of(source, false, [], _problems, ruleSet);
    }

    public void Problem(int line, int column, string? unit, string? field, LocalizedText why) =>
        _problems.Add(new InputProblem(source, line, column, unit, field, why.In(Language.En), why.Vi));

    private bool Appraisal => _columns.ContainsKey("appraised");

    /// <summary>A column by the names' order, not the columns': "Ngày ban hành" wins over a "Ngày" beside it.</summary>
    private static int Find(List<string> header, string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);

    private static Dictionary<string, int> Columns(List<string> header)
    {
        var named = new Dictionary<string, string[]>
        {
            ["unit"] = Units, ["criterion"] = Criteria, ["claimed"] = Claimed, ["appraised"] = Appraised,
            ["evidence"] = ["evidence", "tài liệu kiểm chứng"], ["date"] = ["ngày ban hành", "date", "ngày"],
            ["explanation"] = ["explanation", "giải trình"], ["round"] = ["round", "vòng", "vòng thẩm định"],
            ["reason"] = ["reason", "lý do"], ["by"] = ["appraiser", "người thẩm định"],
        };
        return named.Select(n => (n.Key, Index: Find(header, n.Value))).Where(n => n.Index >= 0).ToDictionary(n => n.Key, n => n.Index);
    }

    private AssessmentFile Rows(IEnumerator<(int Line, object?[] Cells)> rows)
    {
        if (Appraisal && (!_columns.ContainsKey("round") || !_columns.ContainsKey("reason")))
        {
            return Refused(Messages.Say("inputs.appraisal-needs-round-and-reason"));
        }

        while (rows.MoveNext())
        {
            var (line, cells) = rows.Current;
            if (!cells.All(c => c is null || (c is string t && string.IsNullOrWhiteSpace(t))))
            {
                _rows++;
                Row(line, cells);
            }
        }

        return AssessmentFile.Of(source, Appraisal, _entries, _problems, ruleSet, Table());
    }

    private TableRead Table()
    {
        var byIndex = _columns.ToDictionary(c => c.Value, c => Fields.GetValueOrDefault(c.Key, c.Key));
        var columns = _header.Headings
            .Select((heading, i) => (heading, i))
            .Where(c => c.heading.Length > 0)
            .Select(c => new ColumnRead(c.i + 1, c.heading, byIndex.GetValueOrDefault(c.i)))
            .ToList();
        return new TableRead(source, Sheet, _header.Line, columns, _rows);
    }

    private void Row(int line, object?[] cells)
    {
        var unit = Text(cells, "unit") is { } id ? CsvFormula.Unguard(id).ToNfc() : null;
        var criterionId = Text(cells, "criterion");
        var criterion = ruleSet.Criteria.FirstOrDefault(c => c.Id == criterionId);
        if (unit is null || criterion is null)
        {
            var known = ruleSet.Criteria.Select(c => c.Id);
            Problem(line, Column(unit is null ? "unit" : "criterion"), unit, unit is null ? "id" : "criterion", unit is null
                ? Messages.Say("inputs.the-row-has-no-unit-id")
                : Messages.Say("inputs.assessment-row-no-such-criterion", criterionId, ruleSet.Id, DidYouMean.Said(criterionId ?? string.Empty, known)));
            return;
        }

        var points = Number(cells, Appraisal ? "appraised" : "claimed");
        if (!GivenPoints.IsValid(criterion, points))
        {
            var why = GivenPoints.Problem(Appraisal, criterion, Text(cells, Appraisal ? "appraised" : "claimed") ?? "(trống / empty)");
            Problem(line, Column(Appraisal ? "appraised" : "claimed"), unit, criterion.Id, Messages.Say("inputs.row-not-applied-after", why));
            return;
        }

        if (Appraisal)
        {
            AddRound(line, cells, unit, criterion, points!.Value);
        }
        else
        {
            AddClaim(line, cells, unit, criterion, points!.Value);
        }
    }

    private void AddRound(int line, object?[] cells, string unit, CriterionDefinition criterion, decimal points)
    {
        var round = Number(cells, "round") is { } r && r == decimal.Truncate(r) && r is >= 1m and <= int.MaxValue ? (int)r : 0;
        var reason = Text(cells, "reason");
        var why = round == 0 ? Messages.Say("inputs.the-round-must-be-a-whole")
            : reason is null ? Messages.Say("inputs.the-appraisal-s-reason-must-not")
            : !_seen.Add((unit, criterion.Id, round)) ? Messages.Say("inputs.round-of-this-criterion-is-given", round)
            : null;
        if (why is not null)
        {
            Problem(line, Column(round == 0 ? "round" : "reason"), unit, criterion.Id, Messages.Say("inputs.row-not-applied", why));
            return;
        }

        _entries.Add(new AssessmentFile.Entry(unit, criterion.Id, null, new AppraisalRound(round, points, reason!, Text(cells, "by")), line));
    }

    private void AddClaim(int line, object?[] cells, string unit, CriterionDefinition criterion, decimal points)
    {
        if (!_seen.Add((unit, criterion.Id, 0)))
        {
            Problem(line, Column("criterion"), unit, criterion.Id, Messages.Say("inputs.this-criterion-s-claim-is-given"));
            return;
        }

        DateOnly? date = null;
        if (_columns.TryGetValue("date", out var at) && at < cells.Length && cells[at] is { } cell && Convert.ToString(cell, CultureInfo.InvariantCulture)!.Trim() is { Length: > 0 } written)
        {
            // A workbook's date is a day count; one outside 1990–2099 is no document's date (2025 typed alone is a year).
            date = cell is decimal serial ? (serial is >= 32874m and < 73051m && serial == decimal.Truncate(serial) ? DateOnly.FromDateTime(DateTime.FromOADate((double)serial)) : null)
                : DateOnly.TryParseExact(written, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (date is null)
            {
                Problem(line, at + 1, unit, criterion.Id, Messages.Say("inputs.the-date-must-be-written-dd", written));
                return;
            }
        }

        Evidence[] evidence = Text(cells, "evidence") is { } document ? [new Evidence(document, date)] : [];
        _entries.Add(new AssessmentFile.Entry(unit, criterion.Id, new Claim(points, evidence, Text(cells, "explanation")), null, line));
    }

    private int Column(string name) => _columns.TryGetValue(name, out var at) ? at + 1 : 1;

    private string? Text(object?[] cells, string name) =>
        _columns.TryGetValue(name, out var at) && at < cells.Length && Convert.ToString(cells[at], CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A number by the inputs' rule: a workbook's number as it is, text as a lone figure (<c>1,5</c>), never a guess.</summary>
    private decimal? Number(object?[] cells, string name)
    {
        if (!_columns.TryGetValue(name, out var at) || at >= cells.Length)
        {
            return null;
        }

        if (cells[at] is decimal exact)
        {
            return exact;
        }

        var text = Text(cells, name);
        return text is null ? null : numbers == NumberFormat.Auto ? NumberText.ReadAlone(text).Value : NumberText.Parse(text, numbers);
    }
}
