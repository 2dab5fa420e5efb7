using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Rules.WebApi.Tests;

/// <summary>The web API sample through ASP.NET Core's real pipeline, in process (WebApplicationFactory).</summary>
public class ScoreApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Fact]
    public async Task PostScore_SampleDistrictJson_ReturnsTheLibrarysContractStampedWithTheRuleSet()
    {
        using var client = factory.CreateClient();
        var body = await File.ReadAllTextAsync(Sample("phu-binh-2025.json"));

        using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rules = BundledRuleSets.Load("commune-2025");
        var result = JObject.Parse(await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("X-ParIndex-RuleSet").Single().Should().Be($"commune-2025 2025.1.1 {rules.ContentHash}");
        ((string?)result["ruleSet"]!["hash"]).Should().Be(rules.ContentHash, "the body names the rules the header names");

        // The units in the file's own order (read here without the library), and one total known from the CSV upload test.
        result["units"]!.Select(u => (string?)u["id"]).Should().Equal(JObject.Parse(body)["units"]!.Select(u => (string?)u["id"]));
        ((decimal)result["units"]!.Single(u => (string?)u["id"] == "nha-long")["total"]!).Should().Be(93.89m);
    }

    [Fact]
    public async Task PostScore_CsvUpload_ScoresLikeTheJson()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Sample("phu-binh-2025.csv")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "district.csv");

        using var response = await client.PostAsync("/score", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var units = JObject.Parse(await response.Content.ReadAsStringAsync())["units"]!;
        units.Should().HaveCount(20);
        ((decimal)units.Single(u => (string?)u["id"] == "nha-long")["total"]!).Should().Be(93.89m);
    }

    [Fact]
    public async Task PostScore_BadUnit_IsProblemDetailsNamingUnitAndFieldWithTheGoodUnitsScored()
    {
        using var client = factory.CreateClient();
        var body = """{ "units": [ { "id": "a", "indicators": { "dossiersResolved": -5 } }, { "id": "b", "indicators": { "dossiersResolved": 10, "dossiersResolvedOnTime": 10 } } ] }""";

        using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        ((int)problem["status"]!).Should().Be(422);
        var error = problem["errors"]!.Single();
        ((string?)error["unit"], (string?)error["field"]).Should().Be(("a", "dossiersResolved"));
        problem["result"]!["units"]!.Select(u => (string?)u["id"]).Should().Equal("a", "b");
    }

    [Fact]
    public async Task PostScore_CsvInWindows1258_IsRefusedNotReadWithReplacementCharacters()
    {
        // Issue #25, 3: "Đào Xá" in windows-1258 (Đ = 0xD0, à = a + 0xCC, á = a + 0xEC) was read as '�' with 0 points and 200.
        using var client = factory.CreateClient();
        byte[] csv = [.. "id,name,dossiersResolved\nx,"u8.ToArray(), 0xD0, (byte)'a', 0xCC, (byte)'o', (byte)' ', (byte)'X', (byte)'a', 0xEC, .. ",10\n"u8.ToArray()];
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync("/score", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        ((string?)problem["errors"]![0]!["message"]).Should().StartWith("the file is not UTF-8 text (line 2");
        problem["result"]!["units"]!.Should().BeEmpty();
    }

    [Fact]
    public async Task PostScore_MoreUnitsThanTheLimit_Is413BeforeAnyIsScored()
    {
        // Issue #25, 6: 6,000 minimal units once made a 289 MB response built in memory.
        using var client = factory.CreateClient();
        var body = "{ \"units\": [" + string.Join(",", Enumerable.Range(0, 5_001).Select(i => $"{{ \"id\": \"u{i}\", \"indicators\": {{}} }}")) + "] }";

        using var response = await client.PostAsync("/score", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        ((string?)JObject.Parse(await response.Content.ReadAsStringAsync())["detail"]).Should().Be("5001 units were sent; send at most 5000 in one request.");
    }

    [Theory]
    [InlineData("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid\r\n--x--\r\n")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid,na")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--x--\r\n")]
    public async Task PostScore_MalformedOrFilelessForm_Is400ProblemDetails(string contentType, string body)
    {
        // Issue #25, 8: a form without a boundary or truncated was an empty 500; a form without a file said "the file is empty".
        using var client = factory.CreateClient();
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync("/score", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        ((string?)JObject.Parse(await response.Content.ReadAsStringAsync())["title"]).Should().StartWith("The form");
    }

    [Fact]
    public async Task GetRulesetHealthAndOpenApi_SayWhatServes()
    {
        using var client = factory.CreateClient();

        var ruleSet = JObject.Parse(await client.GetStringAsync("/ruleset"));
        var health = await client.GetAsync("/health");
        var openApi = JObject.Parse(await client.GetStringAsync("/openapi/v1.json"));

        ((string?)ruleSet["id"], (string?)ruleSet["version"]).Should().Be(("commune-2025", "2025.1.1"));
        ruleSet["lastRefused"]!.Type.Should().Be(JTokenType.Null);
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        ((JObject)openApi["paths"]!).Properties().Select(p => p.Name).Should().Contain(["/score", "/ruleset"]);
    }
}

/// <summary>Uploads as an office sends them, and the body limit.</summary>
public class UploadTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("tham-dinh.csv", "Mã ĐVHC;Tiêu chí;Vòng;Điểm thẩm định;Lý do\ndao-xa;3.2.1;1;5;Thiếu sổ\ndao-xa;3.2.1;2;6;Đã bổ sung\n")]
    [InlineData("tham-dinh.json", "[{\"Mã ĐVHC\":\"dao-xa\",\"Tiêu chí\":\"3.2.1\",\"Vòng\":1,\"Điểm thẩm định\":5,\"Lý do\":\"Thiếu sổ\"},{\"Mã ĐVHC\":\"dao-xa\",\"Tiêu chí\":\"3.2.1\",\"Vòng\":2,\"Điểm thẩm định\":6,\"Lý do\":\"Đã bổ sung\"}]")]
    public async Task PostScore_FormWithClaimsAndAppraisalTables_LaysThemOverTheFigures(string appraisalName, string appraisal)
    {
        // Issue #26, 6: the same tables as score --claims --appraisal, CSV or JSON. Đào Xá's 3.2.1 earns 4 of 10 from
        // its figures; it claims 10, and round 2 of the appraisal gives 6, which counts.
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "phu-binh-2025.csv"))), "file", "district.csv");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("Mã ĐVHC;Tiêu chí;Điểm tự chấm;Tài liệu kiểm chứng\ndao-xa;3.2.1;10;Báo cáo 15/BC-UBND\n")), "claims", "tu-cham.csv");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(appraisal)), "appraisal", appraisalName);

        using var response = await client.PostAsync("/score", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var criterion = JObject.Parse(await response.Content.ReadAsStringAsync())["units"]!.Single(u => (string?)u["id"] == "dao-xa")["criteria"]!
            .Single(c => (string?)c["id"] == "3.2.1");
        ((decimal)criterion["points"]!, (decimal)criterion["claimedPoints"]!, (decimal)criterion["computedPoints"]!).Should().Be((6m, 10m, 4m));
    }

    [Fact]
    public async Task PostScore_XlsxUpload_ReadsTheWorkbook()
    {
        // Two units in a workbook: a's 2,970 of 3,000 on time gives 3.2.1 8 of 10 (criteria-2025.md), b reports nothing.
        using var workbook = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(workbook, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var part = document.AddWorkbookPart();
            part.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheet = part.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            DocumentFormat.OpenXml.Spreadsheet.Row Row(params string[] cells) => new([.. cells.Select(c => new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(c))) { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString })]);
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                Row("id", "name", "dossiersResolved", "dossiersResolvedOnTime"), Row("a", "A", "3000", "2970"), Row("b", "B", string.Empty, string.Empty)));
            part.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = part.GetIdOfPart(sheet), SheetId = 1, Name = "Số liệu" }));
        }

        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(workbook.ToArray()), "file", "district.xlsx");

        using var response = await client.PostAsync("/score", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var units = JObject.Parse(await response.Content.ReadAsStringAsync())["units"]!;
        ((decimal)units.Single(u => (string?)u["id"] == "a")["criteria"]!.Single(c => (string?)c["id"] == "3.2.1")["points"]!).Should().Be(8m);
        units.Select(u => (string?)u["id"]).Should().Equal("a", "b");
    }

    [Fact]
    public async Task PostScore_BodyOverTheLimitOnKestrel_IsRefusedBeforeItIsRead()
    {
        await using var kestrel = new WebApplicationFactory<Program>();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.ClientOptions.BaseAddress;

        // Only the headers: Kestrel answers from the declared length, before a byte of the body is read.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var request = $"POST /score HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {(16 * 1024 * 1024) + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        (await reader.ReadLineAsync()).Should().Be("HTTP/1.1 413 Payload Too Large");
    }
}
