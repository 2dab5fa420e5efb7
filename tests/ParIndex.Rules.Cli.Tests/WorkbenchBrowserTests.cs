using FluentAssertions;
using Microsoft.Playwright;
using ParIndex.Rules.Tests;
using ParIndex.Rules.Workbench;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>
/// The workbench (issue #30) driven end to end in Debian's Chromium: bring the season in, read the problems and the
/// ranking, open a commune, try a figure, record an appraisal round and see the ranking follow, download the workbook.
/// </summary>
public class WorkbenchBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [BrowserFact]
    public async Task Workbench_WholeSeasonInChromium_ScoresAppraisesAndHandsOn()
    {
        File.Exists(Chromium).Should().BeTrue($"the workbench is opened in {Chromium}, or set {BrowserFactAttribute.SkipVariable}=1 to skip");
        var folder = Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!;
        var db = Path.Combine(folder, "parindex.db");
        var (app, address) = await WorkbenchServer.StartAsync(new WorkbenchOptions("127.0.0.1", 0, db, null, ["commune-2025"]));
        await using var _ = app;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        // A link that downloads ends its navigation as "aborted" in Chromium: the file came, nothing failed.
        page.RequestFailed += (_, r) => { if (!(r.Url.Contains("/download/", StringComparison.Ordinal) && r.Failure == "net::ERR_ABORTED")) { errors.Add("failed: " + r.Url + " " + r.Failure); } };
        page.Request += (_, r) => { if (!r.Url.StartsWith(address.AbsoluteUri, StringComparison.Ordinal)) { errors.Add("outside: " + r.Url); } };

        // Bring the season in as offices send it: the sample district's figures as a workbook (under a title, with a
        // column of notes no figure has), a claims table with a row for a unit the figures lack, an appraisal table.
        var (figures, claims, appraisal) = SeasonFiles(folder);
        await page.GotoAsync(address.AbsoluteUri);
        (await page.GetAttributeAsync("html", "lang")).Should().Be("vi");
        await page.SetInputFilesAsync("input[name=figures]", figures);
        await page.SetInputFilesAsync("input[name=claims]", claims);
        await page.SetInputFilesAsync("input[name=appraisal]", appraisal);
        await page.ClickAsync("button[type=submit]");
        (await page.GetAttributeAsync("[data-read]", "data-read")).Should().Be("20");
        (await page.Locator("#tables tbody tr").AllTextContentsAsync()).Should().SatisfyRespectively(
            sheet => sheet.Should().StartWith("so-lieu.xlsx [Số liệu]22").And.EndWith("Ghi chú", "the header is on row 2, 20 units under it, the notes ignored"),
            table => table.Should().StartWith("tu-cham.csv12"),
            table => table.Should().StartWith("tham-dinh.csv11"));
        await page.SetViewportSizeAsync(1300, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "mua.png") });

        // The problems: the notes column (a warning) and the claim for a unit the figures lack, at its cell.
        await page.ClickAsync("a[href='/problems']");
        (await page.Locator("#problems tbody tr").AllTextContentsAsync()).Should().HaveCount(2)
            .And.Contain(r => r.StartsWith("tu-cham.csv3,1khong-co", StringComparison.Ordinal))
            .And.Contain(r => r.StartsWith("so-lieu.xlsx [Số liệu]2,", StringComparison.Ordinal));

        // The ranking: Nhã Lộng first with 93.89, as the report gives it.
        await page.ClickAsync("a[href='/ranking']");
        (await page.Locator("#ranking tbody tr").CountAsync()).Should().Be(20);
        (await page.Locator("#ranking tbody tr").First.GetAttributeAsync("data-unit")).Should().Be("nha-long");
        (await page.Locator("#ranking tbody tr").First.Locator("[data-total]").GetAttributeAsync("data-total")).Should().Be("93.89");

        // A commune: what if 126 of its 126 procedures were on the portal (3.1.1 from 1 to 2 points): 94.89, still first.
        await page.ClickAsync("#ranking a[href='/units/nha-long']");

        // Its 3.1.1 in words: 117 of 126 procedures published is 92,86%, 1 of 2 points; 9 more reach 100%.
        (await page.Locator("#criteria tr[data-criterion='3.1.1']").TextContentAsync()).Should()
            .Contain("100% TTHC thuộc thẩm quyền của 2 cấp xã được công khai trên Cổng thông tin điện tử")
            .And.Contain("” 117 / “Số TTHC thuộc thẩm quyền giải quyết” 126 = 92,86%")
            .And.Contain("1 / 2")
            .And.Contain("thêm 9 nữa là đạt yêu cầu và được điểm tối đa");
        await page.SelectOptionAsync("select[name=key]", "proceduresOnUpperPortal");
        await page.FillAsync("input[name=value]", "126");
        await page.ClickAsync("form[action$='whatif'] button");
        (await page.GetAttributeAsync("#whatif", "data-total")).Should().Be("94.89");

        // The goal seek to 95: the costliest criteria first, until the running total reaches it.
        await page.FillAsync("input[name=target]", "95");
        await page.ClickAsync("form[method=get] button");
        (await page.Locator("#goal").TextContentAsync()).Should().StartWith("Mục tiêu 95 điểm: khắc phục đủ ");

        // An appraisal round outside 1.1's 2 points is refused; 1 point is recorded: 92.89, and Điềm Thụy's 92.98 goes first.
        await page.SelectOptionAsync("select[name=criterion]", "1.1");
        await page.FillAsync("input[name=points]", "5");
        await page.FillAsync("input[name=reason]", "Thiếu biên bản");
        await page.ClickAsync("form[action$='appraise'] button");
        (await page.Locator(".refused").TextContentAsync()).Should().Contain("nằm ngoài 0–2 điểm của tiêu chí 1.1");
        await page.SelectOptionAsync("select[name=criterion]", "1.1");
        await page.FillAsync("input[name=points]", "1");
        await page.FillAsync("input[name=reason]", "Thiếu biên bản họp");
        await page.FillAsync("input[name=by]", "Hội đồng");
        await page.ClickAsync("form[action$='appraise'] button");
        (await page.GetAttributeAsync("#card", "data-total")).Should().Be("92.89");
        (await page.GetAttributeAsync("#card", "data-rank")).Should().Be("2");
        (await page.Locator("#history tbody tr").CountAsync()).Should().Be(2, "the upload and the appraisal are both recorded");
        await page.SetViewportSizeAsync(1300, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "xa.png") });

        // Hand on: the workbook holds the appraised total.
        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.GotoAsync(address.AbsoluteUri);
            await page.ClickAsync("a[href='/download/ket-qua.xlsx']");
        });
        var workbook = Path.Combine(folder, "ket-qua.xlsx");
        await download.SaveAsAsync(workbook);
        Xlsx.Read(workbook)[0].Rows.Should().Contain(r => r.Contains("nha-long") && r.Contains("92.89"));
        var plans = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href='/download/ke-hoach.zip']"));
        var zip = Path.Combine(folder, "ke-hoach.zip");
        await plans.SaveAsAsync(zip);
        using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
        {
            archive.Entries.Should().HaveCount(20).And.Contain(e => e.Name == "nha-long.html");
        }

        var diff = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("form[action='/download/so-sanh.html'] button"));
        var comparison = Path.Combine(folder, "so-sanh.html");
        await diff.SaveAsAsync(comparison);
        File.ReadAllText(comparison).Should().Contain("<html", "the comparison of the set with itself is a page of its own");

        // The district report's charts, served by the workbench itself.
        await page.GotoAsync(address.AbsoluteUri + "report");
        (await page.Locator("figure[data-chart] svg").CountAsync()).Should().Be(3 + 20, "three district charts (no change chart: no last year was given) and one per unit");

        await page.GotoAsync(address.AbsoluteUri + "ranking");
        await page.SetViewportSizeAsync(1300, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "xep-hang.png"), FullPage = true });
        errors.Should().BeEmpty();
    }

    /// <summary>The sample district's figures as a workbook, with a claims and an appraisal table beside it.</summary>
    private static (string Figures, string Claims, string Appraisal) SeasonFiles(string folder)
    {
        var lines = File.ReadAllLines(Cli.Bundle("samples/phu-binh-2025.csv"));
        List<IReadOnlyList<object?>> rows = [["SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [.. lines[0].Split(';'), "Ghi chú"]];
        rows.AddRange(lines.Skip(1).Select(l => (IReadOnlyList<object?>)[.. l.Split(';').Select(Cell), null]));
        var figures = Path.Combine(folder, "so-lieu.xlsx");
        Xlsx.Write(figures, ("Số liệu", rows));
        var claims = Path.Combine(folder, "tu-cham.csv");
        File.WriteAllText(claims, "Mã ĐVHC;Tiêu chí;Điểm tự chấm\nnha-long;1.1;2\nkhong-co;1.1;2\n");
        var appraisal = Path.Combine(folder, "tham-dinh.csv");
        File.WriteAllText(appraisal, "Mã ĐVHC;Tiêu chí;Vòng;Điểm thẩm định;Lý do\nuc-ky;1.1;1;0;Chưa có kế hoạch\n");
        return (figures, claims, appraisal);

        // A number goes into its cell as a number, as a spreadsheet keeps it; yes/no and names as text.
        static object? Cell(string text) => decimal.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : text.Length == 0 ? null : text;
    }
}
