using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Hosting;

/// <summary>
/// Puts content in service: from a content folder (<see cref="ContentPublisher"/>, editors' live mode) or from a
/// folder of bundles (<see cref="Bundles.BundlePublisher"/>, a fleet). Reloads, the webhook and <c>/readyz</c> work
/// alike over both.
/// </summary>
public interface IContentPublisher
{
    /// <summary>The folder it publishes from, for messages.</summary>
    string Source { get; }

    /// <summary>Publishes before the server accepts requests; false, with the reasons written to
    /// <paramref name="report"/>, when there is nothing valid to serve.</summary>
    bool PublishAtStartup(TextWriter report);

    /// <summary>Publishes while serving: never throws, the outcome says what happened.</summary>
    ContentReload Reload(string trigger);
}
