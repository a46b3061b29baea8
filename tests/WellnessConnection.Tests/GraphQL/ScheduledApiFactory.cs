using Microsoft.AspNetCore.Hosting;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>
/// A series whose second part has <c>publishAt: 2026-12-01T09:00</c> (Toronto), i.e. 2026-12-01T14:00Z, and whose
/// first part runs 2026-12-01T19:00 to 20:00 Toronto time (<c>Fixtures/Api/scheduled</c>).
/// </summary>
/// <remarks>
/// The HTTP response cache is off: its tests are elsewhere, and here a response kept for its max-age would hide the
/// second the answer changes, which is what these tests look at.
/// </remarks>
public sealed class ScheduledApiFactory : ContentApiFactory
{
    public static readonly DateTimeOffset PublishAt = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    protected override string ContentDirectory => ApiFixture("scheduled");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:Enabled", "false");
    }
}
