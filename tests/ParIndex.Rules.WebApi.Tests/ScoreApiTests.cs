using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>The web API sample through ASP.NET Core's real pipeline, in process (WebApplicationFactory).</summary>
public class ScoreApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Fact]
    public async Task PostScore_SampleDistrictJson_ReturnsTheLibrarysContractStampedWithTheRuleSet()
    {
        using var client = factory.CreateClient();
        var body = await File.ReadAllTextAsync(Sample("phu-binh-2025.json"));

        using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rules = BundledRuleSets.Load("commune-2025");
        var batch = SnapshotReader.ReadFile(Sample("phu-binh-2025.json"), rules);
        var cards = Scorer.Compile(rules).ScoreMany(batch.Snapshots);
        var ranked = Ranking.Rank(cards);
        using var expected = new StringWriter();
        JsonContract.Write(expected, rules, cards.Select(c => ranked.Single(r => ReferenceEquals(r.Card, c))), errors: batch.Errors, warnings: batch.Warnings);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected.ToString());
        response.Headers.GetValues("X-ParIndex-RuleSet").Single().Should().Be($"commune-2025 2025.1.0 {rules.ContentHash}");
    }

    [Fact]
    public async Task PostScore_CsvUpload_ScoresLikeTheJson()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Sample("phu-binh-2025.csv")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "district.csv");

        using var response = await client.PostAsync("/score", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var units = JObject.Parse(await response.Content.ReadAsStringAsync())["units"]!;
        units.Should().HaveCount(20);
        ((decimal)units.Single(u => (string?)u["id"] == "nha-long")["total"]!).Should().Be(93.89m);
    }

    [Fact]
    public async Task PostScore_BadUnit_IsProblemDetailsNamingUnitAndFieldWithTheGoodUnitsScored()
    {
        using var client = factory.CreateClient();
        var body = """{ "units": [ { "id": "a", "indicators": { "dossiersResolved": -5 } }, { "id": "b", "indicators": { "dossiersResolved": 10, "dossiersResolvedOnTime": 10 } } ] }""";

        using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        ((int)problem["status"]!).Should().Be(422);
        var error = problem["errors"]!.Single();
        ((string?)error["unit"], (string?)error["field"]).Should().Be(("a", "dossiersResolved"));
        problem["result"]!["units"]!.Select(u => (string?)u["id"]).Should().Equal("a", "b");
    }

    [Fact]
    public async Task GetRulesetHealthAndOpenApi_SayWhatServes()
    {
        using var client = factory.CreateClient();

        var ruleSet = JObject.Parse(await client.GetStringAsync("/ruleset"));
        var health = await client.GetAsync("/health");
        var openApi = JObject.Parse(await client.GetStringAsync("/openapi/v1.json"));

        ((string?)ruleSet["id"], (string?)ruleSet["version"]).Should().Be(("commune-2025", "2025.1.0"));
        ruleSet["lastRefused"]!.Type.Should().Be(JTokenType.Null);
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        ((JObject)openApi["paths"]!).Properties().Select(p => p.Name).Should().Contain(["/score", "/ruleset"]);
    }
}
