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
        Description = Words.Say(
            "Kho kết quả (SQLite, tạo khi dùng lần đầu): score ghi lần chấm vào đó (chỉ khi có --db hoặc --record) và so với kỳ trước trong kho; history, replay và serve đọc từ đó (mặc định parindex.db ở thư mục hiện tại).",
            "The store of records (SQLite, created on first use): score records the run there (only with --db or --record) and compares with the store's last period; history, replay and serve read it (default parindex.db in the current folder)."),
        HelpName = "FILE",
    };

    public Option<bool> Record { get; } = new("--record")
    {
        Description = Words.Say("Ghi lần chấm vào parindex.db cạnh tệp đầu vào (như --db).", "Record the run in parindex.db beside the inputs (as --db does)."),
    };

    public Option<string?> By { get; } = new("--by")
    {
        Description = Words.Say("Người ghi lần chấm (mặc định: tên người dùng của máy).", "Who records the run (default: the machine's user name)."),
        HelpName = "NAME",
    };

    public Option<int?> Round { get; } = new("--round")
    {
        Description = Words.Say("Vòng thẩm định của lần chấm (1, 2…).", "The appraisal round the run is of (1, 2…)."),
        HelpName = "N",
        CustomParser = CommandContext.PositiveWhole,
    };

    /// <summary>The store a command reads: <c>--db</c>, or <c>parindex.db</c> in the current folder; it must exist.</summary>
    public ResultStore OpenExisting(ParseResult parse)
    {
        var path = parse.GetValue(Db) ?? DefaultFile;
        if (!File.Exists(path))
        {
            throw new UsageException(Words.Say(
                $"Không có kho kết quả '{path}': hãy chấm với --db {path} (hoặc --record) trước, hoặc chỉ kho bằng --db.",
                $"There is no store '{path}': score with --db {path} (or --record) first, or name the store with --db."));
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
