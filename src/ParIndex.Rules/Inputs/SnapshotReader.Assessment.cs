using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// The collector's reading of a JSON unit's self-assessment (claims with evidence) and appraisal rounds.
public static partial class SnapshotReader
{
    private sealed partial class Collector
    {
        /// <summary>The criterion named by a claim or an appraisal; an unknown id is told, with a did-you-mean, and gives null.</summary>
        private CriterionDefinition? CriterionOf(string criterionId, string unitId, JToken at, string field, bool appraisal)
        {
            if (CriteriaById.TryGetValue(criterionId, out var criterion))
            {
                return criterion;
            }

            At(unitId, at, field, Messages.Say(appraisal ? "inputs.appraisal-names-no-criterion" : "inputs.claim-names-no-criterion",
                criterionId, RuleSet.Id, DidYouMean.Said(criterionId, CriteriaById.Keys)));
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
                At(unitId, token, "selfAssessment", Messages.Say("inputs.selfassessment-must-be-an-object-of"));
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
                    At(unitId, at, field + ".points", Messages.Say("inputs.the-claim-was-not-applied", problem));
                    continue;
                }

                if (item["evidence"] is { Type: not (JTokenType.Array or JTokenType.Null) } notList)
                {
                    // A single document written without its brackets is not guessed at: the claim waits for a list.
                    At(unitId, notList, field + ".evidence", Messages.Say("inputs.evidence-must-be-a-list-of"));
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
                        At(unitId, entry, field + ".evidence", Messages.Say("inputs.each-evidence-item-is-an-object"));
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
                At(unitId, token, "appraisal", Messages.Say("inputs.appraisal-must-be-an-object-of"));
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
                    At(unitId, property.Value, field, Messages.Say("inputs.a-criterion-s-appraisal-is-a"));
                    continue;
                }

                var rounds = new List<AppraisalRound>();
                foreach (var entry in list)
                {
                    if (entry is not JObject item)
                    {
                        At(unitId, entry, field, Messages.Say("inputs.each-round-is-an-object-with"));
                        continue;
                    }

                    // Read by the number rule, not by the token's own type: a round past 64 bits threw from Value<long>().
                    var round = NumberOf(item["round"]) is { } r && r == decimal.Truncate(r) && r >= 1m && r <= int.MaxValue ? (int)r : (int?)null;
                    var points = NumberOf(item["points"]);
                    var reason = StringOf(item["reason"]);
                    var problem = round is null ? Messages.Say("inputs.json-round-not-whole")
                        : rounds.Any(x => x.Round == round) ? Messages.Say("inputs.round-given-twice", round)
                        : !GivenPoints.IsValid(criterion, points) ? GivenPoints.Problem(appraised: true, criterion, item["points"]?.ToString(Newtonsoft.Json.Formatting.None) ?? "nothing")
                        : string.IsNullOrWhiteSpace(reason) ? Messages.Say("inputs.every-round-needs-its-reason")
                        : null;
                    if (problem is not null)
                    {
                        At(unitId, item, field, Messages.Say("inputs.this-round-was-not-applied", problem));
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

        private void At(string? unitId, JToken at, string field, LocalizedText message)
        {
            var (line, column) = JsonPosition.Of(at);
            Error(new InputProblem(Source, line, column, unitId, field, message));
        }
    }
}
