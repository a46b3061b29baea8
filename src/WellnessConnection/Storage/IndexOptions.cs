using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Storage;

/// <summary>Where indexes are built (section <c>Index</c> of the configuration).</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>Keep the index in memory instead of a file (tests; small content).</summary>
    public bool InMemory { get; set; }

    /// <summary>Folder of the index files; relative paths are under the app's working folder. Default
    /// <c>data/index</c>.</summary>
    [Required]
    public string Directory { get; set; } = Path.Combine("data", "index");

    /// <summary>Keep what requests read from an index (relations, bodies, listings, search hits) for the later
    /// requests on the same index. Off only to measure the engine without it, or to save its memory.</summary>
    public bool Memo { get; set; } = true;

    /// <summary>
    /// The memo's budget, in bytes, per index (the one in service; a replaced one's goes with it). Its entries are
    /// sized by estimates, so the memory it holds is about this. Default 32 MB.
    /// </summary>
    [Range(1L << 20, 1L << 40)]
    public long MemoSizeLimitBytes { get; set; } = 32L * 1024 * 1024;
}
