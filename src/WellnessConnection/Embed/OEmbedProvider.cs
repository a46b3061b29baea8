using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.WebUtilities;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>
/// <c>/oembed?url=…</c>: turns the URL of a listing page (<c>/embed/sessions?…</c> on this server) into the iframe a
/// CMS such as WordPress puts in a post. JSON only; other formats get 501, other URLs 404, as oEmbed asks.
/// </summary>
public static class OEmbedProvider
{
    public const int DefaultWidth = 600;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Served as application/json, never inside HTML: the iframe markup can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Respond(HttpContext context, FeedLinks links)
    {
        var query = context.Request.Query;
        var format = query["format"].ToString();
        if (format.Length > 0 && format != "json")
        {
            return Results.Problem(
                detail: $"Format \"{format}\" is not supported; use \"json\".",
                statusCode: StatusCodes.Status501NotImplemented
            );
        }

        if (!TryReadListing(query["url"].ToString(), links, out var options, out var error))
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status404NotFound);
        }

        var text = EmbedText.For(options.Language);
        var width = Bound(DefaultWidth, query["maxwidth"]);
        var height = Bound(options.FrameHeight, query["maxheight"]);
        var src = links.With(EmbedEndpoints.PagePath, options.ToQueryString()).AbsoluteUri;
        var html = string.Create(
            CultureInfo.InvariantCulture,
            $"<iframe src=\"{Html.Encode(src)}\" title=\"{Html.Encode(text.PageTitle)}\" width=\"{width}\" "
                + $"height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>"
        );
        context.Response.Headers.CacheControl = ConditionalResponse.CacheControl;
        return Results.Json(
            new OEmbedResponse
            {
                Title = text.PageTitle,
                ProviderUrl = links.Origin + "/",
                Html = html,
                Width = width,
                Height = height,
            },
            Json,
            "application/json; charset=utf-8"
        );
    }

    private static bool TryReadListing(string url, FeedLinks links, out EmbedOptions options, out string? error)
    {
        options = new EmbedOptions { Filter = new SessionFilter() };
        if (
            !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        )
        {
            error = "\"url\" must be the full address of a listing, e.g. https://…/embed/sessions?topic=sleep.";
            return false;
        }

        var page = links.With(EmbedEndpoints.PagePath, "");
        if (
            !string.Equals(uri.Authority, page.Authority, StringComparison.OrdinalIgnoreCase)
            || uri.AbsolutePath != page.AbsolutePath
        )
        {
            error = $"This server embeds only its own listings, {page.AbsoluteUri}?….";
            return false;
        }

        return EmbedOptions.TryParse(new QueryCollection(QueryHelpers.ParseQuery(uri.Query)), out options, out error);
    }

    private static int Bound(int value, string? max) =>
        int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0
            ? Math.Min(value, limit)
            : value;
}
