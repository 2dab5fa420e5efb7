using ParIndex.Rules.Reports;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Tests.Model;

/// <summary>
/// The store's catalogue of refusals (issue #24, 4), found by reflection since the store grants its internals to no
/// test project. "Kho '…' …" (the store '…' …) is Vietnamese with no marks.
/// </summary>
public class StoreCatalogueTests() : CatalogueTests(l => CatalogueOf(typeof(ResultStore), l), "ParIndex.Rules.Store", "store.the-store");

/// <summary>The Reports package's catalogue of headings, labels and sentences. "Sau" (after), a heading of a rule set's changes, has no marks.</summary>
public class ReportsCatalogueTests() : CatalogueTests(l => CatalogueOf(typeof(HtmlReport), l), "ParIndex.Rules.Reports", "reports.after");
