using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Bundles;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// Builds <see cref="ContentIndex"/>es to the side of any index in use: new and complete, or by patching a copy of
/// the index in service with the documents that changed. Its index files go to a folder it claims before the first
/// (<see cref="ClaimFolder"/>), until it is disposed.
/// </summary>
/// <param name="interceptors">EF Core interceptors for the contexts requests open (tests count SQL commands with
/// one).</param>
public sealed class ContentIndexer(IndexOptions options, TimeProvider time, IEnumerable<IInterceptor> interceptors)
    : IDisposable
{
    private readonly Lock gate = new();
    private IndexFolderOwner? folder;

    /// <summary>
    /// Claims the index folder, once, before the first index file goes there: removes what servers that stopped
    /// without removing it left there (<see cref="IndexFolderOwner"/>), and says what that was. Null for indexes in
    /// memory. A claim that fails (the folder cannot be written) is tried again at the next call.
    /// </summary>
    public AbandonedIndexFiles? ClaimFolder() => Folder()?.Abandoned;

    /// <summary>
    /// Starts a build that the content loader fills (it is its <see cref="IContentSink"/>). With a
    /// <paramref name="basis"/> (held by the caller until the build completes), the build patches a copy of it;
    /// without, a new index's full-text table is written on a thread of its own.
    /// </summary>
    public IndexBuild Begin(ContentIndex? basis) => NewBuild(basis, fullTextOnItsOwnThread: basis is null);

    /// <summary>Commits a build and opens it for requests, with the loader's cache for the next patch.</summary>
    public ContentIndex Complete(IndexBuild build, ContentSet content, ContentCache? cache)
    {
        build.Commit();
        if (build.Location.File is not null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(build.Location.ConnectionString));
        }

        // Only what the public sees at the build: /readyz is public, and drafts never show, not even as a count.
        var now = time.GetUtcNow();
        var counts = new Dictionary<string, int>
        {
            ["sessions"] = Public(content.Sessions, now),
            ["series"] = Public(content.Series, now),
            ["topics"] = Public(content.Topics, now),
            ["facilitators"] = Public(content.Facilitators, now),
            ["resources"] = Public(content.Resources, now),
            ["crisisLines"] = Public(content.CrisisLines, now),
            ["pages"] = Public(content.Pages, now),
        };
        var statistics = new IndexStatistics(counts, now, build.Elapsed)
        {
            DocumentsWritten = build.DocumentsWritten,
            Patched = build.Patching,
            CopiedAhead = build.CopiedAhead,
        };
        return new ContentIndex(
            build.Location,
            content.Versions,
            statistics,
            [.. interceptors],
            build.Ids,
            cache,
            content.Sessions
        );
    }

    /// <summary>
    /// Opens a bundle as an index, in place: the index folder gets a name of its own for the file (a hard link, or
    /// a copy where links cannot be made), checked before it is opened. It cannot be patched: the next bundle
    /// replaces it whole.
    /// </summary>
    /// <param name="bundlePath">The bundle.</param>
    /// <param name="manifest">Its manifest, as read when it was chosen (<see cref="BundleFile.ReadManifest"/>): the
    /// file opened must still be the one it describes.</param>
    /// <exception cref="BundleException">The bundle cannot be served; nothing is left behind.</exception>
    public ContentIndex Open(string bundlePath, BundleManifest manifest)
    {
        var started = time.GetTimestamp();
        var location = IndexLocation.ForBundle(Folder(), bundlePath);
        try
        {
            BundleFile.Verify(location.File ?? bundlePath, manifest, bundlePath);
            if (location.KeepAlive is { } memory)
            {
                using var bundle = new SqliteConnection(
                    IndexLocation.BundleConnectionString(bundlePath, pooling: false)
                );
                bundle.Open();
                bundle.BackupDatabase(memory);
            }
        }
        catch
        {
            location.Delete();
            throw;
        }

        var statistics = new IndexStatistics(manifest.Documents, manifest.CreatedAt, time.GetElapsedTime(started));
        return new ContentIndex(
            location,
            manifest.Versions,
            statistics,
            [.. interceptors],
            new IndexIds(),
            cache: null,
            sessions: null,
            manifest
        );
    }

    /// <summary>Builds a new, complete index of content already read (tests, benchmarks); it cannot be patched
    /// later.</summary>
    public ContentIndex Build(ContentSet content) => Build(content, fullTextOnItsOwnThread: true);

    /// <summary>Builds a new index of content already read, its full-text table written on a thread of its own or
    /// with the rows (tests compare the two).</summary>
    internal ContentIndex Build(ContentSet content, bool fullTextOnItsOwnThread)
    {
        using var build = NewBuild(basis: null, fullTextOnItsOwnThread);
        var documents = new List<Action>();
        var keys = new List<DocumentKey>();
        void Collect<T>(IEnumerable<Localized<T>> list)
            where T : ContentDocument
        {
            foreach (var document in list)
            {
                keys.Add(new DocumentKey(document.English.Kind, document.Slug));
                documents.Add(() => build.Add(document));
            }
        }

        Collect(content.Series);
        Collect(content.Topics);
        Collect(content.Facilitators);
        Collect(content.Pages);
        Collect(content.CrisisLines);
        Collect(content.Resources);
        Collect(content.Sessions);
        build.Begin(keys, everything: true);
        documents.ForEach(add => add());
        return Complete(build, content, cache: null);
    }

    /// <summary>Gives the folder up: its lock file goes; index files still there are the next claim's to
    /// remove.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            folder?.Dispose();
            folder = null;
        }
    }

    private IndexBuild NewBuild(ContentIndex? basis, bool fullTextOnItsOwnThread) =>
        new(IndexLocation.Create(Folder()), basis, fullTextOnItsOwnThread ? IndexLocation.Create(Folder()) : null);

    private IndexFolderOwner? Folder()
    {
        if (options.InMemory)
        {
            return null;
        }

        lock (gate)
        {
            return folder ??= IndexFolderOwner.Claim(options.Directory);
        }
    }

    private static int Public<T>(IReadOnlyList<Localized<T>> documents, DateTimeOffset now)
        where T : ContentDocument => documents.Count(d => Publication.IsPublicAt(d, now));
}
