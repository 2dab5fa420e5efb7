using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParIndex.Rules.Hosting;
using Xunit;

namespace ParIndex.Rules.Tests.Hosting;

/// <summary>Keeps the README's registration compiling and true, as the quick start is.</summary>
public partial class HostingReadmeTests
{
    [Fact]
    public void Registration_InReadme_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "README.md"));
        var block = Block().Match(readme);
        var source = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "tests", "ParIndex.Rules.Tests", "Hosting", "HostingReadmeTests.cs"));
        var copy = source[(source.LastIndexOf("// <registration>", StringComparison.Ordinal) + "// <registration>".Length)..source.LastIndexOf("// </registration>", StringComparison.Ordinal)];

        block.Success.Should().BeTrue("the README has a ```csharp block under '## In a .NET application'");
        Lines(block.Groups[1].Value).Should().Equal(Lines(copy));
    }

    [Fact]
    public void Registration_Run_ScoresWithTheConfiguredRuleSet()
    {
        var cards = Registration([], [Some.PerfectUnit("a")]);

        cards.Single().Total.Should().Be(100m);
    }

    private static List<string> Lines(string code) =>
        [.. code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static IReadOnlyList<Scorecard> Registration(string[] args, IReadOnlyList<IndicatorSnapshot> snapshots)
    {
        // <registration>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddParIndexRules(builder.Configuration.GetSection("ParIndexRules"));
        builder.Services.AddHealthChecks().AddParIndexRules();
        using var app = builder.Build();
        var rules = app.Services.GetRequiredService<IParIndexRules>();
        var cards = rules.ScoreMany(snapshots);
        // </registration>
        return cards;
    }

    [GeneratedRegex(@"## In a \.NET application.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
