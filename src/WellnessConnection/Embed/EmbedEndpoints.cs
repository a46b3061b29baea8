using System.Net;
using WellnessConnection.Embed.Assets;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>
/// What partner sites embed: the iframe page <c>/embed/sessions</c>, the script <c>/embed/v1/sessions.js</c> (and the
/// files it and the page use) and <c>/oembed</c>. The page reads the index through the request's
/// <see cref="PublishedContent"/>; the script reads the public GraphQL API from the browser.
/// </summary>
public static class EmbedEndpoints
{
    public const string PagePath = "/embed/sessions";
    public const string OEmbedPath = "/oembed";

    /// <summary>
    /// The page's own policy (the security headers leave <c>/embed</c> to it): its stylesheet and optional script from
    /// here, nothing else, no inline script; any site may frame it.
    /// </summary>
    public const string PageContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors *";

    /// <summary>The embed files change only with a new build; an hour, then a revalidation by <c>ETag</c>.</summary>
    public const string AssetCacheControl = "public, max-age=3600";

    /// <summary>Nothing to register: the page reads the request's <see cref="PublishedContent"/>.</summary>
    public static IServiceCollection AddEmbed(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapEmbed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PagePath, ReadMethods.GetAndHead, PageAsync).WithDisplayName("Embed page");
        endpoints.MapMethods(OEmbedPath, ReadMethods.GetAndHead, OEmbedProvider.Respond).WithDisplayName("oEmbed");
        foreach (var asset in EmbedAssets.All)
        {
            endpoints
                .MapMethods(asset.Path, ReadMethods.GetAndHead, (HttpContext context) => Asset(context, asset))
                .WithDisplayName("Embed " + asset.Path);
        }

        return endpoints;
    }

    private static async Task<IResult> PageAsync(HttpContext context, PublishedContent request, FeedLinks links)
    {
        if (!EmbedOptions.TryParse(context.Request.Query, out var options, out var error))
        {
            context.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
            return Results.Content(
                $"<!DOCTYPE html>\n<html lang=\"en\">\n<meta charset=\"utf-8\">\n<title>Bad "
                    + $"request</title>\n<p>{WebUtility.HtmlEncode(error)}</p>\n</html>\n",
                "text/html; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest
            );
        }

        var sessions = await new SessionListReader(request).ListAsync(
            options.Filter,
            request.Now,
            options.Limit,
            context.RequestAborted
        );
        var etag = ConditionalResponse.ETagOf([
            request.ContentVersion,
            request.IsPreview ? "preview" : "published",
            "embed",
            options.ToQueryString(),
            .. sessions.Select(s => s.Slug),
        ]);
        context.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        return await ConditionalResponse.RespondAsync(context, etag, "text/html; charset=utf-8", () =>
            EmbedPageRenderer.RenderAsync(sessions, options, links, context.Request.PathBase)
        );
    }

    private static IResult Asset(HttpContext context, EmbedAsset asset)
    {
        // Partner pages on any origin load these files.
        context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        context.Response.Headers.AccessControlAllowOrigin = "*";
        return ConditionalResponse.Respond(context, asset.ETag, asset.ContentType, asset.Bytes, AssetCacheControl);
    }
}
