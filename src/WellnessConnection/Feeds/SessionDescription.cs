using System.Text;
using WellnessConnection.Formatting;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>The plain-text description of a session in a calendar: status, text, time, facilitators, topics,
/// link.</summary>
public static class SessionDescription
{
    public static string Of(ListedSession session, FeedText text)
    {
        var description = new StringBuilder();
        if (text.StatusNote(session.Session.Status) is { } note)
        {
            description.Append(note).Append("\n\n");
        }

        description.Append(session.Text.Trim()).Append("\n\n");
        description.Append(text.When).Append(When(session, text.Language)).Append('\n');
        if (session.Facilitators.Count > 0)
        {
            description.Append(text.FacilitatedBy).AppendJoin(", ", session.Facilitators).Append('\n');
        }

        if (session.Topics.Count > 0)
        {
            description.Append(text.Topics).AppendJoin(", ", session.Topics).Append('\n');
        }

        if (session.SeriesTitle is { } series)
        {
            description.Append(text.Series).Append(series);
            if (session.Session.Part is { } part)
            {
                description.Append(", ").Append(text.Part).Append(' ').Append(part);
            }

            description.Append('\n');
        }

        if (session.Session.RegistrationUrl is { } url && !session.IsCalledOff)
        {
            description.Append(text.Register).Append(url).Append('\n');
        }

        return description.ToString().TrimEnd();
    }

    /// <summary>Eastern time as the program publishes it, then the session's own zone when it is another one.</summary>
    public static string When(ListedSession session, string language)
    {
        var eastern = SessionTimeFormatter.Format(session.StartsAt, SessionTimeFormatter.EasternZone, language);
        var own = SessionTimeFormatter.Format(session.StartsAt, session.Session.TimeZone, language);
        return own == eastern ? eastern : $"{eastern} ({own})";
    }
}
