using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ParIndex.Rules;
using ParIndex.Rules.Hosting;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>Keeps the README's web application compiling and true: this test runs its very code on Kestrel.</summary>
public partial class ReadmeWebApplicationTests
{
    [Fact]
    public void WebApplication_InReadme_IsTheCodeThisTestRuns()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ParIndex.Rules.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var block = Block().Match(File.ReadAllText(Path.Combine(root, "README.md")));
        var source = File.ReadAllText(Path.Combine(root, "tests", "ParIndex.Rules.WebApi.Tests", "ReadmeWebApplicationTests.cs"));
        var copy = source[(source.LastIndexOf("// <web-application>", StringComparison.Ordinal) + "// <web-application>".Length)..source.LastIndexOf("// </web-application>", StringComparison.Ordinal)];

        var package = PackageBlock().Match(File.ReadAllText(Path.Combine(root, "src", "ParIndex.Rules.Hosting", "README.md")));

        block.Success.Should().BeTrue("the README has a ```csharp block under '## In a .NET application'");
        package.Success.Should().BeTrue("the hosting package's README opens with the same example");

        // The test starts the app and stops it; the READMEs run it until Ctrl+C: only that last line differs.
        Lines(block.Groups[1].Value).Should().Equal([.. Lines(copy), "app.Run();"]);
        Lines(package.Groups[1].Value).Should().Equal([.. Lines(copy), "app.Run();"]);
    }

    [Fact]
    public async Task WebApplication_PostedSampleDistrict_ReturnsTheJsonContract()
    {
        var app = Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            using var body = new StreamContent(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", "phu-binh-2025.json")));

            using var response = await client.PostAsync("/score", body);
            using var health = await client.GetAsync("/health");

            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var json = JObject.Parse(await response.Content.ReadAsStringAsync());
            ((string)json["ruleSet"]!["id"]!).Should().Be("commune-2025");
            ((JArray)json["units"]!).Should().HaveCount(20, "the sample district has 20 units");
            health.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static WebApplication Build(string[] args)
    {
        // <web-application>
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddParIndexRules(builder.Configuration.GetSection("ParIndexRules"));
        builder.Services.AddHealthChecks().AddParIndexRules();
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapPost("/score", async (HttpRequest request, IParIndexRules rules) =>
        {
            // One scorer reads and scores: a reload that lands while the body uploads cannot mix versions.
            var scored = await rules.ScoreAsync((ruleSet, cancel) =>
                SnapshotReader.ReadAsync(request.Body, InputFormat.Json, "request", ruleSet, cancellationToken: cancel));
            var json = new StringWriter();
            JsonContract.Write(json, scored);
            return Results.Text(json.ToString(), "application/json", Encoding.UTF8, scored.Errors.Count == 0 ? 200 : 422);
        });
        // </web-application>
        return app;
    }

    private static List<string> Lines(string code) =>
        [.. code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex(@"## In a \.NET application.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PackageBlock();
}
