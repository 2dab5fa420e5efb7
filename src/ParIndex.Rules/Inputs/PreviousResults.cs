using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>A unit's result last period: its total and rank, and when known its points by area and by criterion.</summary>
/// <param name="Total">Its total then.</param>
/// <param name="Rank">Its rank then, from 1.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PreviousResult(decimal Total, int Rank)
{
    /// <summary>Its points by area id then, when known.</summary>
    public IReadOnlyDictionary<string, decimal>? AreaPoints { get; init; }

    /// <summary>Its points by criterion id then, when known.</summary>
    public IReadOnlyDictionary<string, decimal>? CriterionPoints { get; init; }
}

/// <summary>
/// Last period's results, to compare a batch with: read from what <c>parindex score</c> writes (its JSON contract, or a
/// CSV with the columns <c>id</c>, <c>total</c> and <c>rank</c>), or built in code.
/// </summary>
/// <remarks>Immutable and thread-safe. Reading is linear in the file; nothing is defaulted: every bad row is a problem with its line.</remarks>
public sealed class PreviousResults
{
    /// <summary>Last period's results built in code.</summary>
    /// <param name="source">Where they come from, for the problems that name them.</param>
    /// <param name="byUnit">Each unit's result by unit id, compared as written.</param>
    public PreviousResults(string source, IReadOnlyDictionary<string, PreviousResult> byUnit)
        : this(source, byUnit, [], null)
    {
    }

    private PreviousResults(string source, IReadOnlyDictionary<string, PreviousResult> byUnit, IReadOnlyList<InputProblem> errors, InputProblem? unreadable)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(byUnit);
        Source = source;
        ByUnit = byUnit;
        Errors = errors;
        Unreadable = unreadable;
    }

    /// <summary>Where the results come from: the file's path, or the name given.</summary>
    public string Source { get; }

    /// <summary>Each unit's result by unit id.</summary>
    public IReadOnlyDictionary<string, PreviousResult> ByUnit { get; }

    /// <summary>Rows that could not be read, each with its line; those units show no change since last period.</summary>
    public IReadOnlyList<InputProblem> Errors { get; }

    /// <summary>Why the file as a whole could not be read (absent, not JSON, no id, total and rank columns), or <see langword="null"/>; then <see cref="ByUnit"/> is empty.</summary>
    public InputProblem? Unreadable { get; }

    /// <summary>Reads a file: JSON (by its <c>.json</c> extension) as the JSON contract, anything else as CSV.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The results read, with every problem; never throws for the file's content.</returns>
    public static PreviousResults ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Refused(path, Messages.Say("inputs.the-previous-results-file-does-not", path));
        }

        var reading = new Reading(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? reading.Json()
            : path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? reading.Xlsx()
            : reading.Csv();
    }

    private static PreviousResults Refused(string path, LocalizedText message) =>
        new(path, new Dictionary<string, PreviousResult>(StringComparer.Ordinal), [], new InputProblem(path, 0, 0, null, null, message));

    /// <summary>One reading of a file: the results so far and the problems.</summary>
    private sealed class Reading(string path)
    {
        private readonly Dictionary<string, PreviousResult> _results = new(StringComparer.Ordinal);
        private readonly List<InputProblem> _errors = [];

        private PreviousResults Done => new(path, _results, _errors, null);

        private void Add(int line, string? id, PreviousResult? result, (string Field, LocalizedText Message)? problem)
        {
            if (problem is { } bad)
            {
                _errors.Add(new InputProblem(path, line, 0, id, bad.Field, Messages.Say("inputs.previous-unit-no-change", bad.Message)));
            }
            else if (!_results.TryAdd(id!, result!))
            {
                _errors.Add(new InputProblem(path, line, 0, id, "id", Messages.Say("inputs.the-id-appears-twice-in-last")));
            }
        }

        /// <summary>The JSON contract: each unit's id, total and rank, and its areas' and criteria's points.</summary>
        public PreviousResults Json()
        {
            JObject root;
            try
            {
                using var text = new StreamReader(path, StrictUtf8.Encoding);
                // Decimals as written: read as doubles, 92.125 or a 20-digit total would come back as another number.
                using var json = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal };
                root = JObject.Load(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            }
            catch (Exception e) when (e is JsonReaderException or System.Text.DecoderFallbackException)
            {
                return Refused(path, Messages.Say("inputs.give-the-json-that-parindex-score", e.Message));
            }

            foreach (var unit in root["units"]?.OfType<JObject>() ?? [])
            {
                var line = ((IJsonLineInfo)unit).LineNumber;
                var id = unit["id"] is JValue { Type: JTokenType.String } idToken ? (string?)idToken : null;
                var total = DecimalOf(unit["total"]);
                var rank = DecimalOf(unit["rank"]) is { } k && k >= 1m && k <= int.MaxValue && k == decimal.Truncate(k) && unit["rank"]!.Type == JTokenType.Integer ? (int?)k : null;
                Add(line, id, total is { } t && rank is { } r && id is not null ? new PreviousResult(t, r) { AreaPoints = PointsOf(unit["areas"], id, "areas"), CriterionPoints = PointsOf(unit["criteria"], id, "criteria") } : null,
                    id is null ? ("id", Messages.Say("inputs.previous-unit-no-id"))
                    : total is null ? ("total", Messages.Say("inputs.previous-total-not-a-number", Given(unit["total"])))
                    : rank is null ? ("rank", Messages.Say("inputs.previous-rank-not-whole", Given(unit["rank"])))
                    : null);
            }

            return Done;
        }

        /// <summary>A CSV with the columns id, total and rank (others ignored), numbers by the inputs' number rule.</summary>
        public PreviousResults Csv()
        {
            using var reader = new StreamReader(path, StrictUtf8.Encoding);
            using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"] });
            try
            {
                return Table(CsvRows(csv));
            }
            catch (System.Text.DecoderFallbackException)
            {
                return Refused(path, Messages.Say("inputs.the-file-is-not-utf-text"));
            }
        }

        private static IEnumerable<(int Line, object?[] Cells)> CsvRows(CsvParser csv)
        {
            while (csv.Read())
            {
                yield return (csv.RawRow, csv.Record!);
            }
        }

        /// <summary>A workbook's first sheet, as the workbook <c>score --format xlsx</c> writes begins with its ranking.</summary>
        public PreviousResults Xlsx()
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var book = Workbooks.Book.Open(stream);
                if (book.Sheets.Count == 0 || book.Sheets[0].PartId is not { } part)
                {
                    return Refused(path, Messages.Say("inputs.previous-workbook-no-sheet"));
                }

                return Table(book.Rows(part, (line, column, problem) => _errors.Add(new InputProblem(path, line, column, null, null, problem.In(Language.En), problem.Vi))));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or ArgumentException)
            {
                return Refused(path, Messages.Say("inputs.not-a-readable-xlsx-workbook", e.Message));
            }
        }

        /// <summary>
        /// A table's rows: the header is the first of the first 10 rows with an id, a total and a rank column, by this
        /// tool's own headers in either language or the usual Vietnamese ones (<see cref="IdHeaders"/>,
        /// <see cref="TotalHeaders"/>, <see cref="RankHeaders"/>); then one unit a row.
        /// </summary>
        private PreviousResults Table(IEnumerable<(int Line, object?[] Cells)> rows)
        {
            using var enumerator = rows.GetEnumerator();
            (int Id, int Total, int Rank)? columns = null;
            for (var looked = 0; columns is null && looked < 10 && enumerator.MoveNext(); looked++)
            {
                var header = enumerator.Current.Cells.Select(c => HeaderNames.Normalise(Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)).ToList();
                // By the names' order, not the columns': a "Tổng điểm" column wins over an "Điểm" beside it.
                int Column(string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
                if ((Column(IdHeaders), Column(TotalHeaders), Column(RankHeaders)) is var found && found.Item1 >= 0 && found.Item2 >= 0 && found.Item3 >= 0)
                {
                    columns = found;
                }
            }

            if (columns is not { } at)
            {
                return Refused(path, Messages.Say("inputs.previous-results-need-columns"));
            }

            while (enumerator.MoveNext())
            {
                var (line, cells) = enumerator.Current;
                if (!cells.All(c => c is null || (c is string text && string.IsNullOrWhiteSpace(text))))
                {
                    Row(line, cells, at.Id, at.Total, at.Rank);
                }
            }

            return Done;
        }

        /// <summary>The headers of the id column: this tool's (id, Mã, Id) and those of the inputs' unit columns.</summary>
        private static readonly string[] IdHeaders = ["id", .. HeaderNames.UnitColumns.Where(c => c.Value == "id").Select(c => c.Key)];

        private static readonly string[] TotalHeaders = ["total", "tổng điểm", "điểm"];

        private static readonly string[] RankHeaders = ["rank", "xếp hạng", "hạng", "thứ hạng"];

        private void Row(int line, object?[] cells, int idColumn, int totalColumn, int rankColumn)
        {
            string Text(int column) => cells.Length > column ? Convert.ToString(cells[column], CultureInfo.InvariantCulture)?.Trim() ?? string.Empty : string.Empty;
            var id = Text(idColumn) is { Length: > 0 } text ? CsvFormula.Unguard(text) : null;
            var totalText = Text(totalColumn);
            var rankText = Text(rankColumn);

            // A workbook's number is a number: read as it is, never through the separators' rule.
            var (total, style) = cells.Length > totalColumn && cells[totalColumn] is decimal exact ? (exact, NumberStyle.Plain) : NumberText.ReadAlone(totalText);
            int? rank = cells.Length > rankColumn && cells[rankColumn] is decimal whole && whole == decimal.Truncate(whole) && whole is >= 1m and <= int.MaxValue ? (int)whole
                : int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r : null;
            Add(line, id, total is { } t && rank is { } k ? new PreviousResult(t, k) : null,
                id is null ? ("id", Messages.Say("inputs.previous-row-no-id"))
                : total is null ? ("total", Messages.Say(style == NumberStyle.Ambiguous ? "inputs.previous-total-ambiguous" : "inputs.previous-row-total-not-a-number", totalText))
                : rank is null ? ("rank", Messages.Say("inputs.previous-row-rank-not-whole", rankText))
                : null);
        }

        /// <summary>A JSON value as written, or "absent" in each language.</summary>
        private static object Given(JToken? token) => token?.ToString(Formatting.None) ?? (object)Messages.Say("inputs.previous-value-absent");

        /// <summary>A JSON number as a decimal; null for anything else, and for a number past decimal's range (a problem, never a crash).</summary>
        private static decimal? DecimalOf(JToken? token)
        {
            if (token is not JValue { Type: JTokenType.Integer or JTokenType.Float } value)
            {
                return null;
            }

            try
            {
                return value.Value<decimal>();
            }
            catch (Exception e) when (e is OverflowException or InvalidCastException)
            {
                // Past decimal's range: Newtonsoft holds such an integer as a BigInteger, which does not convert.
                return null;
            }
        }

        /// <summary>
        /// The points of each item of a JSON list of areas or criteria (<c>{ "id", "points" }</c>); null when the list is
        /// absent. An item without an id or a number is a problem naming it: its points last year are then not shown,
        /// which must not pass for "nothing then".
        /// </summary>
        private Dictionary<string, decimal>? PointsOf(JToken? items, string unitId, string field)
        {
            if (items is not JArray list)
            {
                return null;
            }

            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                if (item is JObject { } entry && entry["id"] is JValue { Type: JTokenType.String } id && DecimalOf(entry["points"]) is { } value)
                {
                    points.TryAdd((string)id!, value);
                    continue;
                }

                var (line, _) = JsonPosition.Of(item);
                _errors.Add(new InputProblem(path, line, 0, unitId, field, Messages.Say("inputs.each-entry-needs-an-id-string", item.ToString(Formatting.None))));
            }

            return points;
        }
    }
}
