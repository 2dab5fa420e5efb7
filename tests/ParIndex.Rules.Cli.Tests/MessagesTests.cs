using ParIndex.Rules.Tests.Model;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>
/// The tool's message catalogue (issue #24, 4), held to what every package's catalogue must hold. "Sau" (after), a
/// heading of history's changes, "SAI" (wrong), a failing case's mark, and "chung" (overall), a rank's label, are Vietnamese with no marks.
/// </summary>
public class MessagesTests() : CatalogueTests(Messages.Catalogue, "ParIndex.Rules.Cli", "cli.after", "cli.fail", "cli.overall");

/// <summary>The workbench's catalogue of headings, labels, refusals and notices, found by reflection since the workbench grants its internals to no test project.</summary>
public class WorkbenchCatalogueTests() : CatalogueTests(l => CatalogueOf(typeof(ParIndex.Rules.Workbench.WorkbenchServer), l), "ParIndex.Rules.Workbench");
