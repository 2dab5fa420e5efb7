using System.CommandLine;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex seal --rules FOLDER</c>: seals a rule set as published, so an edited copy can never pass for it.</summary>
internal static class SealCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("seal", CommandContext.Describe(
            "Niêm phong bộ quy tắc đã ban hành: ghi seal.json với phiên bản và mã băm nội dung; từ đó bộ quy tắc chỉ nạp được khi cả hai còn khớp, nên bản đã sửa không thể mang danh phiên bản đã ban hành.",
            "Seal a rule set as published: writes seal.json with the version and the content hash; from then on the set loads only while both agree, so an edited copy can never pass for the published version.",
            "parindex seal --rules rules/commune-2026"))
        {
            context.Rules, context.Lang,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(context.Rules)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException(Words.Say(
                    $"'{folder}' không phải thư mục bộ quy tắc: chỉ niêm phong được thư mục chứa ruleset.json (bộ đi kèm công cụ đã được niêm phong).",
                    $"'{folder}' is not a rule set folder: only a folder holding ruleset.json can be sealed (the bundled sets are sealed already)."));
            }

            try
            {
                var ruleSet = RuleSetSeal.SealFolder(folder);
                context.Output.WriteLine(Words.Say(
                    $"Đã niêm phong {ruleSet.Id} {ruleSet.Version}, mã băm {ruleSet.ContentHash[..12]}: {Path.Combine(folder, "seal.json")}.",
                    $"Sealed {ruleSet.Id} {ruleSet.Version}, hash {ruleSet.ContentHash[..12]}: {Path.Combine(folder, "seal.json")}."));
                return ExitCodes.Success;
            }
            catch (RuleSetLoadException e)
            {
                context.Error.WriteLine(Words.Say("Chưa niêm phong: bộ quy tắc có lỗi.", "Not sealed: the rule set has problems."));
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
