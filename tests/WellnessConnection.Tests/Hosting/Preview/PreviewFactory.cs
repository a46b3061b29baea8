using Microsoft.AspNetCore.Hosting;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Preview;

/// <summary>
/// The server over a copy of the sample content (which has a draft session) plus a session scheduled for after
/// the fixed "now", with a preview token configured unless told otherwise.
/// </summary>
public sealed class PreviewFactory : ContentApiFactory
{
    public const string Token = "preview-secret-for-tests";

    public const string DraftSlug = "example-leadership-draft";

    public const string ScheduledSlug = "example-scheduled-announcement";

    /// <summary>The configured preview secret; null for a server without one.</summary>
    public string? PreviewSecret { get; init; } = Token;

    public TemporaryContentFolder Content { get; } = WithScheduledSession();

    protected override string ContentDirectory => Content.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LiveContent:Watch", "false");
        if (PreviewSecret is not null)
        {
            builder.UseSetting("Preview:Token", PreviewSecret);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Content.Dispose();
        }
    }

    private static TemporaryContentFolder WithScheduledSession()
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
