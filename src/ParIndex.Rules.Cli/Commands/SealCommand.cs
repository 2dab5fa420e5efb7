using System.CommandLine;
using ParIndex.Rules.Authoring;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex seal --rules FOLDER</c>: seals a rule set as published, so an edited copy can never pass for it.</summary>
internal static class SealCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("seal", CommandContext.Describe("cli.seal-a-rule-set-as-published",
            "parindex seal --rules rules/commune-2026"))
        {
            context.Rules, context.Lang,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(context.Rules)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException(Words.Tell("cli.is-not-a-rule-set-folder", folder));
            }

            try
            {
                var ruleSet = RuleSetSeal.SealFolder(folder);
                context.Output.WriteLine(Words.Tell("cli.sealed-hash", ruleSet.Id, ruleSet.Version, ruleSet.ContentHash[..12], Path.Combine(folder, "seal.json")));
                return ExitCodes.Success;
            }
            catch (RuleSetLoadException e)
            {
                context.Error.WriteLine(Words.Tell("cli.not-sealed-the-rule-set-has"));
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
