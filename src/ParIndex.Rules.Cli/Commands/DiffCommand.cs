using System.CommandLine;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Cli.Reports;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex diff OLD NEW</c>: what changed between two rule sets and, with units, which of them move and by how much.</summary>
internal static class DiffCommand
{
    public static Command Create(CommandContext context)
    {
        var before = new Argument<string>("OLD") { Description = Words.Say("Bộ quy tắc cũ: thư mục, hoặc mã một bộ đi kèm.", "The old rule set: a folder, or a bundled set's id.") };
        var after = new Argument<string>("NEW") { Description = Words.Say("Bộ quy tắc mới: thư mục, hoặc mã một bộ đi kèm.", "The new rule set: a folder, or a bundled set's id.") };
        var units = new Option<string[]>("--units")
        {
            Description = Words.Say(
                "Tệp số liệu (.json, .csv, .xlsx) chấm theo cả hai bộ: liệt kê mọi đơn vị đổi tổng điểm, hạng hoặc xếp loại, thay đổi lớn nhất trước.",
                "Figures (.json, .csv, .xlsx) scored under both sets: lists every unit whose total, rank or classification changes, the largest change first."),
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format")
        {
            Description = Words.Say("Định dạng: table (mặc định), json, md, html hoặc xlsx (bảng tính, cần --output).", "Output format: table (default), json, md, html or xlsx (a workbook; needs --output)."),
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|md|html|xlsx",
        };
        format.AcceptOnlyFromAmong("table", "json", "md", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = Words.Say("Ghi vào tệp này thay vì màn hình.", "Write to this file instead of the console."), HelpName = "FILE" };
        var command = new Command("diff", CommandContext.Describe(
            "So sánh hai bộ quy tắc: từng tiêu chí thêm, bỏ hay đổi gì (điểm, yêu cầu, từng mức, lời văn, chủ trì); với --units, đơn vị nào đổi điểm, hạng, xếp loại và bao nhiêu.",
            "Compare two rule sets: each criterion added, removed or changed and how (points, requirement, each band, texts, who leads); with --units, which units move and by how much.",
            "parindex diff rules/commune-2025 rules/commune-2026", "parindex diff commune-2025 tinh/commune-2025 --units so-lieu-2025.xlsx"))
        {
            before, after, units, format, output, context.NumberFormat, context.Encoding, context.Sheet, context.Columns, context.Lang,
        };
        command.SetAction(parse =>
        {
            var old = Inputs.LoadRules(parse.GetValue(before)!, null, context.Error);
            var now = Inputs.LoadRules(parse.GetValue(after)!, null, context.Error);
            if (old is null || now is null)
            {
                return ExitCodes.RuleProblems;
            }

            if (parse.GetValue(format) == "xlsx" && parse.GetValue(output) is null)
            {
                throw new UsageException(Words.Say("--format xlsx ghi một bảng tính: hãy cho --output TỆP.xlsx.", "--format xlsx writes a workbook: give --output FILE.xlsx."));
            }

            var diff = RuleSetDiff.Compare(old, now);
            var files = parse.GetValue(units);
            // Read under each set: an indicator only one of them knows is read for the set that uses it.
            SnapshotBatch? batch = files is { Length: > 0 } ? context.ReadUnits(parse, files, now) : null;
            var oldBatch = batch is null ? null : context.ReadUnits(parse, files, old);
            RuleSetImpact? impact = null;
            try
            {
                impact = batch is null ? null : RuleSetImpact.Of(Scorer.Compile(old), Scorer.Compile(now), oldBatch!.Snapshots, batch.Snapshots);
            }
            catch (ArgumentException)
            {
                throw new UsageException(Words.Say(
                    "Hai bộ quy tắc đọc tệp số liệu ra những đơn vị khác nhau (xem các lỗi đầu vào): chưa so sánh được đơn vị.",
                    "The two rule sets read different units from the figures (see the input problems): the units cannot be compared."));
            }

            Write(context, parse.GetValue(format)!, parse.GetValue(output), diff, impact);

            return batch is null ? ExitCodes.Success : context.ReportProblems(batch);
        });
        return command;
    }

    /// <summary>Writes the comparison in the format asked, to the console or a file replaced only when complete.</summary>
    private static void Write(CommandContext context, string format, string? output, RuleSetDiff diff, RuleSetImpact? impact)
    {
        using (var target = output is { } path ? OutputFile.Open(path) : null)
        {
            var writer = target?.Writer ?? context.Output;
            switch (format)
            {
                case "json":
                    DiffReport.WriteJson(diff, impact, writer);
                    break;
                case "xlsx":
                    RuleSetDiffWorkbook.Write(target!.Stream, diff, impact, Words.Language);
                    break;
                case "md" or "html":
                    ParIndex.Rules.Reports.RuleSetDiffReport.Write(writer, diff, impact,
                        format == "md" ? ParIndex.Rules.Reports.DiffFormat.Markdown : ParIndex.Rules.Reports.DiffFormat.Html, Words.Language);
                    break;
                default:
                    DiffReport.Write(diff, impact, writer, Words.Language);
                    break;
            }

            target?.Commit();
        }
    }
}
