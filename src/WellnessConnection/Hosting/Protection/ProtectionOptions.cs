using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Limits on what one GraphQL request may ask (section <c>Protection</c>). The defaults leave room for every query
/// of the README and the trusted documents, and for a GraphQL IDE's introspection query.
/// </summary>
public sealed class ProtectionOptions
{
    public const string Section = "Protection";

    /// <summary>The largest POST body, in bytes (413 beyond). Default 64 KiB.</summary>
    [Range(1024L, 64L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>The largest document, in UTF-8 bytes. Default 32 KiB.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>The most lexical tokens in a document (names, punctuation, values). Default 4,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxDocumentTokens { get; set; } = 4000;

    /// <summary>The most fields in a document, as written (fragments counted once). Default 300.</summary>
    [Range(1, 100_000)]
    public int MaxFields { get; set; } = 300;

    /// <summary>
    /// The most fields in a document once its fragment spreads are expanded (each spread counts its fragment's
    /// fields again). Default 2,000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxExpandedFields { get; set; } = 2000;

    /// <summary>The most fragment spreads and inline fragments (<c>...</c>) in a document. Default 50.</summary>
    [Range(0, 10_000)]
    public int MaxFragments { get; set; } = 50;

    /// <summary>The deepest nesting of fields (<c>{ a { b } }</c> is 2). Default 15 (a GraphQL IDE's introspection
    /// query needs 14).</summary>
    [Range(1, 1_000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The most work a query may ask, by GraphQL.NET's complexity analyzer: one per field, times the page sizes
    /// (<c>first</c>/<c>last</c>, else 20) of the lists it is in. Default 20,000.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>The most aliases in a document. Default 30.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Execution is cancelled after this long (zero: no limit). Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Answer <c>__schema</c> and <c>__type</c>. Default true: front-end tooling and the HTTP audit use
    /// them.</summary>
    public bool IntrospectionEnabled { get; set; } = true;
}
