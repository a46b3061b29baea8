using System.Net;
using Ical.Net;

namespace WellnessConnection.Tests.Feeds;

/// <summary>What a subscribed calendar client sees when an editor changes a session and the content is
/// republished.</summary>
public sealed class CancellationTests : IDisposable
{
    private const string File = "sessions/2026-12-17-example-peer-support-drop-in.md";
    private const string Uid = "example-peer-support-drop-in@wellness-connection";

    private readonly EditedContentFactory factory = new();

    [Fact]
    public async Task A_subscriber_sees_the_cancellation_once_the_editor_sets_status_cancelled()
    {
        using var client = factory.CreateClient();
        using var before = await client.GetAsync("/feeds/sessions.ics");
        var scheduled = Calendar.Load(await before.Content.ReadAsStringAsync())!.Events.Single(e => e.Uid == Uid);
        Assert.Equal(EventStatus.Confirmed, scheduled.Status);

        factory.Edit(File, "durationMinutes: 90\n", "durationMinutes: 90\nstatus: cancelled\n");

        // The client's conditional request: the feed has changed, so it gets the new one, not a 304.
        using var refresh = new HttpRequestMessage(HttpMethod.Get, "/feeds/sessions.ics");
        refresh.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(refresh);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var cancelled = Calendar.Load(await after.Content.ReadAsStringAsync())!.Events.Single(e => e.Uid == Uid);
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.Equal("Cancelled: Example: Peer support drop-in", cancelled.Summary);
        Assert.True(
            cancelled.Sequence > scheduled.Sequence,
            $"SEQUENCE {cancelled.Sequence} should be above {scheduled.Sequence}."
        );
        Assert.Equal(scheduled.DtStart, cancelled.DtStart);
    }

    [Fact]
    public async Task Moving_a_session_later_raises_its_sequence()
    {
        using var client = factory.CreateClient();
        var before = (await client.CalendarAsync("/feeds/sessions.ics")).Events.Single(e => e.Uid == Uid);

        factory.Edit(File, "starts: 2026-12-17T19:00", "starts: 2026-12-17T20:00");

        var after = (await client.CalendarAsync("/feeds/sessions.ics")).Events.Single(e => e.Uid == Uid);
        Assert.Equal(new DateTime(2026, 12, 17, 20, 0, 0), after.DtStart!.Value);
        Assert.True(after.Sequence > before.Sequence);
    }

    [Fact]
    public async Task Editing_only_the_text_keeps_the_sequence_and_the_newer_dtstamp_marks_the_revision()
    {
        using var client = factory.CreateClient();
        var before = (await client.CalendarAsync("/feeds/sessions.ics")).Events.Single(e => e.Uid == Uid);

        factory.Edit(
            File,
            "title: \"Example: Peer support drop-in\"",
            "title: \"Example: Peer support drop-in (open to all)\""
        );
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var after = (await client.CalendarAsync("/feeds/sessions.ics")).Events.Single(e => e.Uid == Uid);
        Assert.Equal("Example: Peer support drop-in (open to all)", after.Summary);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.True(after.DtStamp!.AsUtc > before.DtStamp!.AsUtc);
    }

    [Fact]
    public async Task A_postponed_session_is_cancelled_at_its_time_and_says_it_is_postponed()
    {
        using var client = factory.CreateClient();

        factory.Edit(File, "durationMinutes: 90\n", "durationMinutes: 90\nstatus: postponed\n");

        var postponed = (await client.CalendarAsync("/feeds/sessions.ics")).Events.Single(e => e.Uid == Uid);
        Assert.Equal(EventStatus.Cancelled, postponed.Status);
        Assert.Equal("Postponed: Example: Peer support drop-in", postponed.Summary);
        Assert.StartsWith(
            "This session is postponed and will not take place at this time; a new date will be announced.",
            postponed.Description,
            StringComparison.Ordinal
        );
    }

    public void Dispose() => factory.Dispose();
}
