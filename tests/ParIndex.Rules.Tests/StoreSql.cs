using FluentAssertions;
using Microsoft.Data.Sqlite;

namespace ParIndex.Rules.Tests;

/// <summary>
/// SQL run on a store file from outside it, as a person altering the record by hand would: the tests that must find
/// such a change, and those that count what a run left. The CLI tests link this file.
/// </summary>
internal static class StoreSql
{
    /// <summary>Runs a statement that must change at least one row.</summary>
    public static void Alter(string db, string sql)
    {
        using var command = Command(db, sql);
        command.ExecuteNonQuery().Should().BeGreaterThan(0, "the test's SQL must change a row");
    }

    /// <summary>The number a <c>count(*)</c> gives.</summary>
    public static long Count(string db, string sql)
    {
        using var command = Command(db, sql);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The text a query's one value holds.</summary>
    public static string Text(string db, string sql)
    {
        using var command = Command(db, sql);
        return (string)command.ExecuteScalar()!;
    }

    private static SqliteCommand Command(string db, string sql)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Disposed += (_, _) => connection.Dispose();
        return command;
    }
}
