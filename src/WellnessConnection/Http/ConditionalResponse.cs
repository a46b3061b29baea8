using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Http;

/// <summary>
/// Weak <c>ETag</c>s and <c>304 Not Modified</c> for responses computed from the index. Weak, because two responses
/// with the same tag differ in their generation time (<c>DTSTAMP</c>) but not in meaning.
/// </summary>
public static class ConditionalResponse
{
    /// <summary>Five minutes: a cancellation reaches a client at most this long after the server has it.</summary>
    public const string CacheControl = "public, max-age=300";

    // A new build may write the same content differently; its responses get new tags.
    private static readonly string BuildId = typeof(ConditionalResponse).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A tag that changes when any of <paramref name="parts"/> (content version, filters, the items shown...) does.</summary>
    public static string ETagOf(IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts.Prepend(BuildId))));
        return $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>Sets the caching headers; a 304 result when the client already has this tag, else the body.</summary>
    public static IResult Respond(HttpContext context, string etag, string contentType, Func<string> body, string cacheControl = CacheControl)
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
            return Results.Empty;
        }

        return Results.Text(body(), contentType, Encoding.UTF8);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        // If-None-Match compares weakly (RFC 9110, 13.1.2).
        return tags.Any(t => t.Tag == "*" || t.Compare(ours, useStrongComparison: false));
    }
}
