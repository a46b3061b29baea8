using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Schema;
using WellnessConnection.Formatting;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>What a session page shows besides its title and body: its times, series, people, topics and
/// registration.</summary>
public sealed class SessionFacts(PublishedContent content, string locale)
{
    /// <summary>The start in the program's style in Eastern time, then in the session's own zone, named.</summary>
    public static IReadOnlyList<string> Times(SessionEntity session, string language)
    {
        var startsAt = SessionInstants.InZone(session.StartsAt, session.TimeZone);
        return
        [
            SessionTimeFormatter.Format(startsAt, SessionTimeFormatter.EasternZone, language),
            $"{SessionTimeFormatter.Format(startsAt, session.TimeZone, language)} ({session.TimeZone})",
        ];
    }

    public async Task<IReadOnlyList<DocumentFact>> ReadAsync(SessionEntity session, CancellationToken ct)
    {
        var db = content.Db;
        var facilitators = await DocumentLinks.Of(
            db,
            ContentDbContext.SessionFacilitators,
            [session.Id],
            content.Visible(db.Facilitators),
            ct
        );
        var topics = await DocumentLinks.Of(
            db,
            ContentDbContext.SessionTopics,
            [session.Id],
            content.Visible(db.Topics),
            ct
        );
        var series = session.SeriesId is { } seriesId
            ? await content.Visible(db.Series).FirstOrDefaultAsync(s => s.Id == seriesId, ct)
            : null;
        return
        [
            .. DocumentFact.Of("Status", session.Status),
            .. DocumentFact.Of("Duration", session.DurationMinutes.ToString(CultureInfo.InvariantCulture) + " minutes"),
            .. DocumentFact.Of(
                "Series",
                series is null
                    ? []
                    :
                    [
                        FactValue.Document(series.Title, ContentSchemas.Series.Folder, series.Slug, locale),
                        .. session.Part is { } part ? [FactValue.Plain($"part {part}")] : Array.Empty<FactValue>(),
                    ]
            ),
            .. DocumentFact.Of(
                "Facilitators",
                facilitators
                    .GetValueOrDefault(session.Id, [])
                    .Select(f => FactValue.Document(f.Name, ContentSchemas.Facilitator.Folder, f.Slug, locale))
            ),
            .. DocumentFact.Of(
                "Topics",
                topics
                    .GetValueOrDefault(session.Id, [])
                    .Select(t => FactValue.Document(t.Name, ContentSchemas.Topic.Folder, t.Slug, locale))
            ),
            .. DocumentFact.Of("Audience", session.Audience),
            .. DocumentFact.Of(
                "Registration",
                session.RegistrationUrl is { } url ? [FactValue.Web(url)] : Array.Empty<FactValue>()
            ),
        ];
    }
}
