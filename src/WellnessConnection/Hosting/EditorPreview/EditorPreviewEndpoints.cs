using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WellnessConnection.Hosting.EditorPreview.Pages;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The editor preview, the <c>hugo server</c> of this site: <c>/preview</c> lists every document with the content's
/// problems, <c>/preview/&lt;folder&gt;/&lt;slug&gt;</c> shows one as a reader would, and <c>/preview/events</c>
/// (server-sent events) tells the open pages to reload after each load of the folder. Mapped only when
/// <c>EditorPreview:Enabled</c>; never stored by a cache.
/// </summary>
public static class EditorPreviewEndpoints
{
    public const string PathPrefix = "/preview";

    // The pages' own policy: their script and stylesheet from here, images of the body from https, nothing else.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IServiceCollection AddEditorPreview(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        services.AddCheckedSettings<EditorPreviewOptions>(configuration, EditorPreviewOptions.Section);
        services.PostConfigure<EditorPreviewOptions>(o => o.IsProduction = environment.IsProduction());
        return services;
    }

    public static void MapEditorPreview(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<EditorPreviewOptions>>().Value.Enabled)
        {
            return;
        }

        app.MapGet(PathPrefix, ListAsync);
        app.MapGet(PathPrefix + "/events", EventsAsync);
        app.MapGet(PathPrefix + "/reload.js", (HttpContext context) => Asset(context, "reload.js", "text/javascript"));
        app.MapGet(PathPrefix + "/preview.css", (HttpContext context) => Asset(context, "preview.css", "text/css"));
        app.MapGet(PathPrefix + "/{folder}/{slug}", DocumentAsync);
    }

    private static async Task ListAsync(HttpContext context, IndexStore store, TimeProvider time, LatestLoad latest)
    {
        using var content = new PublishedContent(store, time, PreviewContext.Preview);
        var documents = await new PreviewReader(content).ListAsync(Locale(context), context.RequestAborted);
        await PageAsync<PreviewListPage>(
            context,
            StatusCodes.Status200OK,
            new Dictionary<string, object?>
            {
                [nameof(PreviewListPage.Documents)] = documents,
                [nameof(PreviewListPage.Outcome)] = latest.Current,
            }
        );
    }

    private static async Task DocumentAsync(
        HttpContext context,
        string folder,
        string slug,
        IndexStore store,
        TimeProvider time,
        LatestLoad latest
    )
    {
        using var content = new PublishedContent(store, time, PreviewContext.Preview);
        var locale = Locale(context);
        var document = await new PreviewReader(content).FindAsync(folder, slug, locale, context.RequestAborted);
        if (document is null)
        {
            await PageAsync<PreviewListPage>(
                context,
                StatusCodes.Status404NotFound,
                new Dictionary<string, object?>
                {
                    [nameof(PreviewListPage.Documents)] = await new PreviewReader(content).ListAsync(
                        locale,
                        context.RequestAborted
                    ),
                    [nameof(PreviewListPage.Outcome)] = latest.Current,
                }
            );
            return;
        }

        await PageAsync<PreviewDocumentPage>(
            context,
            StatusCodes.Status200OK,
            new Dictionary<string, object?>
            {
                [nameof(PreviewDocumentPage.Document)] = document,
                [nameof(PreviewDocumentPage.Outcome)] = latest.Current,
                [nameof(PreviewDocumentPage.Language)] = locale,
            }
        );
    }

    /// <summary>
    /// One event per load of the content folder after <c>after</c> (the generation the page was made from), until the
    /// page goes away: <c>event: load</c> with the generation, whether it was published, and the source version.
    /// </summary>
    private static async Task EventsAsync(HttpContext context, LatestLoad latest)
    {
        var seen = long.TryParse(
            context.Request.Query["after"],
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var after
        )
            ? after
            : latest.Current.Generation;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await latest.WaitForLoadAfterAsync(seen, context.RequestAborted);
                var outcome = latest.Current;
                seen = outcome.Generation;
                var data = JsonSerializer.Serialize(
                    new
                    {
                        generation = outcome.Generation,
                        succeeded = outcome.Succeeded,
                        version = outcome.Version,
                    }
                );
                await context.Response.WriteAsync($"event: load\ndata: {data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The page was closed or reloaded.
        }
    }

    private static async Task PageAsync<TPage>(HttpContext context, int status, Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var html = await PreviewPageRenderer.RenderAsync<TPage>(parameters);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static async Task Asset(HttpContext context, string name, string contentType)
    {
        await using var stream = typeof(EditorPreviewEndpoints).Assembly.GetManifestResourceStream(
            $"Hosting/EditorPreview/Assets/{name}"
        )!;
        context.Response.ContentType = contentType + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static string Locale(HttpContext context) => context.Request.Query["locale"] == "fr" ? "fr" : "en";
}
