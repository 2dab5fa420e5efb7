using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParIndex.Rules.Definitions;
using ParIndex.Rules.Loading;

namespace ParIndex.Rules.Scoring;

/// <summary>A problem with one unit of an input file: where it is, which unit and field, and what is wrong.</summary>
/// <param name="Source">The file's path or name.</param>
/// <param name="Line">The 1-based line (for CSV, the row's line), or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="UnitId">The unit's id, when known.</param>
/// <param name="Field">The field (indicator key or column), when the problem concerns one.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InputProblem(string Source, int Line, int Column, string? UnitId, string? Field, string Message)
{
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
/// <param name="Period">The period the files give, when they give one.</param>
/// <param name="Snapshots">The units that can be scored, in input order.</param>
/// <param name="Errors">Problems that make a unit wrong: a unit that could not be read at all, a duplicate id, an impossible value (the unit is still scored; the criteria using the value get <c>invalid_data</c>).</param>
/// <param name="Warnings">Things worth a look that change no score, such as an unknown column.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SnapshotBatch(
    string? Period,
    IReadOnlyList<IndicatorSnapshot> Snapshots,
    IReadOnlyList<InputProblem> Errors,
    IReadOnlyList<InputProblem> Warnings)
{
    /// <summary>Merges batches read from several files, keeping input order; a unit id seen in an earlier file is an error naming both places.</summary>
    /// <param name="batches">The batches, in input order.</param>
    /// <returns>The merged batch.</returns>
    public static SnapshotBatch Merge(IEnumerable<SnapshotBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var list = batches.ToList();
        return new SnapshotBatch(
            list.Select(b => b.Period).FirstOrDefault(p => p is not null),
            list.SelectMany(b => b.Snapshots).ToList(),
            list.SelectMany(b => b.Errors).ToList(),
            list.SelectMany(b => b.Warnings).ToList());
    }
}

/// <summary>Reads indicator snapshots from JSON and CSV, checking them against a rule set's indicator catalogue.</summary>
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
    /// <exception cref="NotSupportedException">The extension is neither .json nor .csv.</exception>
    public static SnapshotBatch ReadFile(string path, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JSON" => ReadJson(reader, path, ruleSet),
            ".CSV" => ReadCsv(reader, path, ruleSet),
            ".XLSX" => ReadXlsx(reader.BaseStream, path, ruleSet),
            var other => throw new NotSupportedException($"'{path}': {other} files are not read; give a .json, .csv or .xlsx file."),
        };
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
        var collector = new Collector(source, ruleSet);

        // Doubles, not decimals: a number beyond decimal's range (1e400) or NaN would otherwise break the
        // reader and lose every unit after it. Whole numbers are read as integers either way; other numbers
        // come back to decimal through their shortest round-trip text, exact to 15 significant digits.
        using var json = new JsonTextReader(reader) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        string? period = null;
        var rest = new JObject();
        var sawUnits = false;
        try
        {
            if (!json.Read())
            {
                collector.Errors.Add(new InputProblem(source, 1, 1, null, null, "the file is empty; it must hold a JSON object with a \"units\" array."));
                return collector.Result(null);
            }

            if (json.TokenType != JsonToken.StartObject)
            {
                collector.Errors.Add(new InputProblem(source, json.LineNumber, json.LinePosition, null, null, "expected an object with a \"units\" array (or one unit with an \"id\"); see the README's input format."));
                return collector.Result(null);
            }

            while (json.Read() && json.TokenType == JsonToken.PropertyName)
            {
                var name = (string)json.Value!;
                json.Read();
                if (name == "units" && json.TokenType == JsonToken.StartArray)
                {
                    sawUnits = true;
                    ReadUnits(json, collector);
                }
                else if (!rest.ContainsKey(name))
                {
                    rest[name] = JToken.ReadFrom(json, LoadSettings);
                }
                else
                {
                    collector.Errors.Add(new InputProblem(source, json.LineNumber, json.LinePosition, null, name, $"the property '{name}' appears twice; keep one."));
                    json.Skip();
                }
            }

            period = rest["period"]?.Type == JTokenType.String ? rest.Value<string>("period") : null;
            if (!sawUnits)
            {
                if (rest["id"] is not null)
                {
                    collector.AddJsonUnit(rest);
                }
                else
                {
                    collector.Errors.Add(new InputProblem(source, 1, 1, null, null, "expected an object with a \"units\" array (or one unit with an \"id\"); see the README's input format."));
                }
            }
        }
        catch (JsonReaderException e)
        {
            collector.Errors.Add(new InputProblem(source, e.LineNumber, e.LinePosition, null, null,
                $"malformed JSON: {e.Message.Split(" Path '")[0]} The units before this point were read; fix the file and run again for the rest."));
        }

        return collector.Result(period);
    }

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>Reads the units array one unit at a time, so a bad unit is reported and skipped while the rest are read.</summary>
    private static void ReadUnits(JsonTextReader json, Collector collector)
    {
        while (json.Read() && json.TokenType != JsonToken.EndArray)
        {
            var depth = json.Depth;
            var line = json.LineNumber;
            try
            {
                collector.AddJsonUnit(JToken.ReadFrom(json, LoadSettings));
            }
            catch (JsonReaderException e) when (e.Message.Contains("already exists", StringComparison.Ordinal))
            {
                collector.Errors.Add(new InputProblem(collector.Source, e.LineNumber, e.LinePosition, null, null,
                    $"a unit starting at line {line} could not be read: {e.Message.Split(" Path '")[0]} It was skipped; fix it and run again. The other units were read."));
                // A duplicate key leaves the reader sound: skip to the end of this unit and go on.
                while (json.Depth > depth && json.Read())
                {
                }
            }
        }
    }

    /// <summary>Reads CSV with a header row <c>id,name,&lt;indicator keys&gt;</c>: comma or semicolon separated, decimal point or decimal comma, <c>có/không</c> or <c>true/false</c> for yes/no, an empty cell for a figure not reported.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadCsv(TextReader reader, string source, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvParser(reader, config);
        return ReadTable(CsvRows(csv), source, ruleSet, "the row");
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
        IEnumerable<(int Line, object?[] Cells)> Rows()
        {
            var line = 0;
            foreach (var row in MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
            {
                line++;
                var cells = (IDictionary<string, object?>)row;
                yield return (line, cells.Values.ToArray());
            }
        }

        try
        {
            return ReadTable(Rows(), source, ruleSet, "the row");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            return new SnapshotBatch(null, [], [new InputProblem(source, 0, 0, null, null, $"not a readable XLSX workbook: {e.Message} Save it again as .xlsx, or export the sheet as CSV.")], []);
        }
    }

    private static IEnumerable<(int Line, object?[] Cells)> CsvRows(CsvParser csv)
    {
        while (csv.Read())
        {
            yield return (csv.RawRow, csv.Record ?? []);
        }
    }

    private static SnapshotBatch ReadTable(IEnumerable<(int Line, object?[] Cells)> rows, string source, RuleSet ruleSet, string rowWord)
    {
        var collector = new Collector(source, ruleSet);
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            collector.Errors.Add(new InputProblem(source, 1, 1, null, null, "the file is empty; the first row must name the columns: id, name and the indicator keys."));
            return collector.Result(null);
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
            collector.Errors.Add(new InputProblem(source, 1, 1, null, "id", "the header has no 'id' column; the first row must name the columns: id, name and the indicator keys."));
            return collector.Result(null);
        }

        var columns = new List<(int Index, string Key)>();
        for (var i = 0; i < header.Length; i++)
        {
            if (i != idColumn && i != nameColumn && header[i].Length > 0 && collector.KnownKey(header[i], 1, i + 1, unitId: null))
            {
                columns.Add((i, header[i]));
            }
        }

        while (enumerator.MoveNext())
        {
            var (line, record) = enumerator.Current;
            if (record.All(c => c is null || (c is string text && string.IsNullOrWhiteSpace(text))))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                collector.Errors.Add(new InputProblem(source, line, 1, Cell(record, idColumn), null,
                    string.Create(CultureInfo.InvariantCulture, $"{rowWord} has {record.Length} cells but the header has {header.Length}; check the separators of this row.")));
                continue;
            }

            var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            foreach (var (index, key) in columns)
            {
                if (ParseCell(record[index], ruleSet.IndicatorsByKey[key].Type) is { } value)
                {
                    values[key] = value;
                }
            }

            collector.AddUnit(Cell(record, idColumn), nameColumn >= 0 ? Cell(record, nameColumn) : null, values, null, line, 1, csvColumns: true);
        }

        return collector.Result(null);
    }

    /// <summary>Turns one table cell into a value: absent when empty; a typed spreadsheet number or yes/no as it is; text as <see cref="ParseCell(string, IndicatorType)"/> reads it.</summary>
    private static IndicatorValue? ParseCell(object? cell, IndicatorType type) => cell switch
    {
        null => null,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => ParseCell(text, type),
        bool flag => IndicatorValue.FromBoolean(flag),
        double or float or int or long or decimal => SnapshotValues.FromToken(new JValue(cell)),
        _ => IndicatorValue.Invalid(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "?"),
    };

    /// <summary>Parses one CSV cell: <c>có/không</c>, <c>true/false</c>, <c>yes/no</c> for yes/no; numbers with a decimal point or a Vietnamese decimal comma (<c>1.234,5</c>).</summary>
    internal static IndicatorValue ParseCell(string text, IndicatorType type)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        switch (lower)
        {
            case "có" or "true" or "yes":
                return IndicatorValue.FromBoolean(true);
            case "không" or "false" or "no":
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

    private static string? Cell(object?[] record, int index) =>
        index >= 0 && index < record.Length && Convert.ToString(record[index], CultureInfo.InvariantCulture) is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    /// <summary>Gathers units and problems for one file.</summary>
    private sealed class Collector(string source, RuleSet ruleSet)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Source => source;

        public List<IndicatorSnapshot> Snapshots { get; } = [];

        public List<InputProblem> Errors { get; } = [];

        public List<InputProblem> Warnings { get; } = [];

        /// <summary>The batch; units that name no period of their own take the file's.</summary>
        public SnapshotBatch Result(string? period) => new(
            period,
            period is null ? Snapshots : Snapshots.ConvertAll(s => s.Period is null ? s with { Period = period } : s),
            Errors,
            Warnings);

        public void AddJsonUnit(JToken token)
        {
            if (token is not JObject unit)
            {
                Error(token, null, null, "each unit must be an object with \"id\", \"name\" and \"indicators\".");
                return;
            }

            var id = unit["id"]?.Type == JTokenType.String ? unit.Value<string>("id") : null;
            var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            if (unit["indicators"] is JObject indicators)
            {
                foreach (var property in indicators.Properties())
                {
                    var (line, column) = Position(property);
                    if (KnownKey(property.Name, line, column, id) && SnapshotValues.FromToken(property.Value) is { } value)
                    {
                        values[property.Name] = value;
                    }
                }
            }
            else if (id is not null)
            {
                Error(unit, id, "indicators", "the unit has no \"indicators\" object; add one with the unit's figures.");
                return;
            }

            foreach (var property in unit.Properties().Where(p => p.Name is not ("id" or "name" or "indicators" or "period")))
            {
                var (line, column) = Position(property);
                Warnings.Add(new InputProblem(source, line, column, id, property.Name,
                    "unknown field; a unit has \"id\", \"name\", \"period\" and \"indicators\". It was ignored."));
            }

            var (unitLine, unitColumn) = Position(unit);
            var unitPeriod = unit["period"]?.Type == JTokenType.String ? unit.Value<string>("period") : null;
            AddUnit(id, unit["name"]?.Type == JTokenType.String ? unit.Value<string>("name") : null, values, unitPeriod, unitLine, unitColumn, csvColumns: false);
        }

        public void AddUnit(string? id, string? name, Dictionary<string, IndicatorValue> values, string? period, int line, int column, bool csvColumns)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Errors.Add(new InputProblem(source, line, column, null, "id", "the unit has no id; give every unit a unique id. The unit was not scored."));
                return;
            }

            if (_seen.TryGetValue(id, out var firstLine))
            {
                Errors.Add(new InputProblem(source, line, column, id, "id",
                    string.Create(CultureInfo.InvariantCulture, $"the id is already used on line {firstLine}; ids must be unique. This unit was not scored, the first one was.")));
                return;
            }

            _seen[id] = line;
            foreach (var (key, value) in values)
            {
                var problem = Measure.Check(value, ruleSet.IndicatorsByKey[key].Type);
                if (problem != MeasureProblem.None)
                {
                    var sentence = HintWriter.Describe(problem, key, key, new IndicatorSnapshot(id, id, values));
                    Errors.Add(new InputProblem(source, line, csvColumns ? 0 : column, id, key,
                        sentence + " The unit was scored; the criteria using this figure get invalid_data."));
                }
            }

            Snapshots.Add(new IndicatorSnapshot(id, name ?? id, values, period));
        }

        public bool KnownKey(string key, int line, int column, string? unitId)
        {
            if (ruleSet.IndicatorsByKey.ContainsKey(key))
            {
                return true;
            }

            Warnings.Add(new InputProblem(source, line, column, unitId, key,
                $"unknown indicator" + DidYouMean.Suffix(key, ruleSet.IndicatorsByKey.Keys).TrimEnd('.') + $" It is not in the catalogue of '{ruleSet.Id}' and was ignored."));
            return false;
        }

        public void Error(JToken token, string? unitId, string? field, string message)
        {
            var (line, column) = Position(token);
            Errors.Add(new InputProblem(source, line, column, unitId, field, message));
        }

        private static (int Line, int Column) Position(JToken token) =>
            token is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
    }
}
