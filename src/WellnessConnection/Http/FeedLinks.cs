namespace WellnessConnection.Http;

/// <summary>Absolute URLs of the feeds, on the configured public address (<see
/// cref="PublicAddressOptions"/>).</summary>
public sealed class FeedLinks(string origin)
{
    public const string CalendarFeedPath = "/feeds/sessions.ics";
    public const string AtomFeedPath = "/feeds/sessions.atom";

    /// <summary>The server's public origin plus any path prefix, e.g. <c>https://api.example.org</c>.</summary>
    public string Origin { get; } = origin.TrimEnd('/');

    public Uri CalendarFeed(string query) => With(CalendarFeedPath, query);

    public Uri AtomFeed(string query) => With(AtomFeedPath, query);

    public Uri SessionCalendar(string slug, string language) =>
        With($"/sessions/{slug}.ics", language == "en" ? "" : "lang=" + language);

    public Uri With(string path, string query) => new(Origin + path + (query.Length > 0 ? "?" + query : ""));
}
