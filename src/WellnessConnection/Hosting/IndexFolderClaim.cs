using Microsoft.Extensions.Options;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Hosting;

/// <summary>
/// The start's claim on the index folder, before the first index is written: what servers that stopped without
/// removing their index files (a crash, a kill) left there is removed, and the log says how much. Files that could
/// not be removed are counted in a warning: each takes the room of an index.
/// </summary>
public static class IndexFolderClaim
{
    public static void Make(IServiceProvider services)
    {
        var abandoned = services.GetRequiredService<ContentIndexer>().ClaimFolder();
        if (abandoned is null or { Removed: 0, Kept: 0 })
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexFolderClaim));
        var directory = services.GetRequiredService<IOptions<IndexOptions>>().Value.Directory;
        if (abandoned.Removed > 0)
        {
            logger.LogInformation(
                "Removed {Files} index files ({Megabytes} MB) from {Directory}: servers that stopped without removing "
                    + "them had left them there.",
                abandoned.Removed,
                abandoned.Bytes / (1024 * 1024),
                directory
            );
        }

        if (abandoned.Kept > 0)
        {
            logger.LogWarning(
                "{Files} index files that stopped servers left in {Directory} could not be removed; they take the room "
                    + "of an index. Remove the index-*-*.sqlite files of servers that no longer run by hand.",
                abandoned.Kept,
                directory
            );
        }
    }
}
