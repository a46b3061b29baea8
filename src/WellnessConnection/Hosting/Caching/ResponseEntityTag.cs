using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// The <c>ETag</c> of a response: <c>W/"&lt;content version&gt;-&lt;hash&gt;"</c>, the hash covering the request's
/// identity (<see cref="ResponseCacheKey"/>), the media type and the body. The body is in it because some answers
/// change with time alone (<c>upcomingSessions</c>, <c>isPast</c>) while the content version stays the same.
/// Weak: the same JSON may be sent compressed or not.
/// </summary>
public static class ResponseEntityTag
{
    public static string For(string contentVersion, string key, string mediaType, string bodyHash)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', key, mediaType, bodyHash)));
        return $"W/\"{contentVersion}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\"";
    }

    /// <summary>Whether <c>If-None-Match</c> names this tag (weak comparison, RFC 9110 §13.1.2) or is <c>*</c>.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
