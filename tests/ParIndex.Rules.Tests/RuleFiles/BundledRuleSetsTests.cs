using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class BundledRuleSetsTests
{
    [Fact]
    public void Ids_Package_ShipsCommune2025()
    {
        BundledRuleSets.Ids.Should().Contain("commune-2025");
    }

    [Fact]
    public void Load_Commune2025_IsTheRepositoryFolderByteForByte()
    {
        var shipped = BundledRuleSets.Load("commune-2025");

        shipped.ContentHash.Should().Be(RuleSetLoader.LoadFolder(Some.RuleSetFolder("commune-2025")).ContentHash);
    }

    [Fact]
    public void Load_UnknownId_ListsTheShippedOnes()
    {
        var act = () => BundledRuleSets.Load("commune-2030");

        act.Should().Throw<KeyNotFoundException>().WithMessage("No shipped rule set 'commune-2030'; the package ships: commune-2025*");
    }
}
