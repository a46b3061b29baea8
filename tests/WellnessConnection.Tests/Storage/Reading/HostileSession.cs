using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Tests.Storage.Reading;

/// <summary>
/// A listed session built directly, past every content check, with <paramref name="text"/> in every text field: what
/// writers of feeds and pages must survive.
/// </summary>
public static class HostileSession
{
    public static ListedSession With(string text, string registrationUrl) =>
        new()
        {
            Session = new SessionEntity
            {
                Slug = "hostile",
                Locale = "en",
                Title = text,
                Summary = text,
                StartsAt = new DateTime(2027, 1, 5, 0, 0, 0, DateTimeKind.Utc),
                EndsAt = new DateTime(2027, 1, 5, 1, 0, 0, DateTimeKind.Utc),
                DurationMinutes = 60,
                TimeZone = "America/Vancouver",
                Status = SessionStatuses.Scheduled,
                RegistrationUrl = registrationUrl,
            },
            Facilitators = [text],
            Topics = [text],
            SeriesTitle = text,
            Text = text,
            Html = "<p>body</p>",
        };
}
