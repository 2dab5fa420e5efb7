using System.Globalization;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Store;

/// <summary>The store's rows: written with parameters (never text pasted into SQL), read back exactly.</summary>
public sealed partial class ResultStore
{
    private const string RunSelect =
        "SELECT r.run, r.at, r.by, r.period, r.round, r.source, r.inputs_hash, s.id, s.version, s.hash, (SELECT count(*) FROM results x WHERE x.run = r.run) " +
        "FROM runs r JOIN rule_sets s ON s.hash = r.rule_set";

    /// <summary>Stores the rule set once per hash; an id and version stored with another hash is an edited copy passing for the published set.</summary>
    private void StoreRuleSet(SqliteTransaction transaction, RuleSet ruleSet)
    {
        var stored = Query("SELECT hash FROM rule_sets WHERE id = $id AND version = $version", r => r.GetString(0), transaction,
            ("$id", ruleSet.Id), ("$version", ruleSet.Version)).FirstOrDefault();
        if (stored is not null && stored != ruleSet.ContentHash)
        {
            throw new StoreException(Path, Messages.Say("store.same-name-another-hash", ruleSet.Id, ruleSet.Version, stored[..12], ruleSet.ContentHash[..12]));
        }

        if (stored is null)
        {
            // The canonical files (and the seal, for a sealed set), so the set loads again to the same hash.
            var files = Authoring.RuleSetWriter.ToFiles(ruleSet).Concat(ruleSet.Sealed ? [Authoring.RuleSetSeal.FileOf(ruleSet)] : [])
                .Select(f => new JObject { ["path"] = f.Path, ["text"] = f.Text }).ToList();

            Insert(transaction, "INSERT INTO rule_sets (hash, id, version, files) VALUES ($hash, $id, $version, $files)",
                ("$hash", ruleSet.ContentHash), ("$id", ruleSet.Id), ("$version", ruleSet.Version),
                ("$files", new JArray(files).ToString(Formatting.None)));
        }
    }

    private SqliteCommand ResultCommand(SqliteTransaction transaction, long run) => Command("""
        INSERT INTO results (run, unit, name, type, total, rank, rank_in_type, classification, criteria)
        VALUES ($run, $unit, $name, $type, $total, $rank, $inType, $class, CAST($criteria AS TEXT))
        """, transaction, [("$run", run), ("$unit", null), ("$name", null), ("$type", null), ("$total", null), ("$rank", null), ("$inType", null), ("$class", null), ("$criteria", null)]);

    private static void InsertResult(SqliteCommand command, RecordJson json, RuleSet ruleSet, Scorecard card, int? rank, int? rankInType) =>
        Run(command, card.UnitId, card.UnitName, card.UnitType, card.HasTotal ? SnapshotJson.Number(card.Total) : null, rank, rankInType,
            card.HasTotal ? card.Classification : null, json.Criteria(card, ruleSet));

    /// <summary>Runs a prepared row statement with a row's values; its first parameter, the run, stays as it was set.</summary>
    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i + 1].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private long Insert(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar() is long id ? id : 0;
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters) => Query(sql, read, null, parameters);

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            try
            {
                using var command = Command(sql, transaction, parameters);
                using var reader = command.ExecuteReader();
                var rows = new List<T>();
                while (reader.Read())
                {
                    rows.Add(read(reader));
                }

                return rows;
            }
            catch (SqliteException e)
            {
                throw StoreException.From(Path, e);
            }
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static StoredRun ReadRun(SqliteDataReader r) => new(
        r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10));

    private static StoredResult ReadResult(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : decimal.Parse(r.GetString(4), NumberStyles.Float, CultureInfo.InvariantCulture),
        r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetString(7),
        [.. JArray.Parse(r.GetString(8)).Select(c => new StoredCriterion((string)c[0]!, Status((string)c[1]!), SnapshotJson.Decimal(c[2]!)))]);

    private static CriterionStatus Status(string wire) =>
        Enum.GetValues<CriterionStatus>().FirstOrDefault(s => s.ToWireName() == wire, (CriterionStatus)(-1));
}
