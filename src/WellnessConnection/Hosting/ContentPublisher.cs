using Microsoft.Extensions.Options;
using WellnessConnection.Content;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Hosting;

/// <summary>
/// Reads and validates the content folder, builds an index of it to the side, and publishes that index in one
/// step. Invalid content is reported and changes nothing: the last good index stays in service.
/// </summary>
public sealed class ContentPublisher(IOptions<ContentOptions> options, ContentLoader loader, ContentIndexer indexer, IndexStore store, ILogger<ContentPublisher> logger)
{
    public string Directory => options.Value.Directory;

    public ContentLoadResult Publish()
    {
        var result = loader.Load(Directory);
        if (result.Content is null)
        {
            logger.LogError("Content in {Directory} has {Errors} errors; the index in service is unchanged.", Directory, result.ErrorCount);
            return result;
        }

        var index = indexer.Build(result.Content);
        store.Publish(index);
        logger.LogInformation(
            "Published content {Version} from {Directory}: {Sessions} sessions, indexed in {Milliseconds} ms.",
            index.Version, Directory, index.Statistics.DocumentCounts["sessions"], (int)index.Statistics.BuildTime.TotalMilliseconds);
        return result;
    }
}
