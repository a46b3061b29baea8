using WellnessConnection.Content.Schema;
using WellnessConnection.Feeds;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Tests.Feeds;

public sealed class SessionSequenceTests
{
    private static readonly DateTime Start = new(2026, 12, 8, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Cancelling_or_postponing_a_session_raises_its_sequence_by_one()
    {
        var scheduled = SessionSequence.Of(Session(Start, 60, SessionStatuses.Scheduled));

        Assert.Equal(scheduled + 1, SessionSequence.Of(Session(Start, 60, SessionStatuses.Cancelled)));
        Assert.Equal(scheduled + 1, SessionSequence.Of(Session(Start, 60, SessionStatuses.Postponed)));
        Assert.Equal(scheduled, SessionSequence.Of(Session(Start, 60, SessionStatuses.Full)));
    }

    [Fact]
    public void Moving_a_session_later_or_making_it_longer_raises_its_sequence_above_a_cancellation()
    {
        var cancelled = SessionSequence.Of(Session(Start, 60, SessionStatuses.Cancelled));

        Assert.True(SessionSequence.Of(Session(Start.AddMinutes(1), 60, SessionStatuses.Scheduled)) > cancelled);
        Assert.True(SessionSequence.Of(Session(Start, 61, SessionStatuses.Scheduled)) > cancelled);
        Assert.True(SessionSequence.Of(Session(Start.AddDays(7), 60, SessionStatuses.Postponed)) > cancelled);
    }

    [Fact]
    public void The_sequence_is_twice_the_minutes_from_2020_to_the_end_plus_one_when_called_off()
    {
        Assert.Equal(
            2 * 60,
            SessionSequence.Of(
                Session(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), 60, SessionStatuses.Scheduled)
            )
        );
        Assert.Equal(
            (2 * 60) + 1,
            SessionSequence.Of(
                Session(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), 60, SessionStatuses.Cancelled)
            )
        );
    }

    private static ListedSession Session(DateTime startsAt, int minutes, string status) =>
        new()
        {
            Session = new SessionEntity
            {
                Title = "Sleep",
                Summary = "Sleep.",
                StartsAt = startsAt,
                EndsAt = startsAt.AddMinutes(minutes),
                DurationMinutes = minutes,
                TimeZone = "America/Toronto",
                Status = status,
            },
            Facilitators = [],
            Topics = [],
            Text = "",
            Html = "",
        };
}
