using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Bundles;

/// <summary>
/// What a bundle holds and what built it: the next-to-last line of a bundle file, as JSON, readable with
/// <c>tail -n 2</c>. The server reads it before the index, to refuse a bundle it cannot serve.
/// </summary>
/// <param name="Format">The layout of the file (<see cref="BundleFile.Format"/>).</param>
/// <param name="AppVersion">The build of the app that rendered the index; only the same build serves it.</param>
/// <param name="CreatedAt">When the bundle was made: of two bundles, the later one is the newer.</param>
/// <param name="SourceCommit">The content commit it was built from, when the builder knew it.</param>
/// <param name="ContentVersion">The public content version when it was made.</param>
/// <param name="Versions">The content versions, with the scheduled steps that move the public one.</param>
/// <param name="TimeZoneDatabase">The tzdb every session instant in the index was computed with.</param>
/// <param name="IndexSchema">A hash of the index's tables (its SQL schema).</param>
/// <param name="Documents">How many public documents of each type it holds.</param>
/// <param name="PayloadBytes">The length of the index that precedes the manifest: a shorter file is
/// truncated.</param>
/// <param name="PayloadCrc64">The CRC-64 checksum of that index (lowercase hex): a different one is corrupt. A
/// checksum, not a signature: whoever can change the file can change its manifest too.</param>
public sealed record BundleManifest(
    int Format,
    string AppVersion,
    DateTimeOffset CreatedAt,
    string? SourceCommit,
    string ContentVersion,
    ContentVersions Versions,
    string TimeZoneDatabase,
    string IndexSchema,
    IReadOnlyDictionary<string, int> Documents,
    long PayloadBytes,
    string PayloadCrc64
);
