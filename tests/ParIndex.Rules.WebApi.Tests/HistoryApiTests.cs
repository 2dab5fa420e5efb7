using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>The web API sample with ParIndexRules:RecordTo set (issue #29, 4): each POST recorded, and a unit's history served.</summary>
public sealed class HistoryApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parindex-webapi-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GetHistory_AfterTwoPosts_ListsBothRecordedScorings()
    {
        var db = Path.Combine(_folder, "parindex.db");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("ParIndexRules:RecordTo", db));
        using var client = factory.CreateClient();
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "phu-binh-2025.json"));
        for (var i = 0; i < 2; i++)
        {
            using var posted = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));
            posted.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var response = await client.GetAsync("/units/nha-long/history");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var history = JArray.Parse(await response.Content.ReadAsStringAsync());
        history.Select(h => ((long)h["run"]!, (decimal)h["total"]!, (int)h["rank"]!, (string?)h["period"])).Should().Equal((1L, 93.89m, 1, "2025"), (2L, 93.89m, 1, "2025"));
        using var store = ParIndex.Rules.Store.ResultStore.Open(db);
        store.Replay(2).Equal.Should().BeTrue("what the API served can be proven from the record");
    }

    [Fact]
    public async Task GetHistory_WithoutRecordTo_SaysHowToKeepRecords()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/units/nha-long/history");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Set ParIndexRules:RecordTo");
    }
}
