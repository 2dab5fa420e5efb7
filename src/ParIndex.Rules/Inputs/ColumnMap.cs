using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParIndex.Rules;

/// <summary>
/// A province's own column headers mapped to the rule set's keys: a CSV with the header <c>column,key</c> and one row
/// per column named another way, each key being <c>id</c>, <c>name</c>, <c>type</c> or an indicator of the rule set.
/// Give <see cref="Columns"/> as <see cref="InputOptions.Columns"/>.
/// </summary>
/// <param name="Columns">Each header as written in the province's files → the key it stands for; empty when there are problems.</param>
/// <param name="Problems">Every problem of the map, each with its line; the map is used only when there is none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ColumnMap(IReadOnlyDictionary<string, string> Columns, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Reads a column map, telling every problem at once: a malformed row, an unknown key (with a did-you-mean), a header mapped twice as the readers compare headers.</summary>
    /// <param name="path">The CSV file (comma, semicolon or tab separated).</param>
    /// <param name="ruleSet">The rule set whose keys the map names.</param>
    /// <returns>The map, or its problems.</returns>
    public static ColumnMap ReadFile(string path, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new(none, [new InputProblem(path, 0, 0, null, null, $"The column map '{path}' does not exist.", $"Không có bảng ánh xạ cột '{path}'.")]);
        }

        try
        {
            return Read(path, ruleSet);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // Read as strict UTF-8: a header in another encoding would map nothing, or the wrong column, without a word.
            return new(none, [new InputProblem(path, 0, 0, null, null,
                "the column map is not UTF-8 text; save it as UTF-8 (Excel: \"CSV UTF-8\").",
                "bảng ánh xạ cột không phải văn bản UTF-8; hãy lưu dạng UTF-8 (Excel: \"CSV UTF-8\").")]);
        }
    }

    private static ColumnMap Read(string path, RuleSet ruleSet)
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);

        var map = new Dictionary<string, string>(StringComparer.Ordinal);

        // Keyed as the readers compare headers, so two entries the reader would take for one are told here with their lines.
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        void Problem(int line, int column, string message, string vietnamese) => problems.Add(new InputProblem(path, line, column, null, null, message, vietnamese));
        using var reader = new StreamReader(path, StrictUtf8.Encoding);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], TrimOptions = TrimOptions.Trim });
        var header = csv.Read() ? csv.Record! : [];
        if (header is not [var first, var second, ..] || !string.Equals(first.TrimStart('\uFEFF'), "column", StringComparison.OrdinalIgnoreCase) || !string.Equals(second, "key", StringComparison.OrdinalIgnoreCase))
        {
            Problem(1, 1,
                "a column map starts with the header 'column,key', then one row per column: its header in your files, and id, name or an indicator key.",
                "bảng ánh xạ cột bắt đầu bằng dòng tiêu đề 'column,key', rồi mỗi cột một dòng: tiêu đề của cột trong tệp của bạn, và id, name hoặc mã một chỉ tiêu.");
            return new(none, problems);
        }

        var keys = ruleSet.Indicators.Select(i => i.Key).Append("id").Append("name").Append("type").ToList();
        while (csv.Read())
        {
            var cells = csv.Record!;
            var line = csv.RawRow;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                Problem(line, 1, "each row is a column header and a key, two cells, both given.", "mỗi dòng gồm tiêu đề một cột và một mã, hai ô, đều phải có.");
            }
            else if (!keys.Contains(cells[1], StringComparer.Ordinal))
            {
                Problem(line, 2,
                    $"'{cells[1]}' is not id, name or an indicator of '{ruleSet.Id}'" + DidYouMean.Suffix(cells[1], keys),
                    $"'{cells[1]}' không phải id, name hay chỉ tiêu của '{ruleSet.Id}'" + DidYouMean.SuffixVi(cells[1], keys));
            }
            else if (lines.TryGetValue(HeaderNames.Normalise(cells[0]), out var earlier))
            {
                Problem(line, 1,
                    string.Create(CultureInfo.InvariantCulture, $"the column '{cells[0]}' is mapped on line {earlier} already; keep one."),
                    string.Create(CultureInfo.InvariantCulture, $"cột '{cells[0]}' đã được ánh xạ ở dòng {earlier}; hãy giữ một."));
            }
            else
            {
                lines[HeaderNames.Normalise(cells[0])] = line;
                map[cells[0]] = cells[1];
            }
        }

        return problems.Count == 0 ? new(map, []) : new(none, problems);
    }
}
