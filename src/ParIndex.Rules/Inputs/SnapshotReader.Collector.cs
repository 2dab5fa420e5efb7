using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// The collector: one file's units checked and its problems reported, to lists for a batch or to callbacks for a stream.
public static partial class SnapshotReader
{
    /// <summary>Checks units and reports problems for one file: to lists for a batch, to callbacks for a stream.</summary>
    private sealed partial class Collector
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly Action<InputProblem> _error;
        private readonly Action<InputProblem> _warning;

        private readonly Dictionary<string, LocalizedText> _unknown = new(StringComparer.Ordinal);
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
            get => _sheet;
            set => _sheet = value;
        }

        /// <summary>The tables read so far, each once its rows are all read; a batch of several files shares one list.</summary>
        public List<TableRead> Tables { get; init; } = [];

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
            Tables = Tables,
        };

        public IndicatorSnapshot? AddJsonUnit(JToken token)
        {
            if (token is not JObject unit)
            {
                var (l, c) = JsonPosition.Of(token);
                Error(new InputProblem(Source, l, c, null, null, Messages.Say("inputs.each-unit-must-be-an-object")));
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
                Error(new InputProblem(Source, l, c, id, "indicators", Messages.Say("inputs.the-unit-has-no-indicators-object")));
                return null;
            }

            foreach (var property in unit.Properties().Where(p => p.Name is not ("id" or "name" or "indicators" or "period" or "type" or "selfAssessment" or "appraisal")))
            {
                var (line, column) = JsonPosition.Of(property);
                Warning(new InputProblem(Source, line, column, id, property.Name, Messages.Say("inputs.unknown-field-a-unit-has-id")));
            }

            var (unitLine, unitColumn) = JsonPosition.Of(unit);
            if (unit["type"] is { Type: not (JTokenType.String or JTokenType.Null) } badType)
            {
                var (l, c) = JsonPosition.Of(badType);
                Error(new InputProblem(Source, l, c, id, "type", Messages.Say("inputs.type-must-be-a-string-such")));
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
                Error(new InputProblem(Source, line, column, null, "id", Messages.Say("inputs.the-unit-has-no-id-give")));
                return null;
            }

            // Composed (NFC): a legacy encoding such as Windows-1258, or a Mac, writes tones as combining marks, and
            // "Đạt" written both ways must read, compare and sort as one name.
            id = id.ToNfc();
            if (_seen.TryGetValue(id, out var firstLine))
            {
                Error(new InputProblem(Source, line, column, id, "id", Messages.Say("inputs.the-id-is-already-used-on", firstLine)));
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

            Contradictions(id, values, line, column, columnOf, explained);

            // A type is an id (xa, phuong): compared as written, spaces aside; an empty one is no type.
            var unitType = string.IsNullOrWhiteSpace(type?.Text) ? null : type.Value.Text.Trim().ToNfc();
            (unitType, var unknown) = TypeOfUnit.Read(RuleSet, unitType, (Source, type?.Line ?? 0, type?.Column ?? 0, id), ScoredOverallOnly);
            if (unknown is not null)
            {
                Error(unknown);
            }

            return new IndicatorSnapshot(id, (name ?? id).ToNfc(), values) { Period = period, Type = unitType };
        }

        private static readonly LocalizedText ScoredOverallOnly = Messages.Say("inputs.the-unit-was-scored-and-ranked");

        /// <summary>
        /// Tells each figure larger than the one it is counted against (a rate's numerator above its denominator, a
        /// difference's part above its total, a SIPAS aspect's satisfied answers above its answers): the scorer makes
        /// every criterion using it <c>invalid_data</c> with 0 points, which without a word here showed only inside the
        /// unit's card. The unit is still scored; the problem names the part's cell.
        /// </summary>
        private void Contradictions(string id, Dictionary<string, IndicatorValue> values, int line, int column, Dictionary<string, int>? columnOf, HashSet<string>? explained)
        {
            foreach (var (part, whole, partType, wholeType) in PartsAndWholes)
            {
                if (values.TryGetValue(part, out var p) && values.TryGetValue(whole, out var w) && explained?.Contains(part) != true
                    && p.ProblemAs(partType) == MeasureProblem.None && w.ProblemAs(wholeType) == MeasureProblem.None
                    && p.Number > w.Number)
                {
                    Error(new InputProblem(Source, line, columnOf is null ? column : columnOf[part] + 1, id, part,
                        Texts.FigureProblem(MeasureProblem.PartAboveWhole, part, whole, values, k => k, Language.En) + StillScored.En,
                        Texts.FigureProblem(MeasureProblem.PartAboveWhole, part, whole, values, k => RuleSet.IndicatorsByKey[k].Title.Vi, Language.Vi) + StillScored.Vi));
                }
            }
        }

        /// <summary>Every (part, whole) pair of figures the rule set counts one against the other, each once, with their types (looked up once, not per unit).</summary>
        private List<(string Part, string Whole, IndicatorType PartType, IndicatorType WholeType)> PartsAndWholes => _partsAndWholes ??= [.. RuleSet.Criteria
            .SelectMany(c => c.Parts)
            .Select(p => p.Value)
            .Where(v => v.Kind != ValueKind.Indicator && v.Inputs.Count == 2)
            .Select(v => v.Kind == ValueKind.Rate ? (v.Inputs[0], v.Inputs[1]) : (v.Inputs[1], v.Inputs[0]))
            .Concat(RuleSet.SipasAspects.Select(a => (a.Numerator, a.Denominator)))
            .Distinct()
            .Select(pair => (pair.Item1, pair.Item2, RuleSet.IndicatorsByKey[pair.Item1].Type, RuleSet.IndicatorsByKey[pair.Item2].Type))];

        private List<(string Part, string Whole, IndicatorType PartType, IndicatorType WholeType)>? _partsAndWholes;

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
            var type = unitType is null ? Messages.Say("inputs.unit-has-no-type") : Messages.Say("inputs.unit-is-of-type", unitType);
            Error(new InputProblem(Source, line, column, unitId, field,
                Messages.Say(appraisal ? "inputs.appraisal-criterion-excluded" : "inputs.claim-criterion-excluded", criterion.Id, types, type)));
            return false;
        }
    }
}
