using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParIndex.Rules.Hosting;
using Xunit;
using static ParIndex.Rules.Tests.Hosting.ServiceRegistrationTests;

namespace ParIndex.Rules.Tests.Hosting;

/// <summary>The watcher through the ways rules are deployed: a folder replaced whole, a symlink swapped to a release (issue #25, 7).</summary>
public class WatcherDeployTests
{
    private static readonly string Example = Path.Combine(Some.RepositoryRoot, "samples", "province-example");

    [Fact]
    public async Task Watcher_FolderDeletedThenMadeAgain_ReportsItAbsentThenServesTheNewOne()
    {
        // Deleting and recreating the folder stopped every later reload; /ruleset said "does not exist" for good.
        var folder = Copy(Example);
        using var host = await Started(folder);
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var first = rules.Current.RuleSet.ContentHash;

        Directory.Delete(folder, recursive: true);
        (await Eventually(() => rules.LastRefused is not null)).Should().BeTrue("the absent folder is tried and refused");
        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Degraded, "the folder it was told to serve is gone");
        rules.Current.RuleSet.ContentHash.Should().Be(first, "the last good version serves on");

        Edited(Copy(Example, folder));
        (await Eventually(() => rules.Current.RuleSet.ContentHash != first && rules.LastRefused is null)).Should().BeTrue("the folder made again is watched and read");
        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy);
        await host.StopAsync();
    }

    [Fact]
    public async Task Watcher_SymlinkSwappedToANewRelease_ServesTheRelease()
    {
        // ln -sfn release-2 tmp && mv -T tmp current: the watcher kept watching release-1 and health stayed Healthy.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), "parindex-hosting", Guid.NewGuid().ToString("N"));
        var release1 = Copy(Example, Path.Combine(root, "release-1"));
        var release2 = Edited(Copy(Example, Path.Combine(root, "release-2")));
        var current = Path.Combine(root, "current");
        Directory.CreateSymbolicLink(current, release1);
        using var host = await Started(current);
        var rules = host.Services.GetRequiredService<IParIndexRules>();
        var first = rules.Current.RuleSet.ContentHash;

        var next = Path.Combine(root, "next");
        Directory.CreateSymbolicLink(next, release2);
        // rename(2) over the old link, as mv -T does: File.Move refuses a link to a folder.
        using (var mv = System.Diagnostics.Process.Start("mv", ["-T", next, current]))
        {
            await mv.WaitForExitAsync();
            mv.ExitCode.Should().Be(0);
        }

        (await Eventually(() => rules.Current.RuleSet.ContentHash != first)).Should().BeTrue("the swapped link is followed to the new release");
        rules.Current.RuleSet.Criteria.SelectMany(c => c.Cases).Should().NotBeEmpty();
        await host.StopAsync();
    }

    /// <summary>A copy with one hint reworded: its cases still pass, so a reload swaps it in with a new hash.</summary>
    private static string Edited(string folder)
    {
        var file = Path.Combine(folder, "criteria", "area-1.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Lập lịch báo cáo", "Lập lịch báo cáo năm", StringComparison.Ordinal));
        return folder;
    }

    private static async Task<IHost> Started(string folder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddParIndexRules(o => { o.Folder = folder; o.Debounce = TimeSpan.FromMilliseconds(200); });
        builder.Services.AddHealthChecks().AddParIndexRules();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
