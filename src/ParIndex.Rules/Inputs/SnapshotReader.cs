using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Reads indicator snapshots from JSON, CSV and XLSX, checking them against a rule set's indicator catalogue.</summary>
/// <remarks>
/// Nothing is dropped silently: a unit that cannot be read is an error naming its line; a duplicate id is an
/// error naming both lines (the first unit is kept); an unknown key is a warning with a did-you-mean; an
/// impossible value is kept as it is, so the unit is scored and the criteria that use it say <c>invalid_data</c>.
/// Stateless and thread-safe.
/// </remarks>
public static partial class SnapshotReader
{
    /// <summary>Reads a file, choosing the format by its extension: <c>.json</c>, <c>.csv</c> or <c>.xlsx</c>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the file writes numbers and text, when it does not say; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static SnapshotBatch ReadFile(string path, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(path, ruleSet, null, null, options);
        var units = StreamFile(path, collector).ToList();
        return collector.Result(units);
    }

    /// <summary>
    /// Reads a file one unit at a time, for batches larger than memory would like: units come out as they are
    /// read, problems go to the callbacks as they are found, and only the ids seen so far are kept.
    /// </summary>
    /// <param name="path">The file's path (.json, .csv or .xlsx; an XLSX workbook is read whole, and the rows of a CSV file from its first figure that could be read two ways wait for the end of the file, which decides how it writes numbers).</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <param name="options">How the file writes numbers and text, when it does not say; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units, in file order. In a JSON batch, a <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static IEnumerable<IndicatorSnapshot> StreamFile(string path, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamFile(path, new Collector(path, ruleSet, onError, onWarning, options));
    }

    /// <summary>Reads JSON one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem}, InputOptions)"/>.</summary>
    /// <param name="reader">The JSON text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown key.</param>
    /// <returns>The units, in order, read as they are enumerated. A <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    internal static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamJson(reader, new Collector(source, ruleSet, onError, onWarning));
    }

    /// <summary>Reads CSV one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem}, InputOptions)"/>; the layout is <see cref="ReadCsv"/>'s.</summary>
    /// <param name="reader">The CSV text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <returns>The units, in order, read as they are enumerated.</returns>
    internal static IEnumerable<IndicatorSnapshot> StreamCsv(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
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

    /// <summary>Reads CSV with a header row <c>id,name,&lt;indicator keys or titles&gt;</c> (the first row with an <c>id</c> column; up to 10 title rows above it are skipped): comma, semicolon or tab separated; numbers read as <see cref="NumberFormat"/> says; yes/no as <c>có/không</c>, <c>true/false</c>, <c>yes/no</c>, <c>1/0</c> or <c>x</c>; an empty cell for a figure not reported.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the file writes numbers; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadCsv(TextReader reader, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null, options);
        return collector.Result(StreamCsv(reader, collector).ToList());
    }

    /// <summary>Reads a sheet of an XLSX workbook (the first, or <see cref="InputOptions.Sheet"/>) laid out like the CSV: a header row <c>id,name,&lt;indicator keys or titles&gt;</c> (title rows above it are skipped), one row per unit; every problem names the sheet.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How text cells write numbers; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadXlsx(Stream stream, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null, options);
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
            var encoding = collector.Options.Encoding;
            if (encoding is null && extension != ".XLSX" && FirstInvalidUtf8(path) is { } line)
            {
                collector.Error(NotUtf8(path, line));
                yield break;
            }

            using var reader = new StreamReader(path, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: encoding is null);
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

    /// <summary>The problem of text that is not UTF-8: nothing of it is read, since its names and figures would come out wrong.</summary>
    private static InputProblem NotUtf8(string source, int line) => new(source, line, 0, null, null, string.Create(CultureInfo.InvariantCulture,
        $"the file is not UTF-8 text (line {line} has bytes UTF-8 does not allow), so no unit was read: its names and figures would come out wrong. Save it as UTF-8 (Excel: \"CSV UTF-8\"), or give its encoding (--encoding windows-1258)."),
        string.Create(CultureInfo.InvariantCulture,
        $"tệp không phải văn bản UTF-8 (dòng {line} có byte UTF-8 không cho phép), nên không đọc đơn vị nào: tên và số liệu sẽ bị sai. Hãy lưu tệp dạng UTF-8 (Excel: \"CSV UTF-8\"), hoặc cho biết bảng mã của tệp (--encoding windows-1258)."));

    /// <summary>The line of the first bytes of a file that are not UTF-8, or null when the whole file is.</summary>
    private static int? FirstInvalidUtf8(string path)
    {
        using var file = File.OpenRead(path);
        return FirstInvalidUtf8(file);
    }

    /// <summary>The line of the first bytes that are not UTF-8, or null when the whole stream is; read in blocks, so a large file costs no memory.</summary>
    private static int? FirstInvalidUtf8(Stream file)
    {
        var decoder = CsvFormula.StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 2];
        var line = 1;
        int read;
        while ((read = file.Read(bytes)) > 0)
        {
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                return line + bytes.AsSpan(0, Math.Clamp(e.Index, 0, read)).Count((byte)'\n');
            }

            line += bytes.AsSpan(0, read).Count((byte)'\n');
        }

        try
        {
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return line;
        }
    }

    /// <summary>Checks units and reports problems for one file: to lists for a batch, to callbacks for a stream.</summary>
    private sealed class Collector
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly Action<InputProblem> _error;
        private readonly Action<InputProblem> _warning;

        private readonly Dictionary<string, (string En, string Vi)> _unknown = new(StringComparer.Ordinal);
        private Dictionary<string, CriterionDefinition>? _criteria;
        private Dictionary<string, string?>? _headers;
        private string? _sheet;

        public Collector(string source, RuleSet ruleSet, Action<InputProblem>? onError, Action<InputProblem>? onWarning, InputOptions? options = null)
        {
            Source = source;
            RuleSet = ruleSet;
            Options = options ?? InputOptions.Default;
            Errors = new ProblemList(source);
            Warnings = new ProblemList(source);
            _error = onError ?? Errors.Add;
            _warning = onWarning ?? Warnings.Add;
        }

        public string Source { get; }

        public InputOptions Options { get; }

        public RuleSet RuleSet { get; }

        public string? Period { get; set; }

        public ProblemList Errors { get; }

        public ProblemList Warnings { get; }

        /// <summary>The workbook sheet being read, named in every problem found in it.</summary>
        public string? Sheet
        {
            set => _sheet = value;
        }

        /// <summary>Said after "no header row" in a workbook: the sheets it has, and how to choose one.</summary>
        public LocalizedText? OtherSheets { get; set; }

        /// <summary>Whether reading stopped at a problem already told (a broken package): what is missing after it is not told again.</summary>
        public bool CutShort { get; set; }

        public void Error(InputProblem problem) => _error(_sheet is null ? problem : problem with { Sheet = _sheet });

        public void Warning(InputProblem problem) => _warning(_sheet is null ? problem : problem with { Sheet = _sheet });

        /// <summary>The batch; units that name no period of their own take the file's.</summary>
        public SnapshotBatch Result(List<IndicatorSnapshot> units) => new(
            Period,
            Period is null ? units : units.ConvertAll(s => s.Period is null ? s with { Period = Period } : s),
            Errors.ToList(),
            Warnings.ToList())
        {
            Source = Source,
            ReadWith = RuleSet,
        };

        public IndicatorSnapshot? AddJsonUnit(JToken token)
        {
            if (token is not JObject unit)
            {
                var (l, c) = JsonPosition.Of(token);
                Error(new InputProblem(Source, l, c, null, null, "each unit must be an object with \"id\", \"name\" and \"indicators\".", "mỗi đơn vị phải là một đối tượng có \"id\", \"name\" và \"indicators\"."));
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
                Error(new InputProblem(Source, l, c, id, "indicators", "the unit has no \"indicators\" object; add one with the unit's figures.", "đơn vị không có đối tượng \"indicators\"; hãy thêm đối tượng này với số liệu của đơn vị."));
                return null;
            }

            foreach (var property in unit.Properties().Where(p => p.Name is not ("id" or "name" or "indicators" or "period" or "type" or "selfAssessment" or "appraisal")))
            {
                var (line, column) = JsonPosition.Of(property);
                Warning(new InputProblem(Source, line, column, id, property.Name,
                    "unknown field; a unit has \"id\", \"name\", \"type\", \"period\", \"indicators\", \"selfAssessment\" and \"appraisal\". It was ignored.",
                    "trường không xác định; một đơn vị có \"id\", \"name\", \"type\", \"period\", \"indicators\", \"selfAssessment\" và \"appraisal\". Trường này bị bỏ qua."));
            }

            var (unitLine, unitColumn) = JsonPosition.Of(unit);
            if (unit["type"] is { Type: not (JTokenType.String or JTokenType.Null) } badType)
            {
                var (l, c) = JsonPosition.Of(badType);
                Error(new InputProblem(Source, l, c, id, "type",
                    "\"type\" must be a string such as \"xa\" or \"phuong\"; the unit was scored without a type and is ranked overall only.",
                    "\"type\" phải là một chuỗi như \"xa\" hoặc \"phuong\"; đơn vị vẫn được chấm nhưng không có loại và chỉ được xếp hạng chung."));
            }

            var (typeLine, typeColumn) = unit["type"] is { } typeToken ? JsonPosition.Of(typeToken) : (unitLine, unitColumn);
            var snapshot = AddUnit(id, StringOf(unit["name"]), values, StringOf(unit["period"]) ?? Period, unitLine, unitColumn, columnOf: null, type: (StringOf(unit["type"]), typeLine, typeColumn));
            if (snapshot is not null && unit["selfAssessment"] is { } claims)
            {
                snapshot = snapshot with { SelfAssessment = Claims(snapshot.Id, snapshot.Type, claims) };
            }

            if (snapshot is not null && unit["appraisal"] is { } appraisal)
            {
                snapshot = snapshot with { Appraisal = Appraisal(snapshot.Id, snapshot.Type, appraisal) };
            }

            return snapshot;
        }

        /// <summary>Checks a unit's id and figures and makes its snapshot; <paramref name="columnOf"/> gives a table's 0-based column of each key (a problem then names the cell), <paramref name="explained"/> names the figures whose problem the reader has already reported with its reason, so they are not reported twice.</summary>
        public IndicatorSnapshot? AddUnit(string? id, string? name, Dictionary<string, IndicatorValue> values, string? period, int line, int column, Dictionary<string, int>? columnOf, HashSet<string>? explained = null, (string? Text, int Line, int Column)? type = null)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Error(new InputProblem(Source, line, column, null, "id", "the unit has no id; give every unit a unique id. The unit was not scored.", "đơn vị không có id; hãy đặt cho mỗi đơn vị một id riêng. Đơn vị không được chấm."));
                return null;
            }

            // Composed (NFC): a legacy encoding such as Windows-1258, or a Mac, writes tones as combining marks, and
            // "Đạt" written both ways must read, compare and sort as one name.
            id = id.ToNfc();
            if (_seen.TryGetValue(id, out var firstLine))
            {
                Error(new InputProblem(Source, line, column, id, "id",
                    string.Create(CultureInfo.InvariantCulture, $"the id is already used on line {firstLine}; ids must be unique. This unit was not scored, the first one was."),
                    string.Create(CultureInfo.InvariantCulture, $"id đã được dùng ở dòng {firstLine}; mỗi id phải là duy nhất. Đơn vị này không được chấm, đơn vị đầu tiên được chấm.")));
                return null;
            }

            _seen[id] = line;
            foreach (var (key, value) in values)
            {
                var problem = value.ProblemAs(RuleSet.IndicatorsByKey[key].Type);
                if (problem != MeasureProblem.None && explained?.Contains(key) != true)
                {
                    Error(new InputProblem(Source, line, columnOf is null ? column : columnOf[key] + 1, id, key,
                        Texts.FigureProblem(problem, key, key, values, k => k, Language.En) + StillScored.En,
                        Texts.FigureProblem(problem, key, key, values, k => k, Language.Vi) + StillScored.Vi));
                }
            }

            // A type is an id (xa, phuong): compared as written, spaces aside; an empty one is no type.
            var unitType = string.IsNullOrWhiteSpace(type?.Text) ? null : type.Value.Text.Trim().ToNfc();
            if (unitType is not null && RuleSet.UnitTypes.Count > 0 && !RuleSet.UnitTypes.Any(t => t.Id == unitType))
            {
                var known = RuleSet.UnitTypes.Select(t => t.Id).ToList();
                Error(new InputProblem(Source, type!.Value.Line, type.Value.Column, id, "type",
                    $"the type '{unitType}' is not one of '{RuleSet.Id}' ({string.Join(", ", known)})" + DidYouMean.Suffix(unitType, known) + " The unit was scored and ranked overall only.",
                    $"loại '{unitType}' không thuộc '{RuleSet.Id}' ({string.Join(", ", known)})" + DidYouMean.SuffixVi(unitType, known) + " Đơn vị vẫn được chấm và chỉ được xếp hạng chung."));
                unitType = null;
            }

            return new IndicatorSnapshot(id, (name ?? id).ToNfc(), values, period, unitType);
        }

        /// <summary>Each criterion's maximum by id: what claims and appraisals are checked against.</summary>
        private Dictionary<string, CriterionDefinition> CriteriaById => _criteria ??= RuleSet.Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);

        /// <summary>
        /// Whether a criterion applies to a unit's type; when not, a claim or an appraisal of it is an input problem
        /// (an excluded criterion earns 0 of 0, so points given for it would be silently dropped) and is not applied.
        /// </summary>
        public bool Applies(CriterionDefinition criterion, string? unitType, string unitId, int line, int column, string field, bool appraisal)
        {
            if (criterion.AppliesToType(unitType))
            {
                return true;
            }

            var types = string.Join(", ", criterion.AppliesTo!);
            Error(new InputProblem(Source, line, column, unitId, field,
                $"the criterion {criterion.Id} applies to units of type {types} only, and this unit is {(unitType is null ? "of no type" : $"'{unitType}'")}: it is excluded for the unit, so {(appraisal ? "the appraisal was not applied" : "the claim was not applied")}. Check the unit's type or remove the entry.",
                $"tiêu chí {criterion.Id} chỉ áp dụng cho đơn vị loại {types}, còn đơn vị này {(unitType is null ? "không có loại" : $"thuộc loại '{unitType}'")}: tiêu chí bị loại trừ với đơn vị, nên {(appraisal ? "kết quả thẩm định không được áp dụng" : "điểm tự chấm không được áp dụng")}. Hãy kiểm tra loại đơn vị hoặc xóa mục này."));
            return false;
        }

        /// <summary>The criterion named by a claim or an appraisal; an unknown id is told, with a did-you-mean, and gives null.</summary>
        private CriterionDefinition? CriterionOf(string criterionId, string unitId, JToken at, string field, bool appraisal)
        {
            if (CriteriaById.TryGetValue(criterionId, out var criterion))
            {
                return criterion;
            }

            At(unitId, at, field,
                $"'{criterionId}' is not a criterion of '{RuleSet.Id}'" + DidYouMean.Suffix(criterionId, CriteriaById.Keys) + (appraisal ? " The appraisal was not applied." : " The claim was not applied."),
                $"'{criterionId}' không phải tiêu chí của '{RuleSet.Id}'" + DidYouMean.SuffixVi(criterionId, CriteriaById.Keys) + (appraisal ? " Kết quả thẩm định không được áp dụng." : " Điểm tự chấm không được áp dụng."));
            return null;
        }

        /// <summary>A JSON number as a decimal, by the snapshots' own number rule; null for anything else.</summary>
        private static decimal? NumberOf(JToken? token) =>
            token is JValue { Type: JTokenType.Integer or JTokenType.Float } value && JsonValues.FromToken(value) is { Kind: IndicatorValueKind.Number } number ? number.Number : null;

        /// <summary>
        /// A unit's self-assessment: criterion id → claim. A bad entry (an unknown criterion, points outside 0 to the
        /// criterion's maximum or with more than 2 decimals, evidence without a document or with a date that is not
        /// one) is an input problem naming the unit, the criterion and the field, and is not applied.
        /// </summary>
        private Dictionary<string, Claim>? Claims(string unitId, string? unitType, JToken token)
        {
            if (token is not JObject claims)
            {
                At(unitId, token, "selfAssessment", "\"selfAssessment\" must be an object of criterion ids, each with its claimed points.", "\"selfAssessment\" phải là một đối tượng gồm các mã tiêu chí, mỗi mã kèm số điểm tự chấm.");
                return null;
            }

            var result = new Dictionary<string, Claim>(StringComparer.Ordinal);
            foreach (var property in claims.Properties())
            {
                var field = $"selfAssessment.{property.Name}";
                if (CriterionOf(property.Name, unitId, property, field, appraisal: false) is not { } criterion
                    || !Applies(criterion, unitType, unitId, Line(property), Column(property), field, appraisal: false))
                {
                    continue;
                }

                var item = property.Value as JObject;
                var points = NumberOf(item?["points"]);
                if (item is null || !GivenPoints.IsValid(criterion, points))
                {
                    var at = item?["points"] ?? property.Value;
                    var problem = GivenPoints.Problem(appraised: false, criterion, at.ToString(Newtonsoft.Json.Formatting.None));
                    At(unitId, at, field + ".points", problem.In(Language.En) + ". The claim was not applied.", problem.Vi + ". Điểm tự chấm không được áp dụng.");
                    continue;
                }

                if (item["evidence"] is { Type: not (JTokenType.Array or JTokenType.Null) } notList)
                {
                    // A single document written without its brackets is not guessed at: the claim waits for a list.
                    At(unitId, notList, field + ".evidence",
                        "\"evidence\" must be a list of documents: [ { \"document\": … } ]. The claim was not applied.",
                        "\"evidence\" phải là một danh sách tài liệu: [ { \"document\": … } ]. Điểm tự chấm không được áp dụng.");
                    continue;
                }

                var evidence = new List<Evidence>();
                foreach (var entry in item["evidence"] as JArray ?? [])
                {
                    // A JValue has no children to ask for: anything but an object is refused before it is read.
                    var document = entry as JObject;
                    var name = StringOf(document?["document"]);
                    var dateText = StringOf(document?["date"]);
                    DateOnly? date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
                    if (document is null || string.IsNullOrWhiteSpace(name) || (dateText is not null && date is null))
                    {
                        At(unitId, entry, field + ".evidence",
                            "each evidence item is an object with a \"document\" and, if given, a \"date\" written yyyy-MM-dd and a \"location\". The claim was not applied.",
                            "mỗi tài liệu kiểm chứng là một đối tượng có \"document\" và, nếu có, \"date\" viết yyyy-MM-dd và \"location\". Điểm tự chấm không được áp dụng.");
                        evidence = null;
                        break;
                    }

                    evidence.Add(new Evidence(name, date, StringOf(document["location"])));
                }

                if (evidence is not null)
                {
                    result[property.Name] = new Claim(points!.Value, evidence, StringOf(item["explanation"]));
                }
            }

            return result;
        }

        /// <summary>
        /// A unit's appraisal: criterion id → its rounds. A bad round (an unknown criterion, a round that is not a whole
        /// number from 1 to 2,147,483,647 or is repeated, points outside 0 to the maximum or with more than 2 decimals,
        /// no reason) is an input problem naming the unit, the criterion and the field, and is not applied; the other
        /// rounds are.
        /// </summary>
        private Dictionary<string, IReadOnlyList<AppraisalRound>>? Appraisal(string unitId, string? unitType, JToken token)
        {
            if (token is not JObject criteria)
            {
                At(unitId, token, "appraisal", "\"appraisal\" must be an object of criterion ids, each with its rounds.", "\"appraisal\" phải là một đối tượng gồm các mã tiêu chí, mỗi mã kèm các vòng thẩm định.");
                return null;
            }

            var result = new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal);
            foreach (var property in criteria.Properties())
            {
                var field = $"appraisal.{property.Name}";
                if (CriterionOf(property.Name, unitId, property, field, appraisal: true) is not { } criterion
                    || !Applies(criterion, unitType, unitId, Line(property), Column(property), field, appraisal: true))
                {
                    continue;
                }

                if (property.Value is not JArray list)
                {
                    At(unitId, property.Value, field,
                        "a criterion's appraisal is a list of rounds: [ { \"round\": 1, \"points\": …, \"reason\": … } ]. It was not applied.",
                        "kết quả thẩm định của một tiêu chí là danh sách các vòng: [ { \"round\": 1, \"points\": …, \"reason\": … } ]. Không được áp dụng.");
                    continue;
                }

                var rounds = new List<AppraisalRound>();
                foreach (var entry in list)
                {
                    if (entry is not JObject item)
                    {
                        At(unitId, entry, field, "each round is an object with round, points and reason; this round was not applied.", "mỗi vòng là một đối tượng có round, points và reason; vòng này không được áp dụng.");
                        continue;
                    }

                    // Read by the number rule, not by the token's own type: a round past 64 bits threw from Value<long>().
                    var round = NumberOf(item["round"]) is { } r && r == decimal.Truncate(r) && r >= 1m && r <= int.MaxValue ? (int)r : (int?)null;
                    var points = NumberOf(item["points"]);
                    var reason = StringOf(item["reason"]);
                    var problem = round is null ? new LocalizedText("vòng phải là số nguyên từ 1 đến 2.147.483.647", "the round must be a whole number from 1 to 2,147,483,647")
                        : rounds.Any(x => x.Round == round) ? new LocalizedText(Invariant($"vòng {round} được ghi hai lần"), Invariant($"round {round} is given twice"))
                        : !GivenPoints.IsValid(criterion, points) ? GivenPoints.Problem(appraised: true, criterion, item["points"]?.ToString(Newtonsoft.Json.Formatting.None) ?? "nothing")
                        : string.IsNullOrWhiteSpace(reason) ? new LocalizedText("mỗi vòng cần có \"reason\" (lý do)", "every round needs its \"reason\"")
                        : null;
                    if (problem is not null)
                    {
                        At(unitId, item, field, problem.In(Language.En) + "; this round was not applied.", problem.Vi + "; vòng này không được áp dụng.");
                        continue;
                    }

                    rounds.Add(new AppraisalRound(round!.Value, points!.Value, reason!, StringOf(item["by"])));
                }

                if (rounds.Count > 0)
                {
                    result[property.Name] = rounds;
                }
            }

            return result;
        }

        private static int Line(JToken token) => JsonPosition.Of(token).Line;

        private static int Column(JToken token) => JsonPosition.Of(token).Column;

        private void At(string? unitId, JToken at, string field, string en, string vi)
        {
            var (line, column) = JsonPosition.Of(at);
            Error(new InputProblem(Source, line, column, unitId, field, en, vi));
        }

        private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

        /// <summary>
        /// Whether a header names a claim column, <c>claim:&lt;criterion id&gt;</c> or <c>tự chấm:&lt;criterion id&gt;</c>
        /// (case and spaces aside): null when it is not one; a criterion of null when it names no criterion of the
        /// rule set (told here, with a did-you-mean, and the column is not read).
        /// </summary>
        public (CriterionDefinition? Criterion, bool IsClaim)? ClaimColumn(string header, int line, int column)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || Normalise(header[..colon]) is not ("claim" or "tự chấm"))
            {
                return null;
            }

            var id = header[(colon + 1)..].Trim();
            if (CriteriaById.TryGetValue(id, out var criterion))
            {
                return (criterion, true);
            }

            Error(new InputProblem(Source, line, column, null, header,
                $"'{id}' is not a criterion of '{RuleSet.Id}'" + DidYouMean.Suffix(id, CriteriaById.Keys) + " The claim column was not read.",
                $"'{id}' không phải tiêu chí của '{RuleSet.Id}'" + DidYouMean.SuffixVi(id, CriteriaById.Keys) + " Cột điểm tự chấm không được đọc."));
            return (null, true);
        }

        /// <summary>What a table's column header names, without a word: <c>id</c>, <c>name</c>, an indicator key, or null.</summary>
        public string? ColumnRole(string header)
        {
            _headers ??= Headers();
            return _headers.TryGetValue(Normalise(header), out var role) ? role : null;
        }

        /// <summary>The indicator a table's column header names: as the column map says, its key in any case, or its Vietnamese title (spaces and case aside); warns and gives null for anything else.</summary>
        public string? HeaderKey(string header, int line, int column)
        {
            _headers ??= Headers();
            if (_headers.TryGetValue(Normalise(header), out var key))
            {
                if (key is null)
                {
                    Error(new InputProblem(Source, line, column, null, header,
                        $"the header '{header}' names more than one indicator (a key and another's title); write the indicator's key. The column was not read.",
                        $"tiêu đề '{header}' chỉ nhiều hơn một chỉ tiêu (mã của một chỉ tiêu và tên của chỉ tiêu khác); hãy ghi mã chỉ tiêu. Cột này không được đọc."));
                }
                else if (!RuleSet.IndicatorsByKey.ContainsKey(key) && key is not ("id" or "name" or "type"))
                {
                    Error(new InputProblem(Source, line, column, null, header,
                        $"the column map sends '{header}' to '{key}', which is not an indicator of '{RuleSet.Id}'" + DidYouMean.Suffix(key, RuleSet.IndicatorsByKey.Keys) + " The column was not read; correct the map.",
                        $"bảng ánh xạ cột đưa '{header}' về '{key}', không phải chỉ tiêu của '{RuleSet.Id}'" + DidYouMean.SuffixVi(key, RuleSet.IndicatorsByKey.Keys) + " Cột này không được đọc; hãy sửa bảng ánh xạ."));
                    return null;
                }

                return key;
            }

            return KnownKey(header, line, column, unitId: null) ? header : null;
        }

        /// <summary>Every header a table may use, normalised: id and name, the keys and Vietnamese titles, then the column map over them.</summary>
        private Dictionary<string, string?> Headers()
        {
            // A name two indicators share (one's title, another's key) maps to neither: the column is refused, not guessed.
            var headers = RuleSet.Indicators
                .SelectMany(i => new[] { (Name: Normalise(i.Key), i.Key), (Name: Normalise(i.Title.Vi), i.Key) })
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count() == 1 ? g.First().Key : null, StringComparer.Ordinal)!;
            headers["id"] = "id";
            headers["name"] = "name";
            headers["type"] = "type";
            foreach (var (header, role) in Options.Columns ?? new Dictionary<string, string>())
            {
                headers[Normalise(header)] = role;
            }

            return headers;
        }

        private static string Normalise(string name) => HeaderNames.Normalise(name);

        public bool KnownKey(string key, int line, int column, string? unitId)
        {
            if (RuleSet.IndicatorsByKey.ContainsKey(key))
            {
                return true;
            }

            // The same unknown key in every unit of a file is one suggestion, worked out once: comparing it with the
            // whole catalogue each time cost about a hundred times the parse.
            if (!_unknown.TryGetValue(key, out var message))
            {
                message = (
                    $"unknown indicator" + DidYouMean.Suffix(key, RuleSet.IndicatorsByKey.Keys) + $" It is not in the catalogue of '{RuleSet.Id}' and was ignored.",
                    $"chỉ tiêu không xác định" + DidYouMean.SuffixVi(key, RuleSet.IndicatorsByKey.Keys) + $" Chỉ tiêu không có trong danh mục của '{RuleSet.Id}' và bị bỏ qua.");
                if (_unknown.Count < 1_000)
                {
                    _unknown[key] = message;
                }
            }

            Warning(new InputProblem(Source, line, column, unitId, key, message.En, message.Vi));
            return false;
        }
    }
}
