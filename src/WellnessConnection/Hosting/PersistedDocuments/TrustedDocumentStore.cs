using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// The trusted documents shipped with the app, loaded once at start, by hash. A manifest that does not match its
/// files stops the start (see <see cref="TrustedDocumentManifest"/>); a missing folder only leaves the store empty.
/// </summary>
public sealed class TrustedDocumentStore
{
    private readonly FrozenDictionary<string, TrustedDocument> byHash;

    public TrustedDocumentStore(IOptions<PersistedQueriesOptions> options, ILogger<TrustedDocumentStore> logger)
    {
        var directory = options.Value.Directory;
        if (!System.IO.Directory.Exists(directory))
        {
            logger.LogWarning(
                "The trusted documents folder \"{Directory}\" does not exist; no documentId will be found.",
                directory
            );
            Documents = [];
        }
        else
        {
            Documents = TrustedDocumentManifest.Load(directory);
            logger.LogInformation("Loaded {Count} trusted documents from {Directory}.", Documents.Count, directory);
        }

        byHash = Documents.ToFrozenDictionary(document => document.Hash, StringComparer.Ordinal);
    }

    public IReadOnlyList<TrustedDocument> Documents { get; }

    /// <param name="hash">Lowercase hex sha256.</param>
    public string? Find(string hash) => byHash.TryGetValue(hash, out var document) ? document.Query : null;
}
