using System.Text;

namespace ParIndex.Rules.Fuzz;

/// <summary>
/// Merge maps with hostile ids: very long ones, control and bidirectional characters, ids of units left as they
/// were, a predecessor under two units, and new ids that swap with each other. Applied to a batch, a map may refuse
/// what it cannot form but never throw, never form one id twice, and never form a unit whose id is another new
/// unit's predecessor (one commune's figures under another's name).
/// </summary>
internal static class MergeFuzz
{
    private static readonly string[] Odd = ["\u202E", "\u0000", "\u001b[2J", "\uFFFE", "\uD800", " ", ",", ";", "\"", "\r\n", "Đ", "D\u0300"];

    /// <summary>A map in CSV over the batch's ids.</summary>
    public static string Map(IReadOnlyList<string> ids, Random random)
    {
        var csv = new StringBuilder("newId,newName,type,predecessorId\n");
        for (var unit = 0; unit < random.Next(1, 6); unit++)
        {
            var newId = Id(ids, random);
            var name = random.Next(3) == 0 ? new string('N', random.Next(1, 40_000)) : "Xã " + unit;
            var type = new[] { "xa", "phuong", "Phường", "dac-khu", string.Empty, "x\u202Ey" }[random.Next(6)];
            for (var p = 0; p < random.Next(1, 4); p++)
            {
                csv.Append(Quoted(newId)).Append(',').Append(Quoted(name)).Append(',').Append(Quoted(type)).Append(',').Append(Quoted(Id(ids, random))).Append('\n');
            }
        }

        return csv.ToString();
    }

    /// <summary>Checks what a map did to a batch.</summary>
    public static void Check(MergeMap map, SnapshotBatch merged)
    {
        if (merged.Snapshots.Select(u => u.Id).Distinct(StringComparer.Ordinal).Count() != merged.Snapshots.Count)
        {
            throw new InvalidOperationException("a merge formed two units with one id");
        }

        var predecessorOf = map.Units.SelectMany(u => u.Predecessors.Select(p => (Predecessor: p, Unit: u.Id))).ToLookup(x => x.Predecessor, x => x.Unit, StringComparer.Ordinal);
        var formed = map.Units.Select(u => u.Id).Where(id => merged.Snapshots.Any(s => s.Id == id)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in formed)
        {
            if (predecessorOf[id].Any(owner => owner != id))
            {
                throw new InvalidOperationException($"'{id}' was formed though it is another new unit's predecessor");
            }
        }
    }

    private static string Id(IReadOnlyList<string> ids, Random random) => random.Next(6) switch
    {
        0 => new string('x', random.Next(100, 40_000)),
        1 => ids[random.Next(ids.Count)] + Odd[random.Next(Odd.Length)],
        2 => Odd[random.Next(Odd.Length)],
        _ => ids[random.Next(ids.Count)],
    };

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
