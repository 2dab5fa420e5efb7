using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ParIndex.Rules.Workbench;

/// <summary>How <c>parindex serve</c> runs the workbench.</summary>
/// <param name="Host">The address to listen on; loopback unless told.</param>
/// <param name="Port">The port; 0 takes a free one.</param>
/// <param name="Store">The store of records every scoring and appraisal is written to, or null to keep none.</param>
/// <param name="Token">The token a browser must bring (once, as <c>?token=</c>) when the workbench listens beyond loopback.</param>
/// <param name="RuleSets">The rule sets offered: bundled ids, folders or workbooks.</param>
public sealed record WorkbenchOptions(string Host, int Port, string? Store, string? Token, IReadOnlyList<string> RuleSets);

/// <summary>The analyst's workbench: a local web application over the library and the store of records.</summary>
public static class WorkbenchServer
{
    /// <summary>The largest upload read: a province's workbooks are a few megabytes.</summary>
    public const long MaxUpload = 64L * 1024 * 1024;

    /// <summary>Starts the workbench; dispose the result to stop it.</summary>
    /// <param name="options">Where it listens and what it keeps.</param>
    /// <returns>The running application and the address it listens on.</returns>
    /// <exception cref="ArgumentException">It would listen beyond loopback without a token.</exception>
    public static async Task<(IAsyncDisposable App, Uri Address)> StartAsync(WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loopback = options.Host is "localhost" || (IPAddress.TryParse(options.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback && string.IsNullOrEmpty(options.Token))
        {
            throw new ArgumentException($"The workbench listens on {options.Host}, beyond this machine: give --token so only those who have it can open it.", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(options.Host == "localhost" ? "127.0.0.1" : options.Host)}:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxUpload);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = MaxUpload);
        builder.Services.AddAntiforgery(a => a.Cookie.Name = "parindex-antiforgery");
        builder.Services.AddSingleton(new Workspace(options));
        var app = builder.Build();
        if (!loopback)
        {
            app.Use((context, next) => Guard(context, next, options.Token!));
        }

        Endpoints.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    /// <summary>Beyond loopback, every request brings the token: once in the address, then in a cookie the browser keeps.</summary>
    private static Task Guard(HttpContext context, RequestDelegate next, string token)
    {
        if (context.Request.Query["token"] == token)
        {
            context.Response.Cookies.Append("parindex-token", token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict });
            return next(context);
        }

        if (context.Request.Cookies["parindex-token"] == token)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsync("Open the address with ?token=… as parindex serve printed it.");
    }
}

/// <summary>The season the workbench holds, one at a time; a change replaces it whole.</summary>
internal sealed class Workspace(WorkbenchOptions options)
{
    private readonly Lock _gate = new();
    private Season? _season;

    public WorkbenchOptions Options { get; } = options;

    /// <summary>
    /// Changes the season one at a time: two appraisals sent at once are both applied, each to the season the other
    /// left, and recorded in that order (a change read from a stale season would undo the other in silence).
    /// </summary>
    public T Change<T>(Func<Season?, (Season? Next, T Result)> change)
    {
        lock (_writing)
        {
            var (next, result) = change(Season);
            if (next is not null)
            {
                Season = next;
            }

            return result;
        }
    }

    private readonly Lock _writing = new();

    public Season? Season
    {
        get
        {
            lock (_gate)
            {
                return _season;
            }
        }

        set
        {
            lock (_gate)
            {
                _season = value;
            }
        }
    }
}
