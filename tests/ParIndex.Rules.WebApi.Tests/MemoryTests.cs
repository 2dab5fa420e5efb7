using System.Diagnostics;
using System.Net;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>The sample as its own process on Kestrel: what a large request costs the server's memory (issue #25, 6).</summary>
public class MemoryTests
{
    [Fact]
    public async Task Kestrel_20000UnitsThenTwoOf5000_StaysUnderTheStatedBound()
    {
        // 20,000 units drove the server to 6 GB and a reset connection; 6,000 to 2 GB. Now: the 20,000 are refused
        // after reading (413), each 5,000 is scored and its 240 MB of JSON streamed, and the peak stays under the bound.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var server = Start();
        var address = await Listening(server);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };

        (await Post(client, 20_000)).Should().Be(HttpStatusCode.RequestEntityTooLarge);
        for (var i = 0; i < 2; i++)
        {
            (await Post(client, 5_000)).Should().Be(HttpStatusCode.OK);
        }

        var peak = Peak(server.Id);
        server.Kill();
        peak.Should().BeLessThan(ScoreEndpoint.MemoryBound, "the sample states {0:N0} bytes as its bound", ScoreEndpoint.MemoryBound);
    }

    /// <summary>Posts that many minimal units and reads the whole answer, as a client would, into nothing.</summary>
    private static async Task<HttpStatusCode> Post(HttpClient client, int units)
    {
        var body = new StringBuilder("{\"units\":[");
        for (var i = 0; i < units; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"u").Append(i).Append("\",\"indicators\":{\"dossiersReceived\":10}}");
        }

        using var content = new StringContent(body.Append("]}").ToString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/score", content, CancellationToken.None);
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
        return response.StatusCode;
    }

    private static Process Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "WebApi.dll"), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>The address Kestrel chose, from its own log line.</summary>
    private static async Task<string> Listening(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Now listening on: ", StringComparison.Ordinal))
            {
                _ = server.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return line[(line.IndexOf("http", StringComparison.Ordinal))..].Trim();
            }
        }

        throw new InvalidOperationException("the sample ended before it listened: " + await server.StandardError.ReadToEndAsync(CancellationToken.None));
    }

    /// <summary>The process's peak resident memory (VmHWM), in bytes.</summary>
    private static long Peak(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
}
