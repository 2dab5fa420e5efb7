using System.CommandLine;
using System.Globalization;
using Newtonsoft.Json;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex history UNIT</c>: a unit's results across the store's runs, rounds and periods, and what moved each criterion between runs.</summary>
internal static class HistoryCommand
{
    public static Command Create(CommandContext context)
    {
        var store = new StoreOptions();
        var unit = new Argument<string>("UNIT") { Description = Words.Tell("cli.the-unit-s-id") };
        var format = new Option<string>("--format", "-f") { Description = Words.Tell("cli.table-default-md-json-or-xlsx"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "md", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = Words.Tell("cli.write-to-this-file-instead-of"), HelpName = "FILE" };
        var command = new Command("history", CommandContext.Describe("cli.a-unit-s-results-across-the",
            "parindex history nha-long", "parindex history nha-long --db tinh/parindex.db --format json"))
        {
            unit, store.Db, format, output, context.Lang,
        };
        command.SetAction(parse =>
        {
            using var opened = store.OpenExisting(parse);
            var id = parse.GetValue(unit)!;
            var history = opened.History(id);
            if (history.Count == 0)
            {
                throw new UsageException(Words.Tell("cli.the-store-has-no-run-that", opened.Path, id));
            }

            var changes = history.Zip(history.Skip(1), (a, b) => (From: a.Run.Run, To: b.Run.Run, Changes: opened.Changes(id, a.Run.Run, b.Run.Run))).ToList();
            if (parse.GetValue(format) == "xlsx" && parse.GetValue(output) is null)
            {
                throw new UsageException(Words.Tell("cli.format-xlsx-writes-a-workbook-give"));
            }

            using var target = parse.GetValue(output) is { } path ? OutputFile.Open(path) : null;
            var writer = target?.Writer ?? context.Output;
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(writer, id, history, changes);
                    break;
                case "xlsx":
                    TableWorkbook.Write(target!.Stream, Sheets(history, changes));
                    break;
                default:
                    Write(writer, history, changes, parse.GetValue(format) == "md");
                    break;
            }

            target?.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<UnitHistoryEntry> history, List<(long From, long To, IReadOnlyList<ResultChange> Changes)> changes, bool markdown)
    {
        var language = Words.Language;
        string[] headings = [Words.Tell("cli.run"), Words.Tell("cli.when"), Words.Tell("cli.by"), Words.Tell("cli.period"), Words.Tell("cli.round"),
            Words.Tell("cli.total"), Words.Tell("cli.rank"), Words.Tell("cli.rank-in-type"), Words.Tell("cli.class"), Words.Tell("cli.rule-set")];
        var rows = history.Select(h => new[]
        {
            h.Run.Run.ToString(CultureInfo.InvariantCulture), h.Run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Text.Visible(h.Run.By), h.Run.Period ?? "—",
            h.Run.Round?.ToString(CultureInfo.InvariantCulture) ?? "—", h.Result.Total is { } t ? Texts.Number(t, language) : "—",
            h.Result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—", h.Result.RankInType?.ToString(CultureInfo.InvariantCulture) ?? "—",
            h.Result.Classification ?? "—", $"{h.Run.RuleSetId} {h.Run.RuleSetVersion} ({h.Run.RuleSetHash[..12]})",
        }).ToList();
        output.WriteLine(Words.Tell("cli.unit-runs-count", Text.Visible(history[0].Result.Name), Text.Visible(history[0].Result.UnitId), history.Count));
        output.WriteLine();
        if (markdown)
        {
            output.WriteLine("| " + string.Join(" | ", headings) + " |");
            output.WriteLine("|" + string.Concat(headings.Select(_ => "---|")));
            rows.ForEach(r => output.WriteLine("| " + string.Join(" | ", r) + " |"));
        }
        else
        {
            var widths = headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
            output.WriteLine(string.Join("  ", headings.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            rows.ForEach(r => output.WriteLine(string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()));
        }

        foreach (var (from, to, list) in changes)
        {
            output.WriteLine();
            output.WriteLine(Words.Tell("cli.from-run-to-run", from, to));
            if (list.Count == 0)
            {
                output.WriteLine(Words.Tell("cli.no-criterion-changed"));
            }

            foreach (var change in list)
            {
                output.WriteLine($"{(markdown ? "- " : "  ")}{change.CriterionId}: {Said(change.Before, language)} → {Said(change.After, language)} ({Causes(change.Causes)})");
            }
        }
    }

    /// <summary>The history as two sheets: the runs, and the criteria that changed between them with their causes.</summary>
    private static TableSheet[] Sheets(IReadOnlyList<UnitHistoryEntry> history, List<(long From, long To, IReadOnlyList<ResultChange> Changes)> changes) =>
    [
        new(Words.Tell("cli.runs-heading"),
            [Words.Tell("cli.run"), Words.Tell("cli.when"), Words.Tell("cli.by"), Words.Tell("cli.period"), Words.Tell("cli.round"), Words.Tell("cli.total"),
                Words.Tell("cli.rank"), Words.Tell("cli.rank-in-type"), Words.Tell("cli.class"), Words.Tell("cli.rule-set"), Words.Tell("cli.hash")],
            history.Select(h => (IReadOnlyList<object?>)[h.Run.Run, h.Run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), h.Run.By, h.Run.Period, h.Run.Round,
                h.Result.Total, h.Result.Rank, h.Result.RankInType, h.Result.Classification, $"{h.Run.RuleSetId} {h.Run.RuleSetVersion}", h.Run.RuleSetHash])),
        new(Words.Tell("cli.changes"),
            [Words.Tell("cli.from-run"), Words.Tell("cli.to-run"), Words.Tell("cli.criterion"), Words.Tell("cli.before"), Words.Tell("cli.after"), Words.Tell("cli.because-of")],
            changes.SelectMany(c => c.Changes.Select(x => (IReadOnlyList<object?>)[c.From, c.To, x.CriterionId, Said(x.Before, Words.Language), Said(x.After, Words.Language), Causes(x.Causes)]))),
    ];

    private static string Said(StoredCriterion? criterion, Language language) =>
        criterion is null ? "—" : $"{Texts.Status(criterion.Status, language)} {Texts.Number(criterion.Points, language)}";

    private static string Causes(ChangeCause causes)
    {
        var words = new List<string>();
        if (causes.HasFlag(ChangeCause.Figures))
        {
            words.Add(Words.Tell("cli.figures"));
        }

        if (causes.HasFlag(ChangeCause.Claim))
        {
            words.Add(Words.Tell("cli.claim"));
        }

        if (causes.HasFlag(ChangeCause.Appraisal))
        {
            words.Add(Words.Tell("cli.appraisal"));
        }

        if (causes.HasFlag(ChangeCause.RuleSet))
        {
            words.Add(Words.Tell("cli.rule-set-word"));
        }

        return words.Count == 0 ? Words.Tell("cli.nothing-in-the-record") : string.Join(", ", words);
    }

    private static void WriteJson(TextWriter output, string id, IReadOnlyList<UnitHistoryEntry> history, List<(long From, long To, IReadOnlyList<ResultChange> Changes)> changes)
    {
        var json = new
        {
            unit = id,
            runs = history.Select(h => new
            {
                run = h.Run.Run, at = h.Run.At, by = h.Run.By, period = h.Run.Period, round = h.Run.Round,
                ruleSet = new { id = h.Run.RuleSetId, version = h.Run.RuleSetVersion, hash = h.Run.RuleSetHash },
                total = h.Result.Total, rank = h.Result.Rank, rankInType = h.Result.RankInType, classification = h.Result.Classification,
                criteria = h.Result.Criteria.Select(c => new { id = c.Id, status = c.Status.ToWireName(), points = c.Points }),
            }),
            changes = changes.SelectMany(c => c.Changes.Select(x => new
            {
                from = c.From, to = c.To, criterion = x.CriterionId,
                before = x.Before is null ? null : new { status = x.Before.Status.ToWireName(), points = x.Before.Points },
                after = x.After is null ? null : new { status = x.After.Status.ToWireName(), points = x.After.Points },
                causes = x.Causes.ToString().Split(", ").Select(s => s.ToLowerInvariant()),
            })),
        };
        output.WriteLine(JsonConvert.SerializeObject(json, Formatting.Indented));
    }
}
