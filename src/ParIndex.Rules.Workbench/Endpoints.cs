using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Workbench;

/// <summary>The workbench's routes: pages answer GET, forms POST with an antiforgery token, downloads are made from the season.</summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext c, Workspace w, IAntiforgery a) => Page(c, "/", h => h.Say("workbench.season"), h => Pages.Home(h, w.Season, w.Options.RuleSets, Token(c, a))));
        app.MapGet("/ranking", (HttpContext c, Workspace w, string? type, string? sort) =>
            WithSeason(c, w, "/ranking", h => h.Say("workbench.ranking"), (h, s) => Pages.Ranking(h, s, type, sort)));
        app.MapGet("/problems", (HttpContext c, Workspace w, string? sort) =>
            WithSeason(c, w, "/problems", h => h.Say("workbench.input-problems-heading"), (h, s) => Pages.Problems(h, s, sort)));
        app.MapGet("/units/{id}", (HttpContext c, Workspace w, IAntiforgery a, string id, string? done, string? target) =>
            Unit(c, w, a, id, null, done is null ? null : Say(c, "workbench.the-round-was-recorded-the-ranking"), false,
                target: decimal.TryParse(target?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var goal) ? goal : null));
        app.MapGet("/report", (HttpContext c, Workspace w) => w.Season is { } s ? Results.Content(Report(s, LanguageOf(c)), "text/html; charset=utf-8", Encoding.UTF8) : Results.Redirect("/"));
        app.MapGet("/favicon.ico", () => Results.NoContent()); // the report's page asks for one; the workbench has none
        app.MapPost("/season", Season);
        app.MapPost("/units/{id}/whatif", WhatIf);
        app.MapPost("/units/{id}/appraise", Appraise);
        app.MapGet("/download/{name}", Download);
    }

    private static Language LanguageOf(HttpContext context)
    {
        if (context.Request.Query["lang"] is { Count: 1 } asked && asked[0] is "vi" or "en")
        {
            context.Response.Cookies.Append("parindex-lang", asked[0]!, new CookieOptions { SameSite = SameSiteMode.Strict });
            return asked[0] == "en" ? Language.En : Language.Vi;
        }

        return context.Request.Cookies["parindex-lang"] == "en" ? Language.En : Language.Vi;
    }

    private static string Say(HttpContext context, string key, params object?[] args) => Messages.Tell(key, LanguageOf(context), args);

    private static string Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Html.Token(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Page(HttpContext context, string path, Func<Html, string> title, Action<Html> body, int status = 200)
    {
        var html = new Html(LanguageOf(context));
        body(html);
        return Results.Content(html.Page(title(html), path), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static IResult WithSeason(HttpContext context, Workspace workspace, string path, Func<Html, string> title, Action<Html, Season> body) =>
        workspace.Season is { } season ? Page(context, path, title, h => body(h, season))
            : Results.Redirect("/");

    private static IResult Unit(HttpContext context, Workspace workspace, IAntiforgery antiforgery, string id, WhatIfResult? whatIf, string? message, bool refused, int status = 200, decimal? target = null)
    {
        if (workspace.Season is not { } season)
        {
            return Results.Redirect("/");
        }

        if (season.Scored.Unit(id) is not { } unit)
        {
            return Page(context, "/ranking", h => h.Say("workbench.no-such-unit"), h => h.Add($"<p class=\"refused\">{Html.E(id)}</p>"), 404);
        }

        using var store = workspace.Options.Store is { } path && File.Exists(path) ? ResultStore.Open(path) : null;
        var history = store?.History(id) ?? [];
        return Page(context, "/ranking", _ => $"{unit.Card.UnitName} ({unit.Card.UnitId})", h =>
        {
            UnitPage.Write(h, season, unit, whatIf, message, refused, Token(context, antiforgery), target);
            Pages.History(h, history);
        }, status);
    }

    private static async Task<IResult> Season(HttpContext context, Workspace workspace, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Expired(context);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("parindex-season-").FullName;
        try
        {
            var figures = new List<string>();
            var names = new List<string>();
            foreach (var file in form.Files.GetFiles("figures"))
            {
                figures.Add(await Save(file, folder).ConfigureAwait(false));
                names.Add(Path.GetFileName(file.FileName));
            }

            async Task<string?> One(string field) => form.Files.GetFile(field) is { Length: > 0 } f ? await Save(f, folder).ConfigureAwait(false) : null;
            var (claims, appraisal, previous) = (await One("claims").ConfigureAwait(false), await One("appraisal").ConfigureAwait(false), await One("previous").ConfigureAwait(false));
            var chosen = form["rules"].ToString();
            if (figures.Count == 0 || !workspace.Options.RuleSets.Contains(chosen))
            {
                return Page(context, "/", h => h.Say("workbench.not-read"), h => h.Add($"<p class=\"refused\">{Html.E(h.Say("workbench.choose-at-least-one-figures-file"))}</p>"));
            }

            var asOf = DateOnly.TryParseExact(form["asof"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            var season = Workbench.Season.Read(RuleSets.Load(chosen, asOf), figures, claims, appraisal, previous, names);
            workspace.Change(_ =>
            {
                Record(workspace, season);
                return (season, true);
            });
            return Results.Redirect("/", preserveMethod: false);
        }
        catch (Exception e) when (e is RuleSetLoadException or NotSupportedException or InvalidDataException or StoreException or ArgumentException)
        {
            var message = e is StoreException store ? store.MessageIn(LanguageOf(context)) : e.Message;
            return Page(context, "/", h => h.Say("workbench.not-read"), h => h.Add($"<pre class=\"refused\">{Html.E(message)}</pre>"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A form without this browser's antiforgery token: sent from another site, or from a page of an earlier run.</summary>
    private static IResult Expired(HttpContext context) => Page(context, "/", h => h.Say("workbench.form-not-accepted"),
        h => h.Add($"<p class=\"refused\">{Html.E(h.Say("workbench.the-form-does-not-carry-this"))}</p>"), 400);

    /// <summary>
    /// An upload saved in a folder of the workbench's own under the name the browser sent, made safe: no folder, no
    /// character a file system or a terminal would act on, at most 100 characters. The name is kept because every
    /// problem, table and recorded run names its file, and an analyst knows the file by the name it was sent with.
    /// </summary>
    private static async Task<string> Save(IFormFile file, string folder)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".json" or ".csv" or ".xlsx"))
        {
            throw new NotSupportedException($"'{Path.GetFileName(file.FileName)}': give a .xlsx, .csv or .json file.");
        }

        var own = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(own, SafeName(file.FileName, extension));
        await using var target = File.Create(path);
        await file.CopyToAsync(target).ConfigureAwait(false);
        return path;
    }

    /// <summary>The file's own name, its folder (either slash) dropped, each character outside letters, digits, space, '.', '-' and '_' made '_'.</summary>
    internal static string SafeName(string sent, string extension)
    {
        var name = Path.GetFileNameWithoutExtension(sent.Replace('\\', '/').Split('/')[^1]);
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' ? c : '_')]).Trim(' ', '.');
        safe = safe.Length == 0 ? "tep" : safe[..Math.Min(safe.Length, 100)].TrimEnd(' ', '.');

        // Windows keeps these names for devices, whatever the extension: an analyst's machine could not open the file.
        return (ReservedOnWindows.Contains(safe.Split('.')[0]) ? safe + "_" : safe) + extension;
    }

    private static readonly HashSet<string> ReservedOnWindows = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(1, 9).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })], StringComparer.OrdinalIgnoreCase);

    private static void Record(Workspace workspace, Season season)
    {
        if (workspace.Options.Store is { } path)
        {
            using var store = ResultStore.Open(path);
            season.Record(store, Environment.UserName, DateTimeOffset.Now);
        }
    }

    private static async Task<IResult> WhatIf(HttpContext context, Workspace workspace, IAntiforgery antiforgery, string id)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Expired(context);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        if (workspace.Season is not { } season || season.Batch.Snapshots.FirstOrDefault(u => u.Id == id) is not { } unit)
        {
            return Results.Redirect("/");
        }

        var key = form["key"].ToString();
        var text = form["value"].ToString().Trim();
        IndicatorValue? value = ParIndex.Rules.Texts.ReadYesNo(text, marks: false) is { } yes ? IndicatorValue.FromBoolean(yes)
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? IndicatorValue.FromNumber(number) : null;
        if (value is null || !season.RuleSet.IndicatorsByKey.ContainsKey(key))
        {
            return Unit(context, workspace, antiforgery, id, null, Say(context, "workbench.is-not-a-number-written-with", text), true);
        }

        var result = Recovery.WhatIf(season.Scorer, [.. season.Scored.Units.Select(u => u.Card)], unit, new Dictionary<string, IndicatorValue> { [key] = value.Value });
        return Unit(context, workspace, antiforgery, id, result, null, false);
    }

    private static async Task<IResult> Appraise(HttpContext context, Workspace workspace, IAntiforgery antiforgery, string id)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Expired(context);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        if (workspace.Season is not { } season)
        {
            return Results.Redirect("/");
        }

        // Points as an appraiser types them: 1.5 or 1,5; never a thousands separator (no criterion is worth 1,000).
        var text = form["points"].ToString().Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points))
        {
            return Unit(context, workspace, antiforgery, id, null, Say(context, "workbench.is-not-a-number-of-points", form["points"].ToString()), true);
        }

        // Applied to the season as it stands when the change runs, recorded before it is shown.
        LocalizedText? refused;
        try
        {
            refused = workspace.Change(current =>
            {
                var (changed, why) = (current ?? season).Appraise(id, form["criterion"].ToString(), points, form["reason"].ToString(), form["by"].ToString());
                if (changed is not null)
                {
                    Record(workspace, changed);
                }

                return (changed, why);
            });
        }
        catch (StoreException e)
        {
            refused = new LocalizedText(e.MessageIn(Language.Vi), e.MessageIn(Language.En));
        }

        return refused is not null
            ? Unit(context, workspace, antiforgery, id, null, refused.In(LanguageOf(context)), true)
            : Results.Redirect($"/units/{Uri.EscapeDataString(id)}?done=1");
    }

    /// <summary>The district report (summary, charts, ranking, a page per unit): shown in the browser at /report, and downloaded to print or hand on.</summary>
    private static string Report(Season season, Language language)
    {
        var report = new StringWriter(CultureInfo.InvariantCulture);
        ParIndex.Rules.Reports.HtmlReport.Write(report, season.Scored, language);
        return report.ToString();
    }

    private static IResult Download(HttpContext context, Workspace workspace, string name)
    {
        if (workspace.Season is not { } season)
        {
            return Results.Redirect("/");
        }

        var language = LanguageOf(context);
        switch (name)
        {
            case "ket-qua.xlsx":
                var workbook = new MemoryStream();
                WorkbookReport.Write(workbook, season.Scored, language);
                workbook.Position = 0;
                return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            case "bao-cao.html":
                return Results.File(Encoding.UTF8.GetBytes(Report(season, language)), "text/html; charset=utf-8", name);
            case "loi-dau-vao.csv":
                var csv = new StringBuilder("\uFEFFfile;line;column;unit;field;message\n");
                foreach (var p in season.Problems)
                {
                    csv.AppendJoin(';', new[] { Path.GetFileName(p.Source), p.Line.ToString(CultureInfo.InvariantCulture), p.Column.ToString(CultureInfo.InvariantCulture), p.UnitId ?? string.Empty, p.Field ?? string.Empty, p.MessageIn(language) }
                        .Select(f => "\"" + CsvFormula.Guard(f).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
                }

                return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
            case "ke-hoach.zip":
                return Results.File(Downloads.Plans(season, language), "application/zip", name);
            case "so-sanh.html" when context.Request.Query["against"].ToString() is var against && workspace.Options.RuleSets.Contains(against):
                return Results.File(Encoding.UTF8.GetBytes(Downloads.Diff(season, RuleSets.Load(against), language)), "text/html; charset=utf-8", name);
            default:
                return Results.NotFound();
        }
    }
}
