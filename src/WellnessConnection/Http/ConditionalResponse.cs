using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Http;

/// <summary>
/// How every response is made conditional: its <c>ETag</c> and <c>Cache-Control</c>, <c>304 Not Modified</c> when
/// <c>If-None-Match</c> names the tag, and HEAD without a body. Feeds and the embed tag what they compute with weak
/// tags (two responses with one tag may differ in their generation time, <c>DTSTAMP</c>, not in meaning); GraphQL's
/// responses and the embed's files bring their own tags and use <see cref="Matches"/> and <see
/// cref="Respond(HttpContext, string, string, byte[], string)"/>.
/// </summary>
public static class ConditionalResponse
{
    /// <summary>Five minutes: a cancellation reaches a client at most this long after the server has it.</summary>
    public const string CacheControl = "public, max-age=300";

    // A new build may write the same content differently; its responses get new tags.
    private static readonly string BuildId =
        typeof(ConditionalResponse).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A tag that changes when any of <paramref name="parts"/> (content version, filters, the items shown...)
    /// does.</summary>
    public static string ETagOf(IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts.Prepend(BuildId))));
        return $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>Sets the caching headers; a 304 result when the client already has this tag, else the body.</summary>
    public static IResult Respond(
        HttpContext context,
        string etag,
        string contentType,
        Func<string> body,
        string cacheControl = CacheControl
    ) =>
        Answered(context, etag, contentType, cacheControl, contentLength: null)
        ?? Results.Text(body(), contentType, Encoding.UTF8);

    /// <summary>The same for a body computed asynchronously, only when it is sent.</summary>
    public static async Task<IResult> RespondAsync(
        HttpContext context,
        string etag,
        string contentType,
        Func<Task<string>> body,
        string cacheControl = CacheControl
    ) =>
        Answered(context, etag, contentType, cacheControl, contentLength: null)
        ?? Results.Text(await body(), contentType, Encoding.UTF8);

    /// <summary>The same for a body already in memory, whose length a HEAD answer can give.</summary>
    public static IResult Respond(
        HttpContext context,
        string etag,
        string contentType,
        byte[] body,
        string cacheControl
    ) => Answered(context, etag, contentType, cacheControl, body.Length) ?? Results.Bytes(body, contentType);

    /// <summary>Whether <c>If-None-Match</c> names this tag (weak comparison, RFC 9110 §13.1.2) or is
    /// <c>*</c>.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }

    /// <summary>Sets the caching headers, and answers when no body is to be sent: 304, or HEAD. Null: send the
    /// body.</summary>
    private static IResult? Answered(
        HttpContext context,
        string etag,
        string contentType,
        string cacheControl,
        long? contentLength
    )
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            // The headers a GET would have, without computing a body nobody reads.
            context.Response.ContentType = contentType;
            context.Response.ContentLength = contentLength;
            return Results.Empty;
        }

        return null;
    }
}
