using ParIndex.Rules.Tests.Model;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>The tool's message catalogue (issue #24, 4), held to what every package's catalogue must hold.</summary>
public class MessagesTests : CatalogueTests
{
    protected override IReadOnlyDictionary<string, string> Vi => Messages.Catalogue(Language.Vi);

    protected override IReadOnlyDictionary<string, string> En => Messages.Catalogue(Language.En);

    protected override string Package => "ParIndex.Rules.Cli";

    // "Sau" (after), a heading of history's changes, and "SAI" (wrong), a failing case's mark, are Vietnamese with no marks.
    protected override IReadOnlySet<string> WithoutMarks => new HashSet<string> { "cli.after", "cli.fail" };
}
