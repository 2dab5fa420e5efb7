using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>A problem with one unit of an input file: where it is, which unit and field, and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InputProblem
{
    internal InputProblem(string source, int line, int column, string? unitId, string? field, string message)
    {
        Source = source;
        Line = line;
        Column = column;
        UnitId = unitId;
        Field = field;
        Message = message;
    }

    /// <summary>The file's path or name.</summary>
    public string Source { get; }

    /// <summary>The 1-based line (for CSV, the row's line), or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The unit's id, when known.</summary>
    public string? UnitId { get; }

    /// <summary>The field (indicator key or column), when the problem concerns one.</summary>
    public string? Field { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Formats the problem as <c>source(line,col): unit 'id', field 'key': message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Source}({Line},{Column}): ");
        if (UnitId is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"unit '{UnitId}'");
            builder.Append(Field is null ? ": " : ", ");
        }

        if (Field is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"field '{Field}': ");
        }

        return builder.Append(Message).ToString();
    }
}

/// <summary>The units read from one or more input files, with the problems found on the way.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SnapshotBatch
{
    internal SnapshotBatch(string? period, IReadOnlyList<IndicatorSnapshot> snapshots, IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings)
    {
        Period = period;
        Snapshots = snapshots;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The period the files give, when they give one.</summary>
    public string? Period { get; }

    /// <summary>The units that can be scored, in input order.</summary>
    public IReadOnlyList<IndicatorSnapshot> Snapshots { get; }

    /// <summary>Problems that make a unit wrong: a unit that could not be read at all, a duplicate id, an impossible value (the unit is still scored; the criteria using the value get <c>invalid_data</c>).</summary>
    public IReadOnlyList<InputProblem> Errors { get; }

    /// <summary>Things worth a look that change no score, such as an unknown column.</summary>
    public IReadOnlyList<InputProblem> Warnings { get; }
}

/// <summary>Reads indicator snapshots from JSON, CSV and XLSX, checking them against a rule set's indicator catalogue.</summary>
/// <remarks>
/// Nothing is dropped silently: a unit that cannot be read is an error naming its line; a duplicate id is an
/// error naming both lines (the first unit is kept); an unknown key is a warning with a did-you-mean; an
/// impossible value is kept as it is, so the unit is scored and the criteria that use it say <c>invalid_data</c>.
/// Stateless and thread-safe.
/// </remarks>
public static class SnapshotReader
{
    /// <summary>Reads a file, choosing the format by its extension: <c>.json</c>, <c>.csv</c> or <c>.xlsx</c>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static SnapshotBatch ReadFile(string path, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(path, ruleSet, null, null);
        var units = StreamFile(path, collector).ToList();
        return collector.Result(units);
    }

    /// <summary>
    /// Reads a file one unit at a time, for batches larger than memory would like: units come out as they are
    /// read, problems go to the callbacks as they are found, and only the ids seen so far are kept.
    /// </summary>
    /// <param name="path">The file's path (.json, .csv or .xlsx; an XLSX workbook is read whole).</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <returns>The units, in file order. In a JSON batch, a <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static IEnumerable<IndicatorSnapshot> StreamFile(string path, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamFile(path, new Collector(path, ruleSet, onError, onWarning));
    }

    /// <summary>Reads JSON one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem})"/>.</summary>
    /// <param name="reader">The JSON text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown key.</param>
    /// <returns>The units, in order, read as they are enumerated. A <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    public static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamJson(reader, new Collector(source, ruleSet, onError, onWarning));
    }

    /// <summary>Reads CSV one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem})"/>; the layout is <see cref="ReadCsv"/>'s.</summary>
    /// <param name="reader">The CSV text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <returns>The units, in order, read as they are enumerated.</returns>
    public static IEnumerable<IndicatorSnapshot> StreamCsv(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamCsv(reader, new Collector(source, ruleSet, onError, onWarning));
    }

    /// <summary>Reads <c>{ "period", "units": [ { "id", "name", "indicators": { key: number | boolean } } ] }</c>, or a single unit object.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadJson(TextReader reader, string source, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null);
        return collector.Result(StreamJson(reader, collector).ToList());
    }

    /// <summary>Reads CSV with a header row <c>id,name,&lt;indicator keys&gt;</c>: comma, semicolon or tab separated, decimal point or decimal comma, <c>có/không</c> or <c>true/false</c> for yes/no, an empty cell for a figure not reported.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadCsv(TextReader reader, string source, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null);
        return collector.Result(StreamCsv(reader, collector).ToList());
    }

    /// <summary>Reads the first sheet of an XLSX workbook laid out like the CSV: a header row <c>id,name,&lt;indicator keys&gt;</c>, one row per unit.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadXlsx(Stream stream, string source, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null);
        return collector.Result(StreamXlsx(stream, collector).ToList());
    }

    private static IEnumerable<IndicatorSnapshot> StreamFile(string path, Collector collector)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".JSON" or ".CSV" or ".XLSX"))
        {
            throw new NotSupportedException($"'{path}': {extension} files are not read; give a .json, .csv or .xlsx file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The input file '{path}' does not exist.", path);
        }

        return Iterate();

        IEnumerable<IndicatorSnapshot> Iterate()
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var units = extension switch
            {
                ".JSON" => StreamJson(reader, collector),
                ".CSV" => StreamCsv(reader, collector),
                _ => StreamXlsx(reader.BaseStream, collector),
            };
            foreach (var unit in units)
            {
                yield return unit;
            }
        }
    }

    private const string NotABatch = "expected an object with a \"units\" array (or one unit with an \"id\"); see the README's input format.";

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, Collector collector)
    {
        var source = collector.Source;

        // Doubles, not decimals: a number beyond decimal's range (1e400) or NaN would otherwise break the
        // reader and lose every unit after it. Whole numbers are read as integers either way; other numbers
        // come back to decimal through their shortest round-trip text, exact to 15 significant digits.
        using var json = new JsonTextReader(reader) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None, MaxDepth = 64, CloseInput = false };
        var fatal = false;

        // A reader error leaves the reader unusable: the units read so far stand, the rest of the file is lost.
        void Malformed(JsonReaderException e)
        {
            fatal = true;
            collector.Error(new InputProblem(source, e.LineNumber, e.LinePosition, null, null,
                $"malformed JSON: {e.Message.Split(" Path '")[0]} The units before this point were read; fix the file and run again for the rest."));
        }

        // C# cannot yield inside a try with a catch: every read that can fail goes through here instead.
        bool Step(Func<bool> read)
        {
            try
            {
                return read();
            }
            catch (JsonReaderException e)
            {
                Malformed(e);
                return false;
            }
        }

        // The reader reports the end of the text as the end of the document, even inside an open array: a file
        // cut short (a download or a copy that stopped) must not pass for a complete one.
        void CutShort()
        {
            if (!fatal)
            {
                collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, null,
                    "the file ends before its JSON is closed (a ] or } is missing): it looks cut short. The units complete before this point were read; check that the file is whole and run again."));
            }
        }

        if (!Step(json.Read))
        {
            if (!fatal)
            {
                collector.Error(new InputProblem(source, 1, 1, null, null, "the file is empty; it must hold a JSON object with a \"units\" array."));
            }

            yield break;
        }

        if (json.TokenType != JsonToken.StartObject)
        {
            collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, null, NotABatch));
            yield break;
        }

        var rest = new JObject();
        var sawUnits = false;
        bool more;
        while ((more = Step(json.Read)) && json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)json.Value!;
            if (!Step(json.Read))
            {
                CutShort();
                yield break;
            }

            if (name == "units" && json.TokenType == JsonToken.StartArray)
            {
                sawUnits = true;
                collector.Period = StringOf(rest["period"]);
                while (true)
                {
                    if (!Step(json.Read))
                    {
                        CutShort();
                        yield break;
                    }

                    if (json.TokenType == JsonToken.EndArray)
                    {
                        break;
                    }

                    var depth = json.Depth;
                    var line = json.LineNumber;
                    JToken? unit = null;
                    try
                    {
                        unit = JToken.ReadFrom(json, LoadSettings);
                    }
                    catch (JsonReaderException e) when (e.Message.Contains("already exists", StringComparison.Ordinal))
                    {
                        collector.Error(new InputProblem(source, e.LineNumber, e.LinePosition, null, null,
                            $"a unit starting at line {line} could not be read: {e.Message.Split(" Path '")[0]} It was skipped; fix it and run again. The other units were read."));

                        // A duplicate key leaves the reader sound: skip to the end of this unit and go on.
                        while (json.Depth > depth && Step(json.Read))
                        {
                        }
                    }
                    catch (JsonReaderException e)
                    {
                        Malformed(e);
                    }

                    if (unit is not null && collector.AddJsonUnit(unit) is { } snapshot)
                    {
                        yield return snapshot;
                    }

                    if (fatal)
                    {
                        yield break;
                    }
                }
            }
            else if (!rest.ContainsKey(name))
            {
                JToken? value = null;
                if (Step(() => (value = JToken.ReadFrom(json, LoadSettings)) is not null))
                {
                    rest[name] = value;
                }
            }
            else
            {
                collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, name, $"the property '{name}' appears twice; keep one."));
                Step(() =>
                {
                    json.Skip();
                    return true;
                });
            }

            if (fatal)
            {
                yield break;
            }
        }

        if (!more)
        {
            CutShort();
            yield break;
        }

        collector.Period ??= StringOf(rest["period"]);
        if (!sawUnits && rest["id"] is not null && collector.AddJsonUnit(rest) is { } single)
        {
            yield return single;
        }
        else if (!sawUnits && rest["id"] is null)
        {
            collector.Error(new InputProblem(source, 1, 1, null, null, NotABatch));
        }

        // Read to the end, so that whatever follows the object (a second batch pasted after the first, say) is
        // reported as malformed JSON by the reader instead of being dropped unseen; comments may follow.
        while (Step(json.Read))
        {
        }
    }

    private static IEnumerable<IndicatorSnapshot> StreamCsv(TextReader reader, Collector collector)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        // The reader is the caller's to close.
        using var csv = new CsvParser(reader, config, leaveOpen: true);
        foreach (var unit in StreamTable(CsvRows(csv), collector))
        {
            yield return unit;
        }
    }

    private static IEnumerable<IndicatorSnapshot> StreamXlsx(Stream stream, Collector collector)
    {
        List<(int Line, object?[] Cells)> rows;
        try
        {
            // MiniExcel reads lazily, but a broken workbook fails part-way: read the sheet first, then the units.
            rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX)
                .Select((row, i) => (i + 1, ((IDictionary<string, object?>)row).Values.ToArray()))
                .ToList();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            collector.Error(new InputProblem(collector.Source, 0, 0, null, null, $"not a readable XLSX workbook: {e.Message} Save it again as .xlsx, or export the sheet as CSV."));
            yield break;
        }

        foreach (var unit in StreamTable(rows, collector))
        {
            yield return unit;
        }
    }

    private static IEnumerable<(int Line, object?[] Cells)> CsvRows(CsvParser csv)
    {
        while (csv.Read())
        {
            yield return (csv.RawRow, csv.Record ?? []);
        }
    }

    private static IEnumerable<IndicatorSnapshot> StreamTable(IEnumerable<(int Line, object?[] Cells)> rows, Collector collector)
    {
        var source = collector.Source;
        var ruleSet = collector.RuleSet;
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            collector.Error(new InputProblem(source, 1, 1, null, null, "the file is empty; the first row must name the columns: id, name and the indicator keys."));
            yield break;
        }

        var header = enumerator.Current.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray();
        if (header.Length > 0)
        {
            // A byte-order mark survives when the caller's reader did not strip it (a StringReader, say).
            header[0] = header[0].TrimStart('\uFEFF');
        }

        var idColumn = Array.FindIndex(header, h => string.Equals(h, "id", StringComparison.OrdinalIgnoreCase));
        var nameColumn = Array.FindIndex(header, h => string.Equals(h, "name", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0)
        {
            collector.Error(new InputProblem(source, 1, 1, null, "id", "the header has no 'id' column; the first row must name the columns: id, name and the indicator keys."));
            yield break;
        }

        var columns = new List<(int Index, string Key)>();
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = i == idColumn || i == nameColumn ? header[i].ToLowerInvariant() : header[i];
            if (name.Length > 0 && !firstColumn.TryAdd(name, i))
            {
                // Two columns for one figure: which one is meant cannot be guessed, so it is an error, and only the first is read.
                collector.Error(new InputProblem(source, 1, i + 1, null, header[i], string.Create(CultureInfo.InvariantCulture,
                    $"the column '{header[i]}' appears twice, as columns {firstColumn[name] + 1} and {i + 1}; only column {firstColumn[name] + 1} was read. Keep one.")));
                continue;
            }

            if (i != idColumn && i != nameColumn && header[i].Length > 0 && collector.KnownKey(header[i], 1, i + 1, unitId: null))
            {
                columns.Add((i, header[i]));
            }
        }

        // A column without a name is told about once, at the first figure found in it: trailing empty columns
        // that spreadsheets leave behind say nothing, figures under a lost header are not dropped unseen.
        var unnamed = Enumerable.Range(0, header.Length).Where(i => header[i].Length == 0).ToList();

        while (enumerator.MoveNext())
        {
            var (line, record) = enumerator.Current;
            if (record.All(c => c is null || (c is string text && string.IsNullOrWhiteSpace(text))))
            {
                continue;
            }

            for (var u = unnamed.Count - 1; u >= 0; u--)
            {
                if (Cell(record, unnamed[u]) is { Length: > 0 })
                {
                    collector.Warning(new InputProblem(source, line, unnamed[u] + 1, Cell(record, idColumn), null, string.Create(CultureInfo.InvariantCulture,
                        $"column {unnamed[u] + 1} has no name in the header, so its figures were ignored; write the indicator key at the top of the column.")));
                    unnamed.RemoveAt(u);
                }
            }

            if (record.Length != header.Length)
            {
                collector.Error(new InputProblem(source, line, 1, Cell(record, idColumn), null,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {record.Length} cells but the header has {header.Length}; check the separators of this row.")));
                continue;
            }

            // Sized once: growing it row by row was 4% of a 10,000-unit CLI run.
            var values = new Dictionary<string, IndicatorValue>(columns.Count, StringComparer.Ordinal);
            foreach (var (index, key) in columns)
            {
                if (ParseCell(record[index]) is { } value)
                {
                    values[key] = value;
                }
            }

            if (collector.AddUnit(Cell(record, idColumn), nameColumn >= 0 ? Cell(record, nameColumn) : null, values, null, line, 1, csvColumns: true) is { } unit)
            {
                yield return unit;
            }
        }
    }

    /// <summary>Turns one table cell into a value: absent when empty; a typed spreadsheet number or yes/no as it is; text as <see cref="ParseCell(string)"/> reads it.</summary>
    private static IndicatorValue? ParseCell(object? cell) => cell switch
    {
        null => null,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => ParseCell(text),
        bool flag => IndicatorValue.FromBoolean(flag),
        double or float or int or long or decimal => JsonValues.FromToken(new JValue(cell)),
        _ => IndicatorValue.Invalid(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "?"),
    };

    /// <summary>Parses one CSV cell: <c>có/không</c>, <c>true/false</c>, <c>yes/no</c> for yes/no; numbers with a decimal point or a Vietnamese decimal comma (<c>1.234,5</c>).</summary>
    internal static IndicatorValue ParseCell(string text)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (Texts.YesWords.Contains(lower))
        {
            return IndicatorValue.FromBoolean(true);
        }

        if (Texts.NoWords.Contains(lower))
        {
            return IndicatorValue.FromBoolean(false);
        }

        var normalised = trimmed.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (normalised.Contains(',', StringComparison.Ordinal))
        {
            // Vietnamese style: dots between thousands, a comma before the decimals.
            normalised = normalised.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (normalised.Count(c => c == '.') > 1)
        {
            normalised = normalised.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? IndicatorValue.FromNumber(number)
            : IndicatorValue.Invalid("\"" + trimmed + "\"");
    }

    /// <summary>A JSON property's value when it is a string; anything else (absent, a number, null) gives <see langword="null"/>.</summary>
    private static string? StringOf(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;

    private static string? Cell(object?[] record, int index) =>
        index >= 0 && index < record.Length && Convert.ToString(record[index], CultureInfo.InvariantCulture) is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    /// <summary>Checks units and reports problems for one file: to lists for a batch, to callbacks for a stream.</summary>
    private sealed class Collector
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly Action<InputProblem> _error;
        private readonly Action<InputProblem> _warning;

        public Collector(string source, RuleSet ruleSet, Action<InputProblem>? onError, Action<InputProblem>? onWarning)
        {
            Source = source;
            RuleSet = ruleSet;
            _error = onError ?? Errors.Add;
            _warning = onWarning ?? Warnings.Add;
        }

        public string Source { get; }

        public RuleSet RuleSet { get; }

        public string? Period { get; set; }

        public List<InputProblem> Errors { get; } = [];

        public List<InputProblem> Warnings { get; } = [];

        public void Error(InputProblem problem) => _error(problem);

        public void Warning(InputProblem problem) => _warning(problem);

        /// <summary>The batch; units that name no period of their own take the file's.</summary>
        public SnapshotBatch Result(List<IndicatorSnapshot> units) => new(
            Period,
            Period is null ? units : units.ConvertAll(s => s.Period is null ? s with { Period = Period } : s),
            Errors,
            Warnings);

        public IndicatorSnapshot? AddJsonUnit(JToken token)
        {
            if (token is not JObject unit)
            {
                var (l, c) = JsonPosition.Of(token);
                _error(new InputProblem(Source, l, c, null, null, "each unit must be an object with \"id\", \"name\" and \"indicators\"."));
                return null;
            }

            var id = StringOf(unit["id"]);
            var values = new Dictionary<string, IndicatorValue>(unit["indicators"] is JObject { Count: var count } ? count : 0, StringComparer.Ordinal);
            if (unit["indicators"] is JObject indicators)
            {
                foreach (var property in indicators.Properties())
                {
                    var (line, column) = JsonPosition.Of(property);
                    if (KnownKey(property.Name, line, column, id) && JsonValues.FromToken(property.Value) is { } value)
                    {
                        values[property.Name] = value;
                    }
                }
            }
            else if (id is not null)
            {
                var (l, c) = JsonPosition.Of(unit);
                _error(new InputProblem(Source, l, c, id, "indicators", "the unit has no \"indicators\" object; add one with the unit's figures."));
                return null;
            }

            foreach (var property in unit.Properties().Where(p => p.Name is not ("id" or "name" or "indicators" or "period")))
            {
                var (line, column) = JsonPosition.Of(property);
                _warning(new InputProblem(Source, line, column, id, property.Name,
                    "unknown field; a unit has \"id\", \"name\", \"period\" and \"indicators\". It was ignored."));
            }

            var (unitLine, unitColumn) = JsonPosition.Of(unit);
            return AddUnit(id, StringOf(unit["name"]), values, StringOf(unit["period"]) ?? Period, unitLine, unitColumn, csvColumns: false);
        }

        public IndicatorSnapshot? AddUnit(string? id, string? name, Dictionary<string, IndicatorValue> values, string? period, int line, int column, bool csvColumns)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                _error(new InputProblem(Source, line, column, null, "id", "the unit has no id; give every unit a unique id. The unit was not scored."));
                return null;
            }

            if (_seen.TryGetValue(id, out var firstLine))
            {
                _error(new InputProblem(Source, line, column, id, "id",
                    string.Create(CultureInfo.InvariantCulture, $"the id is already used on line {firstLine}; ids must be unique. This unit was not scored, the first one was.")));
                return null;
            }

            _seen[id] = line;
            foreach (var (key, value) in values)
            {
                var problem = value.ProblemAs(RuleSet.IndicatorsByKey[key].Type);
                if (problem != MeasureProblem.None)
                {
                    var sentence = Texts.FigureProblem(problem, key, key, values, k => k, Language.En);
                    _error(new InputProblem(Source, line, csvColumns ? 0 : column, id, key,
                        sentence + " The unit was scored; the criteria using this figure get invalid_data."));
                }
            }

            return new IndicatorSnapshot(id, name ?? id, values, period);
        }

        public bool KnownKey(string key, int line, int column, string? unitId)
        {
            if (RuleSet.IndicatorsByKey.ContainsKey(key))
            {
                return true;
            }

            _warning(new InputProblem(Source, line, column, unitId, key,
                $"unknown indicator" + DidYouMean.Suffix(key, RuleSet.IndicatorsByKey.Keys).TrimEnd('.') + $" It is not in the catalogue of '{RuleSet.Id}' and was ignored."));
            return false;
        }
    }
}
