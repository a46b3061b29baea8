using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Bundles;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Storage;

/// <summary>
/// One built, read-only index of one content version. Reference-counted: the <see cref="IndexStore"/> holds one
/// reference while the index is current and each request holds one while it runs, so an index replaced by a newer
/// one is deleted only when the last request using it has finished.
/// </summary>
public sealed class ContentIndex
{
    private readonly IndexLocation location;
    private readonly DbContextOptions<ContentDbContext> options;
    private readonly Lazy<VisibilityChanges> visibility;
    private int references = 1;
    private SpareCopy? spare;

    internal ContentIndex(
        IndexLocation location,
        ContentVersions versions,
        IndexStatistics statistics,
        IReadOnlyList<IInterceptor> interceptors,
        IndexIds ids,
        ContentCache? cache,
        IReadOnlyList<Localized<Session>>? sessions,
        BundleManifest? bundle = null
    )
    {
        this.location = location;
        ConnectionString = location.ReadOnlyConnectionString;
        Versions = versions;
        Statistics = statistics;
        Ids = ids;
        Cache = cache;
        Bundle = bundle;
        options = new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlite(ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(interceptors)
            .Options;
        // At the first ask, not while the index is built: off the start's and the reload's path.
        visibility = new Lazy<VisibilityChanges>(
            () => sessions is not null ? VisibilityChanges.Of(sessions) : VisibilityChanges.Read(this),
            LazyThreadSafetyMode.ExecutionAndPublication
        );
    }

    public string ConnectionString { get; }

    internal IndexLocation Location => location;

    /// <summary>The versions of the content this index was built from.</summary>
    public ContentVersions Versions { get; }

    /// <summary>A hash of every file, drafts included: what a reload compares, and what previews are versioned
    /// by.</summary>
    public string SourceVersion => Versions.Source;

    /// <summary>The version of what the public sees at <paramref name="now"/>; drafts never move it.</summary>
    public string PublicVersionAt(DateTimeOffset now) => Versions.PublicAt(now);

    public IndexStatistics Statistics { get; }

    /// <summary>The row ids of its documents, for the next patch.</summary>
    internal IndexIds Ids { get; }

    /// <summary>The loader's documents this index was written from, for the next run to reuse; null when it cannot be
    /// patched.</summary>
    public ContentCache? Cache { get; }

    /// <summary>The bundle this index was copied from; null when it was built from a content folder.</summary>
    public BundleManifest? Bundle { get; }

    /// <summary>When "now" changes what this index shows, found at the first ask: from the sessions it was built of,
    /// or read from it (an index opened from a bundle).</summary>
    public VisibilityChanges Visibility => visibility.Value;

    public ContentDbContext CreateContext() => new(options);

    /// <summary>The copy of its file being made for its next patch (<see cref="PrepareNextPatch"/>); null when
    /// none is.</summary>
    internal SpareCopy? Spare => Volatile.Read(ref spare);

    /// <summary>Starts copying its file for the next patch, in the background, if it can be patched (it has the
    /// loader's cache), is a file, and has no such copy already.</summary>
    public void PrepareNextPatch()
    {
        if (
            Cache is null
            || location.File is not { } file
            || Volatile.Read(ref spare) is not null
            || Volatile.Read(ref references) <= 0
        )
        {
            return;
        }

        var started = SpareCopy.Start(file);
        if (Interlocked.CompareExchange(ref spare, started, null) is not null)
        {
            started.Drop();
        }
    }

    /// <summary>Moves the copy made for the next patch to <paramref name="file"/>; false when there is none.</summary>
    internal bool TryTakeSpare(string file) => Interlocked.Exchange(ref spare, null)?.TryMoveTo(file) ?? false;

    /// <summary>Takes a reference, unless the index is already being released.</summary>
    public bool TryAcquire()
    {
        var count = Volatile.Read(ref references);
        while (count > 0)
        {
            var seen = Interlocked.CompareExchange(ref references, count + 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }

        return false;
    }

    /// <summary>Drops a reference; the last one deletes the database.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Interlocked.Exchange(ref spare, null)?.Drop();
            location.Delete();
        }
    }
}
