extern alias webapi;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Fuzz;

/// <summary>
/// The web API sample through ASP.NET Core's real pipeline, in process: mutated bodies as JSON, CSV or a raw body
/// with a wrong type, and mutated multipart forms (boundaries lost, parts cut, names long). The documented outcomes
/// are 200 or 422 with JSON that parses, and 400, 413 or 415 for what cannot be read; a 5xx, a body that does not
/// parse, or a 200 without units is a finding.
/// </summary>
internal sealed class WebFuzz : IDisposable
{
    // The content root named, since outside a test project no attribute says where the sample lives.
    private readonly WebApplicationFactory<webapi::Program> factory = new WebApplicationFactory<webapi::Program>()
        .WithWebHostBuilder(web => web.UseSolutionRelativeContentRoot("samples/WebApi").ConfigureLogging(logging => logging.ClearProviders()));
    private readonly HttpClient client;

    public WebFuzz() => client = factory.CreateClient();

    /// <summary>Posts the text as a body of a chosen type, or inside a multipart form, and checks the answer.</summary>
    public void Post(string text, string name, Random random)
    {
        using var content = random.Next(3) == 0 ? Form(text, name, random) : Body(text, name, random);
        using var response = client.PostAsync("/score", content).GetAwaiter().GetResult();
        var answer = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        if (status >= 500 || status is not (200 or 400 or 413 or 415 or 422))
        {
            throw new InvalidOperationException($"HTTP {status}: {answer[..Math.Min(answer.Length, 500)]}");
        }

        if (status is 200 or 422 or 400)
        {
            // Parsed, so a response cut short or two documents glued together is a finding.
            var json = JObject.Parse(answer);
            if (response.StatusCode == HttpStatusCode.OK && json["units"] is not JArray)
            {
                throw new InvalidOperationException("a 200 without a units array");
            }
        }
    }

    private static ByteArrayContent Body(string text, string name, Random random)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        var type = random.Next(4) switch
        {
            0 => "text/plain",
            1 => name.EndsWith(".csv", StringComparison.Ordinal) ? "application/json" : "text/csv",
            _ => name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json",
        };
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    /// <summary>A multipart form around the text, then broken as a client or a proxy might break it.</summary>
    private static ByteArrayContent Form(string text, string name, Random random)
    {
        const string Boundary = "fuzz-boundary";
        var fileName = random.Next(4) switch
        {
            0 => new string('n', random.Next(200, 5_000)) + Path.GetExtension(name),
            1 => "../../" + name,
            2 => string.Empty,
            _ => name,
        };
        var form = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n{text}\r\n--{Boundary}--\r\n";
        form = random.Next(4) switch
        {
            0 => form[..random.Next(form.Length)],
            1 => form.Replace($"--{Boundary}--", string.Empty, StringComparison.Ordinal),
            2 => string.Concat(Enumerable.Repeat($"--{Boundary}\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n", random.Next(1, 3_000))) + form,
            _ => form,
        };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(form));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(random.Next(5) == 0 ? "multipart/form-data" : $"multipart/form-data; boundary={Boundary}");
        return content;
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }
}
