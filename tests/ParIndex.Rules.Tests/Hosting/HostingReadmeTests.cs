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
    public async Task Registration_Run_ScoresWithTheConfiguredRuleSet()
    {
        // A perfect commune as a JSON body: 100 of 100, stamped with the bundled 2025 set.
        var indicators = string.Join(", ", Some.PerfectCommune().Select(p => $"\"{p.Key}\": {(p.Value.Kind == IndicatorValueKind.Boolean ? (p.Value.Number == 1m ? "true" : "false") : p.Value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))}"));
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{{ \"id\": \"a\", \"name\": \"A\", \"indicators\": {{ {indicators} }} }}"));

        var scored = await Registration([], body);

        (scored.Units.Single().Card.Total, scored.RuleSet.Id, scored.Errors.Count).Should().Be((100m, "commune-2025", 0));
    }

    private static List<string> Lines(string code) =>
        [.. code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static async Task<ScoredBatch> Registration(string[] args, Stream body)
    {
        // <registration>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddParIndexRules(builder.Configuration.GetSection("ParIndexRules"));
        builder.Services.AddHealthChecks().AddParIndexRules();
        using var app = builder.Build();
        var rules = app.Services.GetRequiredService<IParIndexRules>();
        var scored = await rules.ScoreAsync((ruleSet, cancel) => SnapshotReader.ReadAsync(body, InputFormat.Json, "request", ruleSet, cancellationToken: cancel));
        // </registration>
        return scored;
    }

    [GeneratedRegex(@"## In a \.NET application.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
