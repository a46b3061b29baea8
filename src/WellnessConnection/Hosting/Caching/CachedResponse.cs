using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// A successful response: its JSON, when it was made, and its entity tags, made once per media type rather than
/// at each request that is answered with it.
/// </summary>
public sealed class CachedResponse
{
    private readonly string key;
    private readonly string bodyHash;
    private (string MediaType, string Tag)? first;
    private (string MediaType, string Tag)? second;

    public CachedResponse(
        ReadOnlyMemory<byte> body,
        string contentVersion,
        string key,
        Freshness freshness,
        DateTimeOffset storedAt,
        IReadOnlyList<string> surrogateKeys
    )
        : this(
            body,
            Convert.ToHexStringLower(SHA256.HashData(body.Span)),
            contentVersion,
            key,
            freshness,
            storedAt,
            surrogateKeys
        ) { }

    private CachedResponse(
        ReadOnlyMemory<byte> body,
        string bodyHash,
        string contentVersion,
        string key,
        Freshness freshness,
        DateTimeOffset storedAt,
        IReadOnlyList<string> surrogateKeys
    )
    {
        Body = body;
        this.bodyHash = bodyHash;
        ContentVersion = contentVersion;
        this.key = key;
        Freshness = freshness;
        StoredAt = storedAt;
        SurrogateKeys = surrogateKeys;
    }

    public ReadOnlyMemory<byte> Body { get; }

    public Freshness Freshness { get; }

    /// <summary>The public content version the body was computed from.</summary>
    public string ContentVersion { get; }

    public DateTimeOffset StoredAt { get; }

    /// <summary>The documents the body shows, as its <c>Surrogate-Key</c> header names them.</summary>
    public IReadOnlyList<string> SurrogateKeys { get; }

    /// <summary>
    /// This response with a body that holds no more memory than its bytes, to be kept: a body is written into a buffer
    /// sized from the response before it, and a small body in the buffer of a large one would hold the whole buffer
    /// while the cache counted only its bytes.
    /// </summary>
    public CachedResponse Compact() =>
        MemoryMarshal.TryGetArray(Body, out var bytes) && bytes.Count == bytes.Array!.Length
            ? this
            : new CachedResponse(Body.ToArray(), bodyHash, ContentVersion, key, Freshness, StoredAt, SurrogateKeys);

    public TimeSpan AgeAt(DateTimeOffset now) => now - StoredAt;

    public bool IsFreshAt(DateTimeOffset now) => AgeAt(now) < Freshness.MaxAge;

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
