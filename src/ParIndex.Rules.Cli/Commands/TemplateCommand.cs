using System.CommandLine;
using System.Globalization;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex template</c>: a blank input file for a rule set, laid out as the readers read it.</summary>
/// <remarks>The library's <see cref="InputTemplate"/> lays it out; this command names the file and says what it wrote.</remarks>
internal static class TemplateCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = Words.Tell("cli.the-file-to-write-csv-utf") };
        var command = new Command("template", CommandContext.Describe("cli.write-a-blank-input-file-for",
            "parindex template so-lieu-2025.xlsx", "parindex template so-lieu-2025.csv --lang en"))
        {
            file, context.Rules, context.Overlay, context.Lang,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var extension = Path.GetExtension(path).ToUpperInvariant();
            if (extension is not (".CSV" or ".XLSX"))
            {
                throw new UsageException(Words.Tell("cli.a-template-is-written-as-csv", path));
            }

            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var language = Words.Language;
            using (var target = OutputFile.Open(path))
            {
                if (extension == ".CSV")
                {
                    InputTemplate.WriteCsv(target.Writer, ruleSet, language);
                }
                else
                {
                    InputTemplate.WriteXlsx(target.Stream, ruleSet, language);
                }

                target.Commit();
            }

            var count = ruleSet.Indicators.Count.ToString(CultureInfo.InvariantCulture);
            context.Output.WriteLine(Messages.Tell("cli.template-written", language, path, count, ruleSet.Id));
            return ExitCodes.Success;
        });
        return command;
    }
}
