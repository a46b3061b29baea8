using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Bundles;

/// <summary>Serving bundles instead of a content folder (section <c>Bundles</c> of the configuration).</summary>
public sealed class BundleOptions
{
    public const string Section = "Bundles";

    /// <summary>
    /// A folder of bundles (<c>*.wcbundle</c>, made by the <c>bundle</c> command). When set, the server starts from
    /// the newest valid one instead of reading <c>Content:Directory</c>, and swaps to any newer one that appears.
    /// Unset (the default): the content folder is served, in live mode.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>How often the folder is looked at besides its change events, which some mounts (network file
    /// systems, Kubernetes volumes) do not raise. Default 5 s.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    public bool Enabled => !string.IsNullOrWhiteSpace(Directory);
}
