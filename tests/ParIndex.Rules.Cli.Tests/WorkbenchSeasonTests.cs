using System.Text;
using FluentAssertions;
using ParIndex.Rules.Workbench;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>Bringing the season in (issue #30, 1): what was read is shown table by table, under the files' own names.</summary>
public class WorkbenchSeasonTests
{
    [Fact]
    public async Task PostSeason_CsvWithAColumnNoFigureHas_ShowsEachColumnsFieldAndTheOneIgnored()
    {
        // Two figures of the 2025 set, by title and by key, and one the analyst must notice: it was not read.
        var figures = Encoding.UTF8.GetBytes("BÁO CÁO\nid,name,type,Ghi chú của xã,Số nhiệm vụ trong Kế hoạch CCHC năm 2025,parPlanTasksDone\n00001,Xã Một,xa,xem lại,10,9\n00002,Xã Hai,xa,,12,12\n");
        var claims = Encoding.UTF8.GetBytes("Mã ĐVHC;Tiêu chí;Điểm tự chấm\n00001;1.1;2\n");
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("127.0.0.1", 0, null, null, ["commune-2025"]));
        await using var _ = app;
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true });

        await WorkbenchSafetyTests.Post(client, address, "commune-2025", null, (figures, "figures", "so-lieu.csv"), (claims, "claims", "tu-cham.csv"));
        var page = await client.GetStringAsync(new Uri(address, "?lang=en"));

        var tables = page[page.IndexOf("<table id=\"tables\">", StringComparison.Ordinal)..];
        tables = tables[..tables.IndexOf("</table>", StringComparison.Ordinal)];
        tables.Should().Contain("<td>so-lieu.csv</td><td class=\"n\">2</td><td class=\"n\">2</td>", "the figures' header is on row 2, two units under it")
            .And.Contain("5 columns: <code>id</code>, <code>name</code>, <code>type</code>, "
                + "Số nhiệm vụ trong Kế hoạch CCHC năm 2025 → <code>parPlanTasksTotal</code>, <code>parPlanTasksDone</code>")
            .And.Contain("<td class=\"refused\">Ghi chú của xã</td>")
            .And.Contain("<td>tu-cham.csv</td><td class=\"n\">1</td><td class=\"n\">1</td>")
            .And.Contain("3 columns: Mã ĐVHC → <code>id</code>, Tiêu chí → <code>criterion</code>, Điểm tự chấm → <code>points</code>");
    }

    [Theory]
    [InlineData("..\\..\\số liệu<1>.csv", "số liệu_1_.csv")]
    [InlineData("CON.csv", "CON_.csv")]
    public async Task PostSeason_FileNamedWithAPathMarksOrADevice_IsNamedByItsOwnNameMadeSafe(string sent, string shown)
    {
        var figures = Encoding.UTF8.GetBytes("id,name,type,soldier\n00001,Xã Một,xa,1\n");
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("127.0.0.1", 0, null, null, ["commune-2025"]));
        await using var _ = app;
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true });

        await WorkbenchSafetyTests.Post(client, address, "commune-2025", null, (figures, "figures", sent));
        var problems = await client.GetStringAsync(new Uri(address, "problems"));

        problems.Should().Contain($"<td>{shown}</td>", "the unknown column's warning names the file as it was sent, made safe")
            .And.NotContain("..");
    }
}
