using System.CommandLine;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Cli.Commands;

/// <summary>
/// The store of records on the command line: <c>--db FILE</c> (or <c>--record</c>, <c>parindex.db</c> beside the
/// inputs) for <c>score</c>, and the store <c>history</c> and <c>replay</c> read.
/// </summary>
internal sealed class StoreOptions
{
    public const string DefaultFile = "parindex.db";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = Words.Tell("cli.the-store-of-records-sqlite-created"),
        HelpName = "FILE",
    };

    public Option<bool> Record { get; } = new("--record")
    {
        Description = Words.Tell("cli.record-the-run-in-parindex-db"),
    };

    public Option<string?> By { get; } = new("--by")
    {
        Description = Words.Tell("cli.who-records-the-run-default-the"),
        HelpName = "NAME",
    };

    public Option<int?> Round { get; } = new("--round")
    {
        Description = Words.Tell("cli.the-appraisal-round-the-run-is"),
        HelpName = "N",
        CustomParser = CommandContext.PositiveWhole,
    };

    /// <summary>The store a command reads: <c>--db</c>, or <c>parindex.db</c> in the current folder; it must exist.</summary>
    public ResultStore OpenExisting(ParseResult parse)
    {
        var path = parse.GetValue(Db) ?? DefaultFile;
        if (!File.Exists(path))
        {
            throw new UsageException(Words.Tell("cli.there-is-no-store-score-with", path));
        }

        return Open(path);
    }

    /// <summary>The store <c>score</c> records in, or null when not asked.</summary>
    public ResultStore? OpenForScore(ParseResult parse, string[]? inputs)
    {
        var path = parse.GetValue(Db);
        if (path is null && parse.GetValue(Record))
        {
            // Beside the inputs, where the season's files are kept; the bundled sample lives in the tool's folder, so
            // its runs go to the current one.
            var folder = inputs is { Length: > 0 } ? Path.GetDirectoryName(Path.GetFullPath(inputs[0]))! : Directory.GetCurrentDirectory();
            path = Path.Combine(folder, DefaultFile);
        }

        return path is null ? null : Open(path);
    }

    public RecordOptions Who(ParseResult parse) =>
        new(DateTimeOffset.Now, parse.GetValue(By) ?? Environment.UserName, parse.GetValue(Round));

    private static ResultStore Open(string path)
    {
        try
        {
            return ResultStore.Open(path);
        }
        catch (StoreException e)
        {
            throw new UsageException(e.MessageIn(Words.Language));
        }
    }
}
