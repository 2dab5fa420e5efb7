using ParIndex.Rules.Store;
using ParIndex.Rules.Tests.Model;

namespace ParIndex.Rules.Tests.Store;

/// <summary>The store's message catalogue (issue #24, 4), held to what every package's catalogue must hold.</summary>
public class StoreMessagesTests : CatalogueTests
{
    protected override IReadOnlyDictionary<string, string> Vi => CatalogueOf(typeof(ResultStore), Language.Vi);

    protected override IReadOnlyDictionary<string, string> En => CatalogueOf(typeof(ResultStore), Language.En);

    protected override string Package => "ParIndex.Rules.Store";

    // "Kho '…' …" (the store '…' …) is Vietnamese with no marks.
    protected override IReadOnlySet<string> WithoutMarks => new HashSet<string> { "store.the-store" };
}
