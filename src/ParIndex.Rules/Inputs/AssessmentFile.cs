using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParIndex.Rules;

/// <summary>
/// A self-assessment or an appraisal kept as a table of its own (CSV, XLSX or JSON), one row per unit and criterion, or
/// per unit, criterion and round, with the headers offices write; laid over the units of the figures with
/// <see cref="Apply"/>, so a season's claims and each appraisal round need no rewriting of the figures.
/// </summary>
/// <remarks>
/// Claims: <c>Mã ĐVHC</c> (or <c>id</c>), <c>Tiêu chí</c> (<c>criterion</c>), <c>Điểm tự chấm</c> (<c>points</c>), and
/// optionally <c>Tài liệu kiểm chứng</c> (<c>evidence</c>), <c>Ngày ban hành</c> (<c>date</c>), <c>Giải trình</c>
/// (<c>explanation</c>). Appraisal: <c>Mã ĐVHC</c>, <c>Tiêu chí</c>, <c>Vòng</c> (<c>round</c>), <c>Điểm thẩm định</c>
/// (<c>appraised</c>), <c>Lý do</c> (<c>reason</c>), optionally <c>Người thẩm định</c> (<c>appraiser</c>). The header row
/// may sit under up to 10 title rows. Numbers follow the inputs' rule (<c>1,5</c> is one and a half). Every row that
/// cannot stand is a problem with its line, and is not applied. As JSON, the table is <c>{ "rows": [ … ] }</c> (or the
/// bare array), each row an object whose names are the same headers and whose values are numbers or text.
/// Immutable and thread-safe.
/// </remarks>
public sealed class AssessmentFile
{
    private readonly RuleSet _ruleSet;

    private AssessmentFile(string source, bool appraisal, IReadOnlyList<Entry> entries, IReadOnlyList<InputProblem> problems, RuleSet ruleSet, TableRead? table) =>
        (Source, IsAppraisal, Entries, Problems, _ruleSet, Table) = (source, appraisal, entries, problems, ruleSet, table);

    /// <summary>The file's name.</summary>
    public string Source { get; }

    /// <summary>Whether the file holds appraisal rounds; otherwise it holds claims.</summary>
    public bool IsAppraisal { get; }

    /// <summary>The rows read, each with its unit, criterion and claim or round.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Every row that could not be read, with its line; none of them is applied.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>The header row found and what each column was read as; <see langword="null"/> when the table was refused before its rows (no header row, say).</summary>
    public TableRead? Table { get; }

    /// <summary>One row: a unit's claim for a criterion, or one appraisal round of it.</summary>
    /// <param name="UnitId">The unit's id.</param>
    /// <param name="CriterionId">The criterion's id.</param>
    /// <param name="Claim">The claim, in a claims file.</param>
    /// <param name="Round">The round, in an appraisal file.</param>
    /// <param name="Line">The row's line.</param>
    public sealed record Entry(string UnitId, string CriterionId, Claim? Claim, AppraisalRound? Round, int Line);

    /// <summary>Reads a claims or appraisal file, CSV, JSON (by its <c>.json</c> name) or XLSX (a workbook's first sheet, or <c>FILE.xlsx#Sheet</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="ruleSet">The rule set whose criteria the rows name.</param>
    /// <param name="options">How the file writes numbers and text; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The rows and the problems; never throws for the file's content.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static AssessmentFile ReadFile(string path, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        // The figures' own rule for a sheet named with the path (tinh.xlsx#Thẩm định).
        var (file, chosen) = SnapshotReader.WithSheet(path, options);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The file '{file}' does not exist.", file);
        }

        using var stream = File.OpenRead(file);
        var format = file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? InputFormat.Xlsx
            : file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? InputFormat.Json : InputFormat.Csv;
        return Read(stream, format, file, ruleSet, chosen);
    }

    /// <summary>Reads a claims or appraisal table from a stream (an upload, say): CSV, JSON or XLSX, as <see cref="ReadFile"/> does.</summary>
    /// <param name="stream">The table; a workbook's stream is copied first when it cannot seek.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="source">The table's name, for problems.</param>
    /// <param name="ruleSet">The rule set whose criteria the rows name.</param>
    /// <param name="options">How the table writes numbers and text, and the workbook's sheet; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The rows and the problems; never throws for the table's content.</returns>
    public static AssessmentFile Read(Stream stream, InputFormat format, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var sheet = options?.Sheet;
        var reading = new AssessmentReading(source, ruleSet, options?.NumberFormat ?? NumberFormat.Auto);
        try
        {
            if (format == InputFormat.Json)
            {
                using var json = new StreamReader(stream, options?.Encoding ?? StrictUtf8.Encoding, detectEncodingFromByteOrderMarks: options?.Encoding is null, leaveOpen: true);
                return AssessmentJson.Read(json, reading);
            }

            if (format == InputFormat.Csv)
            {
                using var text = new StreamReader(stream, options?.Encoding ?? StrictUtf8.Encoding, detectEncodingFromByteOrderMarks: options?.Encoding is null, leaveOpen: true);
                // The header row decides the separator, by the figures' own rule: a title row above it has none to detect.
                var (replay, delimiter) = SnapshotReader.HeaderFirst(text, AssessmentReading.IsHeader);
                using var lines = replay;
                using var csv = new CsvParser(lines, new CsvConfiguration(CultureInfo.InvariantCulture)
                {
                    DetectDelimiter = delimiter is null, DetectDelimiterValues = [",", ";", "\t"], Delimiter = delimiter ?? ",",
                });
                return reading.Read(CsvRows(csv));
            }

            using var seekable = stream.CanSeek ? null : new MemoryStream();
            if (seekable is not null)
            {
                stream.CopyTo(seekable);
                seekable.Position = 0;
            }

            using var book = Workbooks.Book.Open(seekable ?? stream);
            var chosen = sheet is null ? (book.Sheets.Count > 0 ? book.Sheets[0] : default) : book.Sheets.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));
            reading.Sheet = chosen.Name;
            return chosen.PartId is { } part
                ? reading.Read(book.Rows(part, (line, column, problem) => reading.Problem(line, column, null, null, problem)))
                : reading.Refused(Messages.Say("inputs.assessment-workbook-no-such-sheet", sheet));
        }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            return reading.Refused(Messages.Say("inputs.the-file-cannot-be-read", e.Message));
        }
    }

    /// <summary>
    /// Lays the rows over a batch: each unit's claims (or appraisal rounds) from the file, in place of any it had for
    /// the same criterion; a row for a unit the batch lacks, or a criterion that does not apply to the unit's type, is
    /// a problem and is not applied. The file's own problems join the batch's errors.
    /// </summary>
    /// <param name="batch">The units of the figures.</param>
    /// <returns>The batch with the rows applied.</returns>
    public SnapshotBatch Apply(SnapshotBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var errors = batch.Errors.Concat(Problems).ToList();
        var byUnit = Entries.GroupBy(e => e.UnitId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var units = batch.Snapshots.Select(unit => byUnit.Remove(unit.Id, out var rows) ? With(unit, Applying(unit, rows, errors)) : unit).ToList();
        foreach (var row in byUnit.Values.SelectMany(r => r))
        {
            errors.Add(new InputProblem(Source, row.Line, 1, row.UnitId, "id",
                Messages.Say("inputs.assessment-row-for-no-unit", row.UnitId, DidYouMean.Said(row.UnitId, batch.Snapshots.Select(s => s.Id)))));
        }

        return new SnapshotBatch(batch.Period, units, errors, batch.Warnings) { Source = batch.Source, ReadWith = batch.ReadWith, Tables = Table is null ? batch.Tables : [.. batch.Tables, Table] };
    }

    /// <summary>A unit's rows whose criterion applies to its type; each other row is a problem, as a claim column's cell is.</summary>
    private List<Entry> Applying(IndicatorSnapshot unit, List<Entry> rows, List<InputProblem> errors)
    {
        var applying = new List<Entry>(rows.Count);
        foreach (var row in rows)
        {
            var criterion = _ruleSet.Criteria.First(c => c.Id == row.CriterionId);
            if (criterion.AppliesToType(unit.Type))
            {
                applying.Add(row);
                continue;
            }

            var types = string.Join(", ", criterion.AppliesTo ?? []);
            var type = unit.Type is null ? Messages.Say("inputs.unit-has-no-type") : Messages.Say("inputs.unit-is-of-type", unit.Type);
            errors.Add(new InputProblem(Source, row.Line, 1, unit.Id, row.CriterionId,
                Messages.Say("inputs.assessment-row-criterion-excluded", row.CriterionId, types, type)));
        }

        return applying;
    }

    private IndicatorSnapshot With(IndicatorSnapshot unit, List<Entry> rows)
    {
        if (rows.Count == 0)
        {
            return unit;
        }

        if (IsAppraisal)
        {
            var rounds = unit.Appraisal?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal);
            foreach (var criterion in rows.GroupBy(r => r.CriterionId, StringComparer.Ordinal))
            {
                rounds[criterion.Key] = [.. criterion.Select(r => r.Round!).OrderBy(r => r.Round)];
            }

            return unit with { Appraisal = rounds };
        }

        var claims = unit.SelfAssessment?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            claims[row.CriterionId] = row.Claim!;
        }

        return unit with { SelfAssessment = claims };
    }

    private static IEnumerable<(int Line, object?[] Cells)> CsvRows(CsvParser csv)
    {
        while (csv.Read())
        {
            yield return (csv.RawRow, csv.Record!);
        }
    }

    internal static AssessmentFile Of(string source, bool appraisal, IReadOnlyList<Entry> entries, IReadOnlyList<InputProblem> problems, RuleSet ruleSet, TableRead? table = null) =>
        new(source, appraisal, entries, problems, ruleSet, table);
}
