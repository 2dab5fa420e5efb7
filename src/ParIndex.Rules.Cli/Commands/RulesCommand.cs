using System.CommandLine;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Cli.Commands;

/// <summary>
/// <c>parindex rules export RULES FILE.xlsx</c> and <c>parindex rules import FILE.xlsx DIR</c>: a rule set as the one
/// workbook a province reads beside its decision, and back to rule files, exactly.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("rules", CommandContext.Describe(
            "Chuyển bộ quy tắc giữa thư mục tệp quy tắc và một sổ tính (như bảng phụ lục của quyết định), cả hai chiều, chính xác.",
            "Convert a rule set between a folder of rule files and one workbook (laid out like a decision's appendix), both ways, exactly.",
            "parindex rules export commune-2025 bo-tieu-chi-2025.xlsx", "parindex rules import bo-tieu-chi-2026.xlsx tinh/commune-2026"))
        {
            Export(context), Import(context), context.Lang,
        };
        return command;
    }

    private static Command Export(CommandContext context)
    {
        var rules = new Argument<string>("RULES") { Description = Words.Say("Thư mục bộ quy tắc, sổ tính, hoặc mã bộ đi kèm.", "A rule set folder, a workbook, or a bundled id.") };
        var file = new Argument<string>("FILE") { Description = Words.Say("Sổ tính cần ghi (.xlsx).", "The workbook to write (.xlsx).") };
        var command = new Command("export", CommandContext.Describe(
            "Ghi bộ quy tắc thành một sổ tính: bộ quy tắc, lĩnh vực, xếp loại, loại đơn vị, đơn vị thực hiện, SIPAS, chỉ tiêu, tiêu chí (mỗi mức điểm một dòng) và tình huống kiểm thử; tiếng Việt, có cột tiếng Anh cho mỗi văn bản. Bộ đã niêm phong mang theo niêm phong.",
            "Write the rule set as one workbook: the rule set, areas, classes, unit types, offices, SIPAS, indicators, criteria (a row per band) and cases; Vietnamese, with an English column for each text. A sealed set takes its seal along.",
            "parindex rules export rules/commune-2025 bo-tieu-chi-2025.xlsx"))
        {
            rules, file, context.Lang,
        };
        command.SetAction(parse =>
        {
            var ruleSet = Inputs.LoadRules(parse.GetValue(rules)!, null, context.Error);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            using var target = OutputFile.Open(parse.GetValue(file)!);
            var refusals = RuleSetWorkbook.Write(target.Stream, ruleSet);
            if (refusals.Count > 0)
            {
                context.Error.WriteLine(Words.Say("Không xuất: sổ tính không giữ được chính xác các giá trị sau.", "Not exported: a workbook cannot hold these values exactly."));
                foreach (var refusal in refusals)
                {
                    context.Error.WriteLine("  " + Text.Visible(refusal.ToString(Words.Language)));
                }

                return ExitCodes.RuleProblems;
            }

            target.Commit();
            context.Output.WriteLine(Words.Say(
                $"Đã ghi {ruleSet.Id} {ruleSet.Version} ({ruleSet.Criteria.Count} tiêu chí, mã băm {ruleSet.ContentHash[..12]}) vào {parse.GetValue(file)}.",
                $"Wrote {ruleSet.Id} {ruleSet.Version} ({ruleSet.Criteria.Count} criteria, hash {ruleSet.ContentHash[..12]}) to {parse.GetValue(file)}."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = Words.Say("Sổ tính bộ quy tắc (.xlsx).", "The rule set workbook (.xlsx).") };
        var folder = new Argument<string>("DIR") { Description = Words.Say("Thư mục cần ghi các tệp quy tắc.", "The folder to write the rule files to.") };
        var command = new Command("import", CommandContext.Describe(
            "Kiểm tra sổ tính bộ quy tắc (mọi lỗi theo trang, dòng, cột) rồi ghi thành thư mục tệp quy tắc có cùng mã băm; sổ tính có lỗi thì không ghi gì.",
            "Check a rule set workbook (every problem at its sheet, row and column), then write it as a folder of rule files with the same hash; a workbook with problems writes nothing.",
            "parindex rules import bo-tieu-chi-2026.xlsx tinh/commune-2026"))
        {
            file, folder, context.Lang,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!RuleSetLoader.IsWorkbook(path))
            {
                throw new UsageException(Words.Say($"'{path}' không phải sổ tính .xlsx có sẵn.", $"'{path}' is not an existing .xlsx workbook."));
            }

            try
            {
                var ruleSet = RuleSetWorkbook.Import(path, parse.GetValue(folder)!);
                context.Output.WriteLine(Words.Say(
                    $"Đã ghi {ruleSet.Id} {ruleSet.Version} ({ruleSet.Criteria.Count} tiêu chí, mã băm {ruleSet.ContentHash[..12]}{(ruleSet.Sealed ? ", đã niêm phong" : string.Empty)}) vào {parse.GetValue(folder)}.",
                    $"Wrote {ruleSet.Id} {ruleSet.Version} ({ruleSet.Criteria.Count} criteria, hash {ruleSet.ContentHash[..12]}{(ruleSet.Sealed ? ", sealed" : string.Empty)}) to {parse.GetValue(folder)}."));
                return ExitCodes.Success;
            }
            catch (RuleSetLoadException e)
            {
                context.Error.WriteLine(Words.Say($"Không nhập: sổ tính có {e.Problems.Count} lỗi.", $"Not imported: the workbook has {e.Problems.Count} problems."));
                foreach (var problem in e.Problems)
                {
                    context.Error.WriteLine("  " + Text.Visible(problem.ToString(Words.Language)));
                }

                return ExitCodes.RuleProblems;
            }
        });
        return command;
    }
}
