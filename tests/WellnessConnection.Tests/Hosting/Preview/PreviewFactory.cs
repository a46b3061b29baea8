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

    public const string DraftSlug = ScheduledSessionContent.DraftSlug;

    public const string ScheduledSlug = ScheduledSessionContent.ScheduledSlug;

    /// <summary>The configured preview secret; null for a server without one.</summary>
    public string? PreviewSecret { get; init; } = Token;

    public TemporaryContentFolder Content { get; } = ScheduledSessionContent.Create();

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
}
