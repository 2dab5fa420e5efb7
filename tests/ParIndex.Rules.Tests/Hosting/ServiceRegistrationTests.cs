using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParIndex.Rules.Hosting;
using Xunit;

namespace ParIndex.Rules.Tests.Hosting;

/// <summary>ParIndex.Rules.Hosting in a real host: registration, configuration, metrics, reload on file change, logging and the health check.</summary>
public class ServiceRegistrationTests
{
    [Fact]
    public async Task AddParIndexRules_Default_ServesTheBundledSetAndCountsUnitsScored()
    {
        using var host = Host.CreateApplicationBuilder().Also(b => b.Services.AddParIndexRules()).Build();
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var counted = 0L;
        using var listener = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == "ParIndex.Rules") { l.EnableMeasurementEvents(i); } } };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => { if (i.Name == "parindex.units.scored") { Interlocked.Add(ref counted, value); } });
        listener.Start();

        var scorer = rules.Current;
        var batch = SnapshotReader.Read(new MemoryStream("""{ "units": [ { "id": "a", "indicators": {} }, { "id": "b", "indicators": {} } ] }"""u8.ToArray()), InputFormat.Json, "request", scorer.RuleSet);

        var scored = rules.Score(scorer, batch);

        rules.Current.RuleSet.Id.Should().Be("commune-2025");
        scored.Units.Select(u => (u.Card.UnitId, u.Card.Total)).Should().Equal(("a", 0m), ("b", 0m));
        Interlocked.Read(ref counted).Should().Be(2);
        await Task.CompletedTask;
    }

    [Fact]
    public void AddParIndexRules_ConfigurationSection_BindsTheOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ParIndexRules:RuleSet"] = "service-index-766-commune" }).Build();
        using var host = Host.CreateApplicationBuilder().Also(b => b.Services.AddParIndexRules(configuration.GetSection("ParIndexRules"))).Build();

        host.Services.GetRequiredService<IParIndexRules>().Current.RuleSet.Id.Should().Be("service-index-766-commune");
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("2.00:00:00")]
    public async Task AddParIndexRules_DebounceNotAboveZeroOrPastAnHour_IsRefusedWhenTheHostStarts(string debounce)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ParIndexRules:Debounce"] = debounce }).Build();
        using var host = Host.CreateApplicationBuilder().Also(b => b.Services.AddParIndexRules(configuration.GetSection("ParIndexRules"))).Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>())
            .Which.Message.Should().Contain("ParIndexRules:Debounce must be above zero");
    }

    [Fact]
    public async Task Watcher_GoodEditThenBrokenEdit_SwapsTheFirstAndKeepsServingThroughTheSecond()
    {
        var folder = Copy(Path.Combine(Some.RepositoryRoot, "samples", "province-example"));
        var logs = new ConcurrentQueue<string>();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(new CollectingLogs(logs));
        builder.Services.AddParIndexRules(o => { o.Folder = folder; o.Debounce = TimeSpan.FromMilliseconds(200); });
        builder.Services.AddHealthChecks().AddParIndexRules();
        using var host = builder.Build();
        await host.StartAsync();
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var first = rules.Current.RuleSet.ContentHash;

        // A good edit: a hint reworded. Its cases still pass, so it is swapped in.
        var file = Path.Combine(folder, "criteria", "area-1.json");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Lập lịch báo cáo", "Lập lịch báo cáo năm", StringComparison.Ordinal));
        (await Eventually(() => rules.Current.RuleSet.ContentHash != first)).Should().BeTrue("the edit is reloaded");
        var second = rules.Current.RuleSet.ContentHash;
        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy);

        // A broken edit: refused, logged with its problem, the good version keeps serving, the check degrades.
        await File.WriteAllTextAsync(file, "{ \"area\": \"I\", \"criteria\": [ ");
        (await Eventually(() => rules.LastRefused is not null)).Should().BeTrue("the broken edit is tried and refused");
        rules.Current.RuleSet.ContentHash.Should().Be(second);
        var report = await health.CheckHealthAsync();
        report.Status.Should().Be(HealthStatus.Degraded);
        report.Entries["parindex-rules"].Data["hash"].Should().Be(second);
        logs.Should().Contain(l => l.StartsWith("Reload refused, still serving 2025.0-example", StringComparison.Ordinal) && l.Contains("criteria/area-1.json", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task ScoreAsync_ReloadLandsWhileTheBodyIsRead_StampsAndScoresWithTheVersionThatReadIt()
    {
        // Issue #25, 1: a request taken under 2025.0-example whose body finished after a reload was stamped with one
        // version and classified with the other. The reload here lands inside the read, deterministically.
        var folder = Copy(Path.Combine(Some.RepositoryRoot, "samples", "province-example"));
        using var host = Host.CreateApplicationBuilder().Also(b => b.Services.AddParIndexRules(o => { o.Folder = folder; o.WatchForChanges = false; })).Build();
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var manifest = Path.Combine(folder, "ruleset.json");

        var scored = await rules.ScoreAsync(async (ruleSet, cancel) =>
        {
            await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest, cancel)).Replace("2025.0-example", "2025.1-edited", StringComparison.Ordinal), cancel);
            rules.Reload().Swapped.Should().BeTrue();
            return SnapshotReader.Read(new MemoryStream("""{ "units": [ { "id": "a", "type": "xa", "indicators": {} } ] }"""u8.ToArray()), InputFormat.Json, "request", ruleSet);
        });

        rules.Current.RuleSet.Version.Should().Be("2025.1-edited");
        scored.RuleSet.Version.Should().Be("2025.0-example");
        scored.Units.Single().Card.RuleSetVersion.Should().Be("2025.0-example");
    }

    [Fact]
    public void Score_BatchReadUnderAnotherVersion_IsRefusedNotStampedWrongly()
    {
        var folder = Copy(Path.Combine(Some.RepositoryRoot, "samples", "province-example"));
        using var host = Host.CreateApplicationBuilder().Also(b => b.Services.AddParIndexRules(o => { o.Folder = folder; o.WatchForChanges = false; })).Build();
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var before = rules.Current;
        var batch = SnapshotReader.Read(new MemoryStream("""{ "id": "a", "type": "xa", "indicators": {} }"""u8.ToArray()), InputFormat.Json, "request", before.RuleSet);
        var manifest = Path.Combine(folder, "ruleset.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("2025.0-example", "2025.1-edited", StringComparison.Ordinal));
        rules.Reload();

        FluentActions.Invoking(() => rules.Score(rules.Current, batch)).Should().Throw<ArgumentException>().WithMessage("The batch was read under province-example 2025.0-example*");
        rules.Score(before, batch).RuleSet.Version.Should().Be("2025.0-example");
    }

    internal static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    internal static string Copy(string source, string? target = null)
    {
        target ??= Path.Combine(Path.GetTempPath(), "parindex-hosting", Guid.NewGuid().ToString("N"));
        foreach (var path in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }

        return target;
    }
}

/// <summary>Configures a builder inline.</summary>
internal static class BuilderExtensions
{
    public static HostApplicationBuilder Also(this HostApplicationBuilder builder, Action<HostApplicationBuilder> configure)
    {
        configure(builder);
        return builder;
    }
}
