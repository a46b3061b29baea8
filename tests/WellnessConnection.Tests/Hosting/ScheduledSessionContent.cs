using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Hosting;

/// <summary>
/// A copy of the sample content (which has a draft session) plus a session scheduled for after the fixed "now": what
/// the preview tests, token and editor preview alike, need to see a document readers cannot see yet.
/// </summary>
public static class ScheduledSessionContent
{
    public const string DraftSlug = "example-leadership-draft";

    public const string ScheduledSlug = "example-scheduled-announcement";

    public static TemporaryContentFolder Create()
    {
        var folder = TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);
        folder.Write(
            $"sessions/2027-02-20-{ScheduledSlug}.md",
            """
            ---
            title: "Example: A session announced later"
            starts: 2027-02-20T19:00
            facilitators: [example-facilitator-a]
            topics: [stress]
            registrationUrl: https://example.org/register/example-scheduled-announcement
            publishAt: 2027-01-05T09:00
            ---
            *This is an example session for demonstration; it is not a real event.*

            It is announced on January 5, 2027.
            """
        );
        return folder;
    }
}
