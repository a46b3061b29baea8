using System.Globalization;
using System.IO.Hashing;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// A successful response: its JSON, when it was made, and its entity tags, made once per media type rather than
/// at each request that is answered with it.
/// </summary>
public sealed class CachedResponse(
    ReadOnlyMemory<byte> body,
    string contentVersion,
    string key,
    Freshness freshness,
    DateTimeOffset storedAt,
    IReadOnlyList<string> surrogateKeys
)
{
    private static long made;

    /// <summary>
    /// The body's part in its entity tags (<see cref="ResponseEntityTag"/>), which already name the request, the
    /// content version and the media type: it tells apart the bodies of one request on one version, which differ by
    /// the clock alone (<c>isPast</c>, <c>upcomingSessions</c>). Nobody chooses those, so a 128-bit hash that is fast
    /// rather than cryptographic does: SHA-256 took 10 µs of a 17 KB listing, about a twentieth of its CPU.
    /// </summary>
    private readonly string bodyHash = Convert.ToHexStringLower(XxHash128.Hash(body.Span));
    private (string MediaType, string Tag)? first;
    private (string MediaType, string Tag)? second;

    /// <summary>Tells this response from another kept under the same key, later.</summary>
    public long Id { get; } = Interlocked.Increment(ref made);

    public ReadOnlyMemory<byte> Body { get; } = body;

    public Freshness Freshness { get; } = freshness;

    /// <summary>The public content version the body was computed from.</summary>
    public string ContentVersion { get; } = contentVersion;

    public DateTimeOffset StoredAt { get; } = storedAt;

    /// <summary>The documents the body shows, as its <c>Surrogate-Key</c> header names them.</summary>
    public IReadOnlyList<string> SurrogateKeys { get; } = surrogateKeys;

    public TimeSpan AgeAt(DateTimeOffset now) => now - StoredAt;

    public bool IsFreshAt(DateTimeOffset now) => AgeAt(now) < Freshness.MaxAge;

    /// <summary>
    /// The <c>Age</c> header of this response sent at <paramref name="now"/>: downstream caches count its freshness
    /// from when it was made, not from when it was sent. None in its first second.
    /// </summary>
    public string? AgeHeaderAt(DateTimeOffset now) =>
        (int)AgeAt(now).TotalSeconds is var age and > 0 ? age.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The <c>ETag</c> of this body in <paramref name="mediaType"/> (<see
    /// cref="ResponseEntityTag"/>).</summary>
    public string EntityTagFor(string mediaType)
    {
        // Two media types are negotiated (GraphQLHttpMediaTypes); a race only computes the same tag twice.
        if (first is { } a && a.MediaType == mediaType)
        {
            return a.Tag;
        }

        if (second is { } b && b.MediaType == mediaType)
        {
            return b.Tag;
        }

        var tag = ResponseEntityTag.For(ContentVersion, key, mediaType, bodyHash);
        if (first is null)
        {
            first = (mediaType, tag);
        }
        else
        {
            second = (mediaType, tag);
        }

        return tag;
    }
}
