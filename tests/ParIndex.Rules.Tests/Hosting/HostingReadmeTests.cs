using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParIndex.Rules.Hosting;
using Xunit;

namespace ParIndex.Rules.Tests.Hosting;

/// <summary>The README's registration on the generic host, as a worker service writes it (the web application is run by the web API tests).</summary>
public class HostingReadmeTests
{
    [Fact]
    public async Task Registration_Run_ScoresWithTheConfiguredRuleSet()
    {
        // A perfect commune as a JSON body: 100 of 100, stamped with the bundled 2025 set.
        var indicators = string.Join(", ", Some.PerfectCommune().Select(p => $"\"{p.Key}\": {(p.Value.Kind == IndicatorValueKind.Boolean ? (p.Value.Number == 1m ? "true" : "false") : p.Value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))}"));
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{{ \"id\": \"a\", \"name\": \"A\", \"indicators\": {{ {indicators} }} }}"));

        var scored = await Registration([], body);

        (scored.Units.Single().Card.Total, scored.RuleSet.Id, scored.Errors.Count).Should().Be((100m, "commune-2025", 0));
    }

    private static async Task<ScoredBatch> Registration(string[] args, Stream body)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddParIndexRules(builder.Configuration.GetSection("ParIndexRules"));
        builder.Services.AddHealthChecks().AddParIndexRules();
        using var app = builder.Build();
        var rules = app.Services.GetRequiredService<IParIndexRules>();
        var scored = await rules.ScoreAsync((ruleSet, cancel) => SnapshotReader.ReadAsync(body, InputFormat.Json, "request", ruleSet, cancellationToken: cancel));
        return scored;
    }
}
