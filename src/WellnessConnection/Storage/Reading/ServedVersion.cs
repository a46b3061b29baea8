namespace WellnessConnection.Storage.Reading;

/// <summary>
/// The content version one request's answer was computed from, for its <c>X-Content-Version</c> header and its log
/// line: recorded by the request's <see cref="PublishedContent"/>, or by the response cache for a kept answer. Null
/// for a request that read no content (a static file, a health check, a refusal).
/// </summary>
public sealed class ServedVersion
{
    public string? Version { get; private set; }

    public void Record(string version) => Version ??= version;
}
