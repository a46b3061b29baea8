using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>Trusted documents and automatic persisted queries (section <c>PersistedQueries</c> of the
/// configuration).</summary>
public sealed class PersistedQueriesOptions
{
    public const string Section = "PersistedQueries";

    /// <summary>
    /// The folder of trusted documents shipped with the app (<c>manifest.json</c> and its <c>.graphql</c> files);
    /// relative paths are from the working folder. Default <c>persisted</c>.
    /// </summary>
    [Required]
    public string Directory { get; set; } = "persisted";

    /// <summary>Run only trusted documents (<c>documentId</c>): any <c>query</c> text is refused. Default
    /// false.</summary>
    public bool TrustedOnly { get; set; }

    /// <summary>Accept Apollo's automatic persisted queries (<c>extensions.persistedQuery</c>). Default true.</summary>
    public bool Automatic { get; set; } = true;

    /// <summary>Memory for the automatic persisted queries of this instance, in bytes; least recently used go first.
    /// Default 8 MiB.</summary>
    [Range(0L, 1L << 32)]
    public long AutomaticCacheBytes { get; set; } = 8 * 1024 * 1024;
}
