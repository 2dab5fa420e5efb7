using System.Text;
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
    lastRefused = rules.LastRefused?.ToString(),
}));
app.MapPost("/score", ScoreEndpoint.Score).DisableAntiforgery();
app.Run();

/// <summary>POST /score: snapshots as JSON (one unit or a batch), CSV or XLSX (the body, or a multipart upload), scored with the rule set serving now.</summary>
internal static class ScoreEndpoint
{
    public const long MaxBytes = 16 * 1024 * 1024;

    public static async Task<IResult> Score(HttpRequest request, HttpResponse response, IParIndexRules rules)
    {
        // One scorer for the whole request: the response names exactly the rules that produced it, even if a reload lands meanwhile.
        var scorer = rules.Current;
        var (content, name) = await Body(request);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        buffer.Position = 0;
        SnapshotBatch batch;
        var kind = Path.GetExtension(name).ToUpperInvariant();
        if (kind == ".XLSX" || request.ContentType?.Contains("spreadsheetml", StringComparison.Ordinal) == true)
        {
            batch = SnapshotReader.ReadXlsx(buffer, name, scorer.RuleSet);
        }
        else if (kind == ".CSV" || request.ContentType?.StartsWith("text/csv", StringComparison.Ordinal) == true)
        {
            batch = SnapshotReader.ReadCsv(new StreamReader(buffer, Encoding.UTF8), name, scorer.RuleSet);
        }
        else
        {
            batch = SnapshotReader.ReadJson(new StreamReader(buffer, Encoding.UTF8), name, scorer.RuleSet);
        }

        var cards = rules.ScoreMany(batch.Snapshots, request.HttpContext.RequestAborted);

        // A unit with no total is not ranked, so not written: it is told as a problem instead of vanishing.
        var errors = batch.Errors.Concat(Ranking.Unranked(cards, name)).ToList();
        var ranked = Ranking.Rank(cards);
        var byCard = new Dictionary<Scorecard, RankedScorecard>(ReferenceEqualityComparer.Instance);
        foreach (var row in ranked)
        {
            byCard[row.Card] = row;
        }

        // Input order, as the tool writes it; a unit without a total is not ranked and not written.
        using var json = new StringWriter();
        JsonContract.Write(json, scorer.RuleSet, cards.Where(byCard.ContainsKey).Select(c => byCard[c]), errors: errors, warnings: batch.Warnings);
        response.Headers["X-ParIndex-RuleSet"] = $"{scorer.RuleSet.Id} {scorer.RuleSet.Version} {scorer.RuleSet.ContentHash}";
        if (errors.Count == 0)
        {
            return Results.Content(json.ToString(), "application/json", Encoding.UTF8);
        }

        // RFC 9457: what was wrong, unit and field by unit and field; the good units are still scored, in "result".
        return Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Some units or figures could not be read.",
            detail: $"{errors.Count} input problem(s); every other unit was scored.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { unit = e.UnitId, field = e.Field, line = e.Line, message = e.Message, messageVi = e.MessageIn(Language.Vi) }).ToList(),
                ["result"] = System.Text.Json.JsonDocument.Parse(json.ToString()).RootElement,
            });
    }

    /// <summary>The uploaded file of a multipart form, or the body itself; with a name whose extension says the format.</summary>
    private static async Task<(Stream Content, string Name)> Body(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            if (form.Files.Count > 0)
            {
                return (form.Files[0].OpenReadStream(), form.Files[0].FileName);
            }
        }

        return (request.Body, "request");
    }
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
