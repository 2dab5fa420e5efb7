using Microsoft.Data.Sqlite;

namespace ParIndex.Rules.Store;

/// <summary>
/// The store's tables, created on first use and migrated by version (<c>PRAGMA user_version</c>), and the checks that
/// a file is a store this version can read: another application's database, or a store made by a newer version, is
/// refused and left as it is.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Marks a parindex store in the file's header (<c>PRAGMA application_id</c>): "PARI".</summary>
    public const long ApplicationId = 0x50415249;

    /// <summary>The schema this version writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Each version's statements, from an empty file to it; a later version adds its own step.</summary>
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE rule_sets (
            hash TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            files TEXT NOT NULL,
            UNIQUE (id, version));
        CREATE TABLE runs (
            run INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            period TEXT,
            round INTEGER,
            source TEXT NOT NULL,
            inputs_hash TEXT NOT NULL,
            rule_set TEXT NOT NULL REFERENCES rule_sets (hash));
        CREATE TABLE inputs (
            run INTEGER NOT NULL REFERENCES runs (run),
            position INTEGER NOT NULL,
            unit TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            PRIMARY KEY (run, position));
        CREATE TABLE results (
            run INTEGER NOT NULL REFERENCES runs (run),
            unit TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT,
            total TEXT,
            rank INTEGER,
            rank_in_type INTEGER,
            classification TEXT,
            criteria TEXT NOT NULL,
            PRIMARY KEY (run, unit));
        CREATE INDEX results_by_unit ON results (unit, run);
        """,
    ];

    /// <summary>Brings a file to <see cref="Version"/>, or refuses it; every step in one transaction, so a failed migration leaves it as it was.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        var application = Scalar(connection, "PRAGMA application_id");
        var version = (int)Scalar(connection, "PRAGMA user_version");
        var tables = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        if (application != ApplicationId && (application != 0 || tables > 0))
        {
            throw new StoreException(path, Messages.Say("store.not-a-parindex-store"));
        }

        if (version > Version)
        {
            throw new StoreException(path, Messages.Say("store.newer-schema", version, Version));
        }

        if (version == Version)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        for (var step = version; step < Version; step++)
        {
            Execute(connection, transaction, Steps[step]);
        }

        Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Version};");
        transaction.Commit();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
