using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>
/// The iCalendar <c>SEQUENCE</c> of a session, derived from the session alone because the server keeps no state
/// and the content carries no edit history.
/// </summary>
/// <remarks>
/// <para>
/// <c>SEQUENCE = 2 × (whole minutes from 2020-01-01T00:00Z to the session's end) + (1 if cancelled or postponed)</c>.
/// </para>
/// <para>
/// A hash of the content would change on every edit but go down as often as up, and calendar clients ignore an
/// update whose SEQUENCE is lower than the one they hold. This value only goes up for the changes that matter most:
/// cancelling or postponing (+1), moving the session later or making it longer (+2 per minute). Edits that do not
/// touch the time or the status (title, description, link) keep the SEQUENCE; the newer <c>DTSTAMP</c> marks them
/// as the newer revision (RFC 5546, 2.1.5).
/// </para>
/// <para>
/// It goes down, and clients that compare it may keep the old version, when a session is moved earlier, shortened,
/// or set back to <c>scheduled</c> after being cancelled. For those, cancel the session and publish a new file with
/// a new slug (a new <c>UID</c>).
/// </para>
/// </remarks>
public static class SessionSequence
{
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static int Of(ListedSession session)
    {
        var endsAt = DateTime.SpecifyKind(session.Session.EndsAt, DateTimeKind.Utc);
        var minutes = (long)Math.Floor((endsAt - Epoch).TotalMinutes);
        var value = (2 * Math.Max(minutes, 0)) + (session.IsCalledOff ? 1 : 0);
        return (int)Math.Min(value, int.MaxValue);
    }
}
