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
        var command = new Command("rules", CommandContext.Describe("cli.convert-a-rule-set-between-a",
            "parindex rules export commune-2025 bo-tieu-chi-2025.xlsx", "parindex rules import bo-tieu-chi-2026.xlsx tinh/commune-2026"))
        {
            Export(context), Import(context), context.Lang,
        };
        return command;
    }

    private static Command Export(CommandContext context)
    {
        var rules = new Argument<string>("RULES") { Description = Words.Tell("cli.a-rule-set-folder-a-workbook") };
        var file = new Argument<string>("FILE") { Description = Words.Tell("cli.the-workbook-to-write-xlsx") };
        var command = new Command("export", CommandContext.Describe("cli.write-the-rule-set-as-one",
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
                context.Error.WriteLine(Words.Tell("cli.not-exported-a-workbook-cannot-hold"));
                foreach (var refusal in refusals)
                {
                    context.Error.WriteLine("  " + Text.Visible(refusal.ToString(Words.Language)));
                }

                return ExitCodes.RuleProblems;
            }

            target.Commit();
            context.Output.WriteLine(Words.Tell("cli.wrote-criteria-hash-to", ruleSet.Id, ruleSet.Version, ruleSet.Criteria.Count, ruleSet.ContentHash[..12], parse.GetValue(file)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = Words.Tell("cli.the-rule-set-workbook-xlsx") };
        var folder = new Argument<string>("DIR") { Description = Words.Tell("cli.the-folder-to-write-the-rule") };
        var command = new Command("import", CommandContext.Describe("cli.check-a-rule-set-workbook-every",
            "parindex rules import bo-tieu-chi-2026.xlsx tinh/commune-2026"))
        {
            file, folder, context.Lang,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!RuleSetLoader.IsWorkbook(path))
            {
                throw new UsageException(Words.Tell("cli.is-not-an-existing-xlsx-workbook", path));
            }

            try
            {
                var ruleSet = RuleSetWorkbook.Import(path, parse.GetValue(folder)!);
                context.Output.WriteLine(Words.Tell(ruleSet.Sealed ? "cli.wrote-the-sealed-rule-set-to" : "cli.wrote-criteria-hash-to",
                    ruleSet.Id, ruleSet.Version, ruleSet.Criteria.Count, ruleSet.ContentHash[..12], parse.GetValue(folder)));
                return ExitCodes.Success;
            }
            catch (RuleSetLoadException e)
            {
                context.Error.WriteLine(Words.Tell("cli.not-imported-the-workbook-has-problems", e.Problems.Count));
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
