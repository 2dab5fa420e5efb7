using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>A commune formed by merging others (1 July 2025): its id, name and type, and the units it was formed from.</summary>
/// <param name="Id">The new unit's id; it must not be the id of a unit that stays as it was.</param>
/// <param name="Name">The new unit's name.</param>
/// <param name="Type">The new unit's type (peer group), when given.</param>
/// <param name="Predecessors">The ids of the units it was formed from, as the inputs give them.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MergedUnit(string Id, string Name, string? Type, IReadOnlyList<string> Predecessors)
{
    /// <summary>Where the map gives it (its first row), for problems.</summary>
    internal (string Source, int Line) Position { get; init; } = ("(in code)", 0);
}

/// <summary>
/// Which units were merged into which (assessment model §7): read from a CSV <c>newId,newName,type,predecessorId</c>
/// (one row per predecessor) or a JSON <c>{ "units": [ { "id", "name", "type", "predecessors": [ … ] } ] }</c>, and
/// applied to a batch of snapshots before scoring.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A problem in the map itself (a row without an id, one new unit given two names, a
/// predecessor listed twice) is in <see cref="Problems"/>, and the new units it touches are not formed; <see cref="Apply"/>
/// adds the problems of the batch (a predecessor absent from the inputs). A new unit is never scored on incomplete sums.
/// </remarks>
public sealed partial class MergeMap
{
    private MergeMap(IReadOnlyList<MergedUnit> units, IReadOnlyList<InputProblem> problems, HashSet<string> unformed)
    {
        Units = units;
        Problems = problems;
        _unformed = unformed;
    }

    private static readonly string[] TextFields = ["name", "type"];

    private readonly HashSet<string> _unformed;

    /// <summary>The new units, in the map's order.</summary>
    public IReadOnlyList<MergedUnit> Units { get; }

    /// <summary>The map's own problems, each naming the row and what to fix; the new units they touch are not formed.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Reads a map file: <c>.csv</c> or <c>.json</c>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The map, with its problems.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is neither .csv nor .json.</exception>
    public static MergeMap ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        // Strict UTF-8, as the inputs are read: a map saved in a legacy encoding would otherwise give garbled names in silence.
        using var reader = new StreamReader(path, StrictUtf8.Encoding, detectEncodingFromByteOrderMarks: true);
        try
        {
            return Path.GetExtension(path).ToUpperInvariant() switch
            {
                ".CSV" => ReadCsv(reader, path),
                ".JSON" => ReadJson(reader, path),
                _ => throw new NotSupportedException($"'{path}' is neither .csv nor .json; a merge map is one of these."),
            };
        }
        catch (DecoderFallbackException)
        {
            return new MergeMap([], [new InputProblem(path, 0, 0, null, null, Messages.Say("inputs.the-merge-map-is-not-utf"))], []);
        }
    }

    /// <summary>Reads a CSV map: a header row <c>newId,newName,type,predecessorId</c> (comma or semicolon), one row per predecessor.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file's name, for problems.</param>
    /// <returns>The map, with its problems.</returns>
    public static MergeMap ReadCsv(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new ProblemList(source);
        var rows = new List<(string? Id, string? Name, string? Type, string? Predecessor, int Line)>();
        var settings = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], BadDataFound = null, MissingFieldFound = null };
        using (var csv = new CsvReader(reader, settings, leaveOpen: true))
        {
            string[] columns = ["newId", "newName", "type", "predecessorId"];
            if (!csv.Read() || !csv.ReadHeader())
            {
                problems.Add(new InputProblem(source, 1, 1, null, null, Messages.Say("inputs.the-merge-map-is-empty-it")));
                return new MergeMap([], problems.ToList(), []);
            }

            var header = csv.HeaderRecord!.Select(h => h.Trim()).ToList();
            var index = columns.Select(c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
            var missing = columns.Where((_, i) => index[i] < 0 && i != 2).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new InputProblem(source, 1, 1, null, null, Messages.Say("inputs.merge-map-columns-missing", string.Join(", ", missing))));
                return new MergeMap([], problems.ToList(), []);
            }

            while (csv.Read())
            {
                string? Cell(int column) => column >= 0 && csv.TryGetField<string>(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim().ToNfc() : null;
                var line = csv.Parser.RawRow;
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rows.Add((Cell(index[0]), Cell(index[1]), Cell(index[2]), Cell(index[3]), line));
            }
        }

        var units = new List<MergedUnit>();
        var unformed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Id is null || r.Predecessor is null))
        {
            problems.Add(new InputProblem(source, row.Line, 1, row.Id, row.Id is null ? "newId" : "predecessorId", Messages.Say("inputs.every-row-needs-a-newid-and")));
            if (row.Id is not null)
            {
                unformed.Add(row.Id);
            }
        }

        foreach (var group in rows.Where(r => r.Id is not null && r.Predecessor is not null).GroupBy(r => r.Id!, StringComparer.Ordinal))
        {
            var first = group.First();
            if (group.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() > 1 || group.Select(r => r.Type).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                var other = group.First(r => r.Name != first.Name || r.Type != first.Type);
                problems.Add(new InputProblem(source, other.Line, 1, group.Key, other.Name != first.Name ? "newName" : "type",
                    Messages.Say(other.Name != first.Name ? "inputs.merge-name-differs" : "inputs.merge-type-differs", first.Line)));
                unformed.Add(group.Key);
            }

            units.Add(new MergedUnit(group.Key, first.Name ?? group.Key, first.Type, [.. group.Select(r => r.Predecessor!)]) { Position = (source, first.Line) });
        }

        return Checked(units, problems, unformed);
    }

    /// <summary>Reads a JSON map: <c>{ "units": [ { "id", "name", "type"?, "predecessors": [ ids ] } ] }</c>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file's name, for problems.</param>
    /// <returns>The map, with its problems.</returns>
    public static MergeMap ReadJson(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new ProblemList(source);
        JObject root;
        try
        {
            using var json = new JsonTextReader(reader) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            root = JObject.Load(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonException e)
        {
            var (line, column) = e is JsonReaderException r ? (r.LineNumber, r.LinePosition) : (0, 0);
            problems.Add(new InputProblem(source, line, column, null, null, Messages.Say("inputs.merge-map-not-json", e.Message.Split(". Path", 2)[0])));
            return new MergeMap([], problems.ToList(), []);
        }

        var units = new List<MergedUnit>();
        var unformed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root["units"] as JArray ?? [])
        {
            var (line, column) = JsonPosition.Of(item);
            var id = (item as JObject)?["id"] is JValue { Type: JTokenType.String } idToken ? ((string)idToken!).Trim().ToNfc() : null;
            var predecessors = (item as JObject)?["predecessors"] as JArray;
            if (id is null || id.Length == 0 || predecessors is null || predecessors.Count == 0 || predecessors.Any(p => p.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)p)))
            {
                problems.Add(new InputProblem(source, line, column, id, id is null ? "id" : "predecessors", Messages.Say("inputs.each-new-unit-needs-an-id")));
                if (id is { Length: > 0 })
                {
                    unformed.Add(id);
                }

                continue;
            }

            var badField = TextFields.FirstOrDefault(f => item[f] is { Type: not (JTokenType.String or JTokenType.Null) });
            if (badField is not null)
            {
                // A name or a type that is not text is not guessed at: the unit waits for the map to be fixed.
                problems.Add(new InputProblem(source, line, column, id, badField, Messages.Say("inputs.must-be-text-the-unit-was", badField)));
                unformed.Add(id);
                continue;
            }

            var name = item["name"] is JValue { Type: JTokenType.String } n ? ((string)n!).Trim().ToNfc() : id;
            var type = item["type"] is JValue { Type: JTokenType.String } t && !string.IsNullOrWhiteSpace((string?)t) ? ((string)t!).Trim().ToNfc() : null;
            units.Add(new MergedUnit(id, name, type, [.. predecessors.Select(p => ((string)p!).Trim().ToNfc())]) { Position = (source, line) });
        }

        if (root["units"] is not JArray)
        {
            problems.Add(new InputProblem(source, 1, 1, null, "units", Messages.Say("inputs.the-merge-map-has-no-units")));
        }

        return Checked(units, problems, unformed);
    }

    /// <summary>A map built in code, checked as a file is.</summary>
    /// <param name="units">The new units.</param>
    /// <returns>The map, with its problems.</returns>
    public static MergeMap From(IEnumerable<MergedUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Checked([.. units], new ProblemList("merge map"), new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// A predecessor listed twice, a new id given twice, or a new id that is another new unit's predecessor: no unit
    /// it touches can be formed. Problems are kept up to <see cref="ProblemList.MaxKept"/> and counted past it.
    /// </summary>
    private static MergeMap Checked(List<MergedUnit> units, ProblemList problems, HashSet<string> unformed)
    {
        foreach (var group in units.GroupBy(u => u.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            problems.Add(new InputProblem(second.Position.Source, second.Position.Line, 1, group.Key, "newId", Messages.Say("inputs.the-new-unit-is-given-twice")));
            unformed.Add(group.Key);
        }

        var owner = new Dictionary<string, MergedUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var predecessor in unit.Predecessors)
            {
                if (owner.TryGetValue(predecessor, out var earlier))
                {
                    problems.Add(new InputProblem(unit.Position.Source, unit.Position.Line, 1, predecessor, "predecessorId", ReferenceEquals(earlier, unit)
                        ? Messages.Say("inputs.merge-predecessor-twice", predecessor, unit.Id)
                        : Messages.Say("inputs.merge-predecessor-in-two", predecessor, earlier.Id, unit.Id)));
                    unformed.Add(earlier.Id);
                    unformed.Add(unit.Id);
                }
                else
                {
                    owner[predecessor] = unit;
                }
            }
        }

        foreach (var unit in units)
        {
            if (owner.TryGetValue(unit.Id, out var other) && !ReferenceEquals(other, unit))
            {
                // Two units swapping ids (a ← b, b ← a) would put one commune's figures under the other's name, and
                // compare each with the other's last year: a unit may keep only an id of its own predecessors.
                problems.Add(new InputProblem(unit.Position.Source, unit.Position.Line, 1, unit.Id, "newId", Messages.Say("inputs.is-the-id-of-a-predecessor", unit.Id, other.Id)));
                unformed.Add(unit.Id);
            }
        }

        return new MergeMap(units, problems.ToList(), unformed);
    }
}
