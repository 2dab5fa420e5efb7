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
            return new(none, [new InputProblem(path, 0, 0, null, null, Messages.Say("inputs.the-column-map-does-not-exist", path))]);
        }

        try
        {
            return Read(path, ruleSet);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // Read as strict UTF-8: a header in another encoding would map nothing, or the wrong column, without a word.
            return new(none, [new InputProblem(path, 0, 0, null, null, Messages.Say("inputs.the-column-map-is-not-utf"))]);
        }
    }

    private static ColumnMap Read(string path, RuleSet ruleSet)
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);

        var map = new Dictionary<string, string>(StringComparer.Ordinal);

        // Keyed as the readers compare headers, so two entries the reader would take for one are told here with their lines.
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        void Problem(int line, int column, LocalizedText message) => problems.Add(new InputProblem(path, line, column, null, null, message));
        using var reader = new StreamReader(path, StrictUtf8.Encoding);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], TrimOptions = TrimOptions.Trim });
        var header = csv.Read() ? csv.Record! : [];
        if (header is not [var first, var second, ..] || !string.Equals(first.TrimStart('\uFEFF'), "column", StringComparison.OrdinalIgnoreCase) || !string.Equals(second, "key", StringComparison.OrdinalIgnoreCase))
        {
            Problem(1, 1, Messages.Say("inputs.a-column-map-starts-with-the"));
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
                Problem(line, 1, Messages.Say("inputs.each-row-is-a-column-header"));
            }
            else if (!keys.Contains(cells[1], StringComparer.Ordinal))
            {
                Problem(line, 2, Messages.Say("inputs.is-not-id-name-or-an", cells[1], ruleSet.Id, DidYouMean.Said(cells[1], keys)));
            }
            else if (lines.TryGetValue(HeaderNames.Normalise(cells[0]), out var earlier))
            {
                Problem(line, 1, Messages.Say("inputs.the-column-is-mapped-on-line", cells[0], earlier));
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
