using System.CommandLine;
using System.Globalization;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Cli.Commands;

/// <summary>
/// <c>parindex replay [RUN]</c>: scores stored runs again from their stored inputs under their stored rule set and
/// proves every result equal (exit 4 on any difference); with <c>--rules</c>, what the same inputs give under another set.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CommandContext context)
    {
        var store = new StoreOptions();
        var run = new Argument<long?>("RUN") { Description = Words.Say("Số lần chấm (mặc định: mọi lần).", "The run's number (default: every run)."), Arity = ArgumentArity.ZeroOrOne };
        var rules = new Option<string?>("--rules")
        {
            Description = Words.Say(
                "Chấm lại theo bộ quy tắc khác (thư mục, sổ tính hoặc mã bộ đi kèm): những gì thay đổi nếu áp dụng bộ đó cho cùng số liệu.",
                "Score again under another rule set (a folder, a workbook or a bundled id): what the same inputs would give under it."),
            HelpName = "DIR|XLSX|ID",
        };
        var command = new Command("replay", CommandContext.Describe(
            "Chấm lại các lần đã ghi từ số liệu và bộ quy tắc lưu trong kho, và chứng minh mọi kết quả khớp bản ghi; báo từng khác biệt theo đơn vị (mã thoát 4).",
            "Score recorded runs again from the inputs and rule set kept in the store, and prove every result equal to the record; every difference is told unit by unit (exit code 4).",
            "parindex replay", "parindex replay 3 --db tinh/parindex.db", "parindex replay 3 --rules tinh/commune-2026"))
        {
            run, store.Db, rules, context.Lang,
        };
        command.SetAction(parse =>
        {
            using var opened = store.OpenExisting(parse);
            var under = parse.GetValue(rules) is { } path ? Inputs.LoadRules(path, null, context.Error) : null;
            if (parse.GetValue(rules) is not null && under is null)
            {
                return ExitCodes.RuleProblems;
            }

            var runs = parse.GetValue(run) is { } one ? [opened.Run(one) ?? throw new UsageException(Words.Say($"Kho không có lần chấm số {one}.", $"The store has no run {one}."))] : opened.Runs();
            var differs = false;
            foreach (var stored in runs)
            {
                ReplayReport report;
                try
                {
                    report = opened.Replay(stored.Run, under);
                }
                catch (StoreException e)
                {
                    context.Output.WriteLine(Words.Say($"Lần {stored.Run}: ", $"Run {stored.Run}: ") + e.MessageIn(Words.Language));
                    differs = true;
                    continue;
                }

                Write(context.Output, report, under is not null);
                differs |= !report.Equal && under is null;
            }

            return differs ? ExitCodes.ReplayDiffers : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, ReplayReport report, bool impact)
    {
        var run = report.Run;
        var set = $"{report.RuleSetId} {report.RuleSetVersion} ({report.RuleSetHash[..12]})";
        if (report.Equal)
        {
            output.WriteLine(Words.Say(
                $"Lần {run.Run} ({run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}, {run.Units} đơn vị): chấm lại theo {set}, mọi kết quả khớp bản ghi.",
                $"Run {run.Run} ({run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}, {run.Units} units): scored again under {set}, every result equals the record."));
            return;
        }

        output.WriteLine(impact
            ? Words.Say($"Lần {run.Run}: theo {set}, {report.Differences.Count} giá trị khác với bản ghi:", $"Run {run.Run}: under {set}, {report.Differences.Count} values differ from the record:")
            : Words.Say($"Lần {run.Run}: chấm lại theo {set}, {report.Differences.Count} giá trị KHÔNG khớp bản ghi (bản ghi đã bị sửa, hoặc cách chấm đã đổi):",
                $"Run {run.Run}: scored again under {set}, {report.Differences.Count} values do NOT equal the record (the record was altered, or the scoring changed):"));
        foreach (var difference in report.Differences)
        {
            output.WriteLine(Words.Say(
                $"  {Text.Visible(difference.UnitId)} {difference.Field}: ghi {difference.Recorded}, chấm lại {difference.Replayed}",
                $"  {Text.Visible(difference.UnitId)} {difference.Field}: recorded {difference.Recorded}, scored again {difference.Replayed}"));
        }
    }
}
