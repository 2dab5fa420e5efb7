using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>The sample on a real Kestrel on loopback, scoring from several clients while its rules folder is rewritten with good and broken edits.</summary>
public class LoadTests
{
    [Fact]
    public async Task Kestrel_ConcurrentClientsWhileRulesAreRewritten_NeverFailAndAlwaysServeATestedVersion()
    {
        // The province example, copied so it can be rewritten; two good versions (a reworded hint) and a broken one.
        var folder = Copy(Path.Combine(Root(), "samples", "province-example"));
        var file = Path.Combine(folder, "criteria", "area-1.json");
        var good = await File.ReadAllTextAsync(file);
        var reworded = good.Replace("Lập lịch báo cáo", "Lập lịch báo cáo năm", StringComparison.Ordinal);
        const string broken = "{ \"area\": \"I\", \"criteria\": [ ";
        var versions = new Dictionary<string, Scorer>(StringComparer.Ordinal);
        foreach (var text in new[] { good, reworded })
        {
            var copy = Copy(folder);
            await File.WriteAllTextAsync(Path.Combine(copy, "criteria", "area-1.json"), text);
            var scorer = Scorer.Compile(RuleSetLoader.LoadFolder(copy));
            versions[scorer.RuleSet.ContentHash] = scorer;
        }

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ParIndexRules:Folder", folder)
            .UseSetting("ParIndexRules:Debounce", "00:00:00.100"));
        factory.UseKestrel(0);
        factory.StartServer();
        var body = await File.ReadAllTextAsync(Path.Combine(Root(), "samples", "province-example-2025.json"));

        using var stop = new CancellationTokenSource();
        var editor = Task.Run(async () =>
        {
            // Good, broken, good reworded, broken…: each broken edit must be refused while the last good one serves.
            string[] edits = [broken, reworded, broken, good];
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await File.WriteAllTextAsync(file, edits[i % edits.Length]);
                await Task.Delay(250);
            }
        });

        var failures = new ConcurrentBag<string>();
        var served = new ConcurrentBag<string>();
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = factory.CreateClient();
            for (var i = 0; i < 15; i++)
            {
                using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode}: {text}");
                    continue;
                }

                var hash = response.Headers.GetValues("X-ParIndex-RuleSet").Single().Split(' ')[2];
                served.Add(hash);
                if (!versions.TryGetValue(hash, out var scorer))
                {
                    failures.Add($"served {hash}, not a version whose cases passed");
                    continue;
                }

                // The same input scored by the library with that very version gives the same totals.
                var expected = scorer.ScoreMany(SnapshotReader.ReadJson(new StringReader(body), "request", scorer.RuleSet).Snapshots);
                var totals = JObject.Parse(text)["units"]!.Select(u => (decimal)u["total"]!).ToList();
                if (!totals.SequenceEqual(expected.Select(c => c.Total)))
                {
                    failures.Add($"totals differ from the library's under {hash}");
                }
            }
        })).ToList();

        await Task.WhenAll(clients);
        await stop.CancelAsync();
        await editor;

        failures.Should().BeEmpty();
        served.Should().HaveCount(60);

        // And the reloads did happen on this server: a broken edit is refused, then a good one clears the refusal.
        using var probe = factory.CreateClient();
        await File.WriteAllTextAsync(file, broken);
        (await Eventually(async () => JObject.Parse(await probe.GetStringAsync("/ruleset"))["lastRefused"]!.Type != JTokenType.Null)).Should().BeTrue();
        await File.WriteAllTextAsync(file, reworded);
        (await Eventually(async () => JObject.Parse(await probe.GetStringAsync("/ruleset")) is var now
            && now["lastRefused"]!.Type == JTokenType.Null && versions.ContainsKey((string)now["hash"]!))).Should().BeTrue();
        factory.ClientOptions.BaseAddress.Host.Should().BeOneOf("127.0.0.1", "localhost", "[::1]");
    }

    internal static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    internal static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ParIndex.Rules.sln")))
        {
            folder = folder.Parent!;
        }

        return folder.FullName;
    }

    internal static string Copy(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "parindex-webapi", Guid.NewGuid().ToString("N"));
        foreach (var path in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }

        return target;
    }
}
