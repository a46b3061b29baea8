using System.Security.Cryptography;
using System.Text;

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
}
