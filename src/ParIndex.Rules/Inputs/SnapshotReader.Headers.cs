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
                if (key == HeaderNames.Skip)
                {
                    return null;
                }

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
