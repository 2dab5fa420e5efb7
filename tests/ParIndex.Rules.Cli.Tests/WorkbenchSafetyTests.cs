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
}
