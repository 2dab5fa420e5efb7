using System.Net;
using FluentAssertions;
using ParIndex.Rules.Workbench;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>The workbench is safe by default (issue #30, 6): loopback unless told, a token beyond it, antiforgery on every form.</summary>
public class WorkbenchSafetyTests
{
    [Fact]
    public async Task StartAsync_BeyondLoopbackWithoutAToken_Refuses()
    {
        var act = () => WorkbenchServer.StartAsync(new WorkbenchOptions("0.0.0.0", 0, null, null, ["commune-2025"]));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("give --token");
    }

    [Fact]
    public async Task Get_BeyondLoopbackWithoutTheToken_IsRefusedAndWithItServed()
    {
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("0.0.0.0", 0, null, "bi-mat-42", ["commune-2025"]));
        await using var _ = app;
        var local = new Uri($"http://127.0.0.1:{address.Port}/");
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true });

        (await client.GetAsync(local)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync(new Uri(local, "?token=sai"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync(new Uri(local, "?token=bi-mat-42"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri(local, "ranking"))).StatusCode.Should().NotBe(HttpStatusCode.Unauthorized, "the browser keeps the token in a cookie");
    }

    [Fact]
    public async Task PostSeason_WithoutTheFormsAntiforgeryToken_IsRefused()
    {
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("127.0.0.1", 0, null, null, ["commune-2025"]));
        await using var _ = app;
        using var client = new HttpClient();
        using var form = new MultipartFormDataContent { { new StringContent("commune-2025"), "rules" }, { new ByteArrayContent(File.ReadAllBytes(Cli.Bundle("samples/phu-binh-2025.json"))), "figures", "x.json" } };

        var response = await client.PostAsync(new Uri(address, "season"), form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetStringAsync(address)).Should().NotContain("data-read", "nothing was read");
    }

    [Fact]
    public async Task Serve_StartedAndSentATerminationRequest_PrintsItsAddressAndStopsCleanly()
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "parindex.dll"), "serve", "--port", "0", "--lang", "en", "--db", Path.Combine(Path.GetTempPath(), $"parindex-serve-{Guid.NewGuid():N}.db") })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var address = System.Text.RegularExpressions.Regex.Match(line!, @"http://127\.0\.0\.1:\d+/").Value;
        using var client = new HttpClient();
        (await client.GetStringAsync(new Uri(address))).Should().Contain("<html lang=\"vi\">");
        System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

        process.WaitForExit(30_000).Should().BeTrue("a termination request stops the workbench");
        process.ExitCode.Should().Be(0);
        line.Should().StartWith("The workbench is running: http://127.0.0.1:");
    }

    [Fact]
    public async Task PostSeason_FolderOfDatedSets_TakesTheSetInForceOnTheDayGiven()
    {
        // A folder holding this season's rules as a workbook: chosen with the day, it scores; without the day it says why.
        var sets = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!, "bo-quy-tac");
        Directory.CreateDirectory(sets);
        Cli.Run("rules", "export", "commune-2025", Path.Combine(sets, "commune-2025.xlsx")).ExitCode.Should().Be(0);
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("127.0.0.1", 0, null, null, [sets]));
        await using var _ = app;
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true });

        var withoutDay = await Post(client, address, sets, null);
        var withDay = await Post(client, address, sets, "2025-12-31");

        withoutDay.Should().Contain("give the day the scoring is for");
        (await client.GetStringAsync(address)).Should().Contain("data-read=\"20\"").And.Contain("commune-2025 2025.1.1");
        withDay.Should().Contain("data-read=\"20\"");
    }

    /// <summary>The season form as a browser sends it: the antiforgery token of the page, then the fields and the files (the sample district when none is given).</summary>
    internal static async Task<string> Post(HttpClient client, Uri address, string rules, string? day, params (byte[] Bytes, string Field, string Name)[] files)
    {
        var page = await client.GetStringAsync(address);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(rules), "rules" },
            { new StringContent(day ?? string.Empty), "asof" },
        };
        foreach (var (bytes, field, name) in files.Length > 0 ? files : [(File.ReadAllBytes(Cli.Bundle("samples/phu-binh-2025.json")), "figures", "phu-binh-2025.json")])
        {
            form.Add(new ByteArrayContent(bytes), field, name);
        }

        var response = await client.PostAsync(new Uri(address, "season"), form);
        return await response.Content.ReadAsStringAsync();
    }
}
