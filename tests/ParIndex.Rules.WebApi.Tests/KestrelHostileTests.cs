using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Xunit;
using static ParIndex.Rules.WebApi.Tests.LoadTests;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>Hostile requests and rule edits against the sample on a real Kestrel, where they did their harm (issue #25, 5 and 8).</summary>
public class KestrelHostileTests
{
    public static TheoryData<string, string> Forms() => new()
    {
        { "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid\r\n--x--\r\n" },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid,na" },
        { "multipart/form-data; boundary=x", string.Concat(Enumerable.Repeat("--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n", 2_000)) + "--x--\r\n" },
        { "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"f{i}=v")) },
        { "multipart/form-data; boundary=x", $"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{new string('n', 100_000)}.csv\"\r\n\r\nid\r\na\r\n--x--\r\n" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task PostScore_MalformedFormOnKestrel_Is400WithoutAStackTraceInTheLog(string contentType, string body)
    {
        // Each got an empty 500 and logged a stack trace.
        var logs = new ConcurrentQueue<string>();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .ConfigureLogging(logging => logging.AddProvider(new ParIndex.Rules.Tests.CollectingLogs(logs))));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await client.PostAsync("/score", content);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        logs.Should().NotContain(l => l.Contains("   at ", StringComparison.Ordinal), "a client's bad form is not the server's error");
    }

    [Fact]
    public async Task RuleEdit_VersionWithNonAsciiOrANewline_IsRefusedAndScoringGoesOn()
    {
        // 2025.1.0-Thái Nguyên passed its cases and was swapped in; Kestrel then refused the header and every request got a 500.
        var folder = Copy(Path.Combine(Root(), "samples", "province-example"));
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ParIndexRules:Folder", folder)
            .UseSetting("ParIndexRules:Debounce", "00:00:00.100"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var body = await File.ReadAllTextAsync(Path.Combine(Root(), "samples", "province-example-2025.json"));
        var manifest = Path.Combine(folder, "ruleset.json");
        var original = await File.ReadAllTextAsync(manifest);

        foreach (var version in new[] { "2025.1.0-Thái Nguyên", "2025.1.0\\nX-Injected: 1" })
        {
            await File.WriteAllTextAsync(manifest, original.Replace("\"2025.0-example\"", $"\"{version}\"", StringComparison.Ordinal));
            (await Eventually(async () => JObject.Parse(await client.GetStringAsync("/ruleset"))["lastRefused"]!.Type != JTokenType.Null)).Should().BeTrue(version);

            using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));
            response.StatusCode.Should().Be(HttpStatusCode.OK, version);
            response.Headers.GetValues("X-ParIndex-RuleSet").Single().Should().StartWith("province-example 2025.0-example ");

            // Back to the good file, so the next edit's refusal is its own.
            await File.WriteAllTextAsync(manifest, original);
            (await Eventually(async () => JObject.Parse(await client.GetStringAsync("/ruleset"))["lastRefused"]!.Type == JTokenType.Null)).Should().BeTrue();
        }
    }
}
