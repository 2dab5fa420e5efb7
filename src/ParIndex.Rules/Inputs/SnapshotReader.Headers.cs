using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// The collector's reading of a table's header row: claim columns, the id, name and type columns, indicator keys and titles.
public static partial class SnapshotReader
{
    private sealed partial class Collector
    {
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

            Error(new InputProblem(Source, line, column, null, header, Messages.Say("inputs.is-not-a-criterion-of-the", id, RuleSet.Id, DidYouMean.Said(id, CriteriaById.Keys))));
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
                if (key == HeaderNames.Skip)
                {
                    return null;
                }

                if (key is null)
                {
                    Error(new InputProblem(Source, line, column, null, header, Messages.Say("inputs.the-header-names-more-than-one", header)));
                }
                else if (!RuleSet.IndicatorsByKey.ContainsKey(key) && key is not ("id" or "name" or "type"))
                {
                    Error(new InputProblem(Source, line, column, null, header, Messages.Say("inputs.the-column-map-sends-to-which", header, key, RuleSet.Id, DidYouMean.Said(key, RuleSet.IndicatorsByKey.Keys))));
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
            foreach (var (header, role) in HeaderNames.UnitColumns)
            {
                headers.TryAdd(header, role);
            }

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
                message = Messages.Say("inputs.unknown-indicator", DidYouMean.Said(key, RuleSet.IndicatorsByKey.Keys), RuleSet.Id);
                if (_unknown.Count < 1_000)
                {
                    _unknown[key] = message;
                }
            }

            Warning(new InputProblem(Source, line, column, unitId, key, message));
            return false;
        }
    }
}
