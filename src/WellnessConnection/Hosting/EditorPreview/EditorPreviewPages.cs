using WellnessConnection.Content.Schema;
using WellnessConnection.Hosting.EditorPreview.Pages;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The preview's pages: <c>/preview</c>, every document and every problem, and
/// <c>/preview/&lt;type&gt;/&lt;slug&gt;</c>, one document. Both read the index as a preview request does
/// (<see cref="PreviewContext.Preview"/>), so drafts and scheduled sessions are there by the one visibility rule;
/// their responses are <c>no-store</c>.
/// </summary>
public static class EditorPreviewPages
{
    /// <summary>Scripts, styles and the event stream from this server only; images wherever the body links
    /// them.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https: http:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static async Task<IResult> ListAsync(
        HttpContext context,
        IndexStore store,
        TimeProvider time,
        LoadReports reports,
        ServedVersion served
    )
    {
        var report = reports.Latest;
        using var content = new PublishedContent(store, time, PreviewContext.Preview, served);
        var groups = await new DocumentListReader(content).ReadAsync(context.RequestAborted);
        return await PageAsync<DocumentListPage>(
            context,
            StatusCodes.Status200OK,
            Frame(context, report, content),
            new() { [nameof(DocumentListPage.Groups)] = groups }
        );
    }

    public static async Task<IResult> DocumentAsync(
        HttpContext context,
        string type,
        string slug,
        IndexStore store,
        TimeProvider time,
        LoadReports reports,
        ServedVersion served
    )
    {
        var report = reports.Latest;
        using var content = new PublishedContent(store, time, PreviewContext.Preview, served);
        var page = Frame(context, report, content);
        var schema = ContentSchemas.Documents.FirstOrDefault(d => d.Folder == type);
        if (schema is null)
        {
            var folders = string.Join(", ", ContentSchemas.Documents.Select(d => d.Folder));
            return await MissingAsync(context, page, null, $"There is no content folder \"{type}\": use {folders}.");
        }

        if (!PreviewLocales.TryParse(context.Request.Query["locale"], out var locale))
        {
            return await MissingAsync(context, page, null, "The locale is \"en\" (the default) or \"fr\".");
        }

        var document = await new PreviewDocumentReader(content).ReadAsync(schema, slug, locale, context.RequestAborted);
        if (document is null)
        {
            return await MissingAsync(
                context,
                page,
                schema.Folder,
                $"The index has no document \"{slug}\" in {schema.Folder}/: check the file name, or fix the file's "
                    + "errors below (a file with errors is not loaded)."
            );
        }

        return await PageAsync<DocumentPage>(
            context,
            StatusCodes.Status200OK,
            page,
            new() { [nameof(DocumentPage.Document)] = document }
        );
    }

    private static PreviewPageContext Frame(HttpContext context, LoadReport? report, PublishedContent content) =>
        new(report, context.Request.PathBase, content.Now);

    private static Task<IResult> MissingAsync(
        HttpContext context,
        PreviewPageContext page,
        string? folder,
        string message
    ) =>
        PageAsync<MissingDocumentPage>(
            context,
            StatusCodes.Status404NotFound,
            page,
            new()
            {
                [nameof(MissingDocumentPage.Heading)] = "Not found",
                [nameof(MissingDocumentPage.Message)] = message,
                [nameof(MissingDocumentPage.Folder)] = folder,
            }
        );

    private static async Task<IResult> PageAsync<TPage>(
        HttpContext context,
        int status,
        PreviewPageContext page,
        Dictionary<string, object?> parameters
    )
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        parameters["Page"] = page;
        var html = await EditorPreviewRenderer.RenderAsync<TPage>(parameters);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
