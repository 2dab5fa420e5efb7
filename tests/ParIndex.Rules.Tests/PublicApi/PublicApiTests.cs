using FluentAssertions;
using PublicApiGenerator;
using Xunit;

namespace ParIndex.Rules.Tests.PublicApi;

/// <summary>Pins the package's public surface, so a change to it is always deliberate and shows in review.</summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("ParIndex.Rules")]
    [InlineData("ParIndex.Rules.Hosting")]
    [InlineData("ParIndex.Rules.Reports")]
    [InlineData("ParIndex.Rules.Store")]
    public void PublicApi_EachPackage_MatchesItsApprovedFile(string package)
    {
        var assembly = package switch
        {
            "ParIndex.Rules" => typeof(Scorer).Assembly,
            "ParIndex.Rules.Hosting" => typeof(ParIndex.Rules.Hosting.IParIndexRules).Assembly,
            "ParIndex.Rules.Store" => typeof(ParIndex.Rules.Store.ResultStore).Assembly,
            _ => typeof(ParIndex.Rules.Reports.HtmlReport).Assembly,
        };
        var approvedPath = Path.Combine(Some.RepositoryRoot, "tests", "ParIndex.Rules.Tests", "PublicApi", $"{package}.approved.txt");
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute", "System.Runtime.CompilerServices.IteratorStateMachineAttribute", "System.Runtime.CompilerServices.AsyncStateMachineAttribute"] })
            .ReplaceLineEndings("\n");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (actual != approved)
        {
            // The received file sits beside the approved one: diff them, and copy it over when the change is meant.
            File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt", actual);
        }

        actual.Should().Be(approved, $"the public API changed; review {package}.received.txt and, if the change is meant, copy it over {package}.approved.txt");
    }

    [Fact]
    public void Readme_PublicTypeCount_IsTheLibrarys()
    {
        // The README said 32 while the library had 34: a number in prose drifts unless something reads it.
        var readme = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "README.md"));
        var said = int.Parse(System.Text.RegularExpressions.Regex.Match(readme, @"(\d+) public types in all").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var actual = typeof(Scorer).Assembly.GetExportedTypes().Length;

        said.Should().Be(actual);
    }

    [Fact]
    public void Library_InternalsVisibleTo_OnlyItsTestsBenchmarksAndFuzzer()
    {
        // Whatever the tool, the reports or the hosting package need, an application needs too: none is a friend.
        var friends = typeof(Scorer).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        friends.Should().BeEquivalentTo(["ParIndex.Rules.Tests", "ParIndex.Rules.Cli.Tests", "ParIndex.Rules.Benchmarks", "ParIndex.Rules.Fuzz"]);
    }

    [Fact]
    public void PublicApi_Library_ExposesNoNRulesType()
    {
        var api = typeof(Scorer).Assembly.GeneratePublicApi();

        api.Should().NotContain("NRules", "NRules is an implementation detail");
    }
}
