using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using ParIndex.Rules;
using ParIndex.Rules.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddParIndexRules(builder.Configuration.GetSection("ParIndexRules"));
builder.Services.AddHealthChecks().AddParIndexRules();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

// A province's file of a few thousand units is a few megabytes; anything far larger is refused before it is read.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ScoreEndpoint.MaxBytes);
var app = builder.Build();
app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapGet("/ruleset", (IParIndexRules rules) => Results.Ok(new
{
    id = rules.Current.RuleSet.Id,
    version = rules.Current.RuleSet.Version,
    hash = rules.Current.RuleSet.ContentHash,

    // What was refused and how many problems, never the server's paths or the problems' text (which quote them).
    lastRefused = rules.LastRefused is { } refused
        ? new { version = refused.Serving.Version, problems = refused.Problems.Count, failedCases = refused.FailedCases.Count }
        : null,
}));
app.MapPost("/score", ScoreEndpoint.Score).DisableAntiforgery();

// A unit's results across every scoring recorded (ParIndexRules:RecordTo), oldest first.
app.MapGet("/units/{id}/history", (string id, Microsoft.Extensions.Options.IOptions<ParIndexRulesOptions> options) =>
{
    if (options.Value.RecordTo is not { } path)
    {
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Scorings are not recorded.",
            detail: "Set ParIndexRules:RecordTo to a store file to keep every scoring and serve its history.");
    }

    using var store = ParIndex.Rules.Store.ResultStore.Open(path);
    var history = store.History(id);
    return history.Count == 0
        ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No recorded scoring of this unit.")
        : Results.Ok(history.Select(h => new
        {
            run = h.Run.Run,
            at = h.Run.At,
            period = h.Run.Period,
            ruleSet = new { id = h.Run.RuleSetId, version = h.Run.RuleSetVersion, hash = h.Run.RuleSetHash },
            total = h.Result.Total,
            rank = h.Result.Rank,
            rankInType = h.Result.RankInType,
            classification = h.Result.Classification,
        }));
});
app.Run();

/// <summary>POST /score: snapshots as JSON (one unit or a batch), CSV or XLSX (the body, or a multipart upload), scored with the rule set serving now.</summary>
internal static class ScoreEndpoint
{
    /// <summary>The largest body read: 16 MB.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most units scored in one request: a response is about 48 KB a unit, so 5,000 units make about 240 MB of JSON,
    /// written through a file buffer, never held in memory, each unit's criteria built as it is written and let go.
    /// A request of that size, or a refused larger one, keeps the server under <see cref="MemoryBound"/>.
    /// </summary>
    public const int MaxUnits = 5_000;

    /// <summary>The most memory the server takes for requests within the limits (measured: 140 MB after four 5,000-unit requests).</summary>
    public const long MemoryBound = 256 * 1024 * 1024;

    /// <summary>The form fields that carry a claims table and an appraisal table beside the figures.</summary>
    private static readonly string[] AssessmentFields = ["claims", "appraisal"];

    /// <summary>What a response holds in memory before the rest goes to a temporary file.</summary>
    private const int MemoryThreshold = 256 * 1024;

    public static async Task<IResult> Score(HttpRequest request, HttpResponse response, IParIndexRules rules)
    {
        var aborted = request.HttpContext.RequestAborted;
        var (content, name, refused, form) = await Body(request);
        if (refused is not null)
        {
            return refused;
        }

        var format = Format(request, name);

        // One scorer, taken once, reads and scores: the stamp can never name a version that a reload swapped in while
        // the body was uploading. The batch is counted before it is scored, so an oversized one costs no scoring.
        var scorer = rules.Current;
        var batch = await SnapshotReader.ReadAsync(content!, format, name, scorer.RuleSet, cancellationToken: aborted);

        // A form may carry the season's claims and appraisal rounds beside the figures, as tables of their own.
        foreach (var table in AssessmentFields.Select(field => form?.Files.GetFile(field)).OfType<IFormFile>())
        {
            await using var upload = table.OpenReadStream();
            var tableName = Path.GetFileName(table.FileName) is { Length: > 0 and <= 255 } given ? given : table.Name;
            batch = AssessmentFile.Read(upload, TableFormat(tableName), tableName, scorer.RuleSet).Apply(batch);
        }

        if (batch.Snapshots.Count > MaxUnits)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many units in one request.",
                detail: $"{batch.Snapshots.Count} units were sent; send at most {MaxUnits} in one request.");
        }

        var scored = rules.Score(scorer, batch, cancellationToken: aborted);

        response.Headers["X-ParIndex-RuleSet"] = Stamp(scored.RuleSet);
        await using var buffer = new FileBufferingWriteStream(MemoryThreshold);
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            if (scored.Errors.Count == 0)
            {
                JsonContract.Write(writer, scored);
            }
            else
            {
                Problem(writer, scored);
            }
        }

        response.StatusCode = scored.Errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        response.ContentType = scored.Errors.Count == 0 ? "application/json; charset=utf-8" : "application/problem+json; charset=utf-8";
        await buffer.DrainBufferAsync(response.Body, aborted);
        return Results.Empty;
    }

    /// <summary>
    /// RFC 9457: what was wrong, unit and field by unit and field; the good units are still scored, in "result" (the
    /// library's contract, written in place, never parsed again).
    /// </summary>
    private static void Problem(TextWriter writer, ScoredBatch scored)
    {
        using (var json = new Newtonsoft.Json.JsonTextWriter(writer) { CloseOutput = false, AutoCompleteOnClose = false })
        {
            json.WriteStartObject();
            JsonContract.Property(json, "type", "https://tools.ietf.org/html/rfc9110#section-15.5.21");
            JsonContract.Property(json, "title", "Some units or figures could not be read.");
            JsonContract.Number(json, "status", 422);
            JsonContract.Property(json, "detail", $"{scored.Errors.Count} input problem(s); every other unit was scored.");
            json.WritePropertyName("errors");
            json.WriteStartArray();
            foreach (var e in scored.Errors)
            {
                json.WriteStartObject();
                JsonContract.Property(json, "unit", e.UnitId);
                JsonContract.Property(json, "field", e.Field);
                JsonContract.Number(json, "line", e.Line);
                JsonContract.Property(json, "message", e.Message);
                JsonContract.Property(json, "messageVi", e.MessageIn(Language.Vi));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("result");
            json.WriteRawValue(string.Empty);
            json.Flush();
        }

        JsonContract.Write(writer, scored);
        writer.Write('}');
    }

    /// <summary>The rule set's stamp as a header can carry it: a version of other characters (validated at load, but a header must never fail) is percent-encoded.</summary>
    public static string Stamp(RuleSet ruleSet)
    {
        var text = $"{ruleSet.Id} {ruleSet.Version} {ruleSet.ContentHash}";
        return text.All(c => c is >= ' ' and <= '~') ? text : Uri.EscapeDataString(text);
    }

    private static InputFormat Format(HttpRequest request, string name)
    {
        var kind = Path.GetExtension(name).ToUpperInvariant();
        return kind == ".XLSX" || request.ContentType?.Contains("spreadsheetml", StringComparison.Ordinal) == true ? InputFormat.Xlsx
            : kind == ".CSV" || request.ContentType?.StartsWith("text/csv", StringComparison.Ordinal) == true ? InputFormat.Csv
            : InputFormat.Json;
    }

    /// <summary>A claims or appraisal table's format by its name alone: the request's content type is the form's.</summary>
    private static InputFormat TableFormat(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".XLSX" => InputFormat.Xlsx,
        ".JSON" => InputFormat.Json,
        _ => InputFormat.Csv,
    };

    /// <summary>The uploaded file of a multipart form, or the body itself; with a name whose extension says the format. A malformed form is a 400, never a 500.</summary>
    private static async Task<(Stream? Content, string Name, IResult? Refused, IFormCollection? Form)> Body(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return (request.Body, "request", null, null);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            return (null, "request", Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form could not be read.",
                detail: "Send one file in a multipart/form-data body with a boundary, or the figures as the body itself."), null);
        }

        // The figures: the file field other than "claims" and "appraisal" (named "file" by the README's example).
        var figures = form.Files.FirstOrDefault(f => f.Name is not ("claims" or "appraisal"));
        if (figures is null)
        {
            return (null, "request", Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form holds no file.",
                detail: "Add the figures as a file field (JSON, CSV or XLSX), or send them as the body itself."), null);
        }

        // Only the file's own name, and a long one replaced: a client's path or a 100 KB name is not echoed back. The
        // extension, which says the format, is kept when it is one of the readers'.
        var fileName = Path.GetFileName(figures.FileName);
        var name = fileName.Length is > 0 and <= 255 ? fileName : SnapshotReader.CanRead(fileName) ? "upload" + Path.GetExtension(fileName) : "upload";
        return (figures.OpenReadStream(), name, null, form);
    }
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
