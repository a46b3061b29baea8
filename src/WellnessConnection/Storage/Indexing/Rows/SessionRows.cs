using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A session's rows: the session, its series (by id, in each locale), and its topics and facilitators in the
/// order the editor listed them.</summary>
public sealed class SessionRows : DocumentRows<Session, SessionEntity>
{
    protected override List<SessionEntity> TableIn(IndexRows rows) => rows.Sessions;

    protected override SessionEntity Entity(Session document) =>
        new()
        {
            Title = document.Title,
            Summary = document.Summary,
            StartsAt = document.StartsAt.UtcDateTime,
            EndsAt = document.EndsAt.UtcDateTime,
            TimeZone = document.TimeZone,
            DurationMinutes = document.DurationMinutes,
            Part = document.Part,
            Audience = [.. document.Audience],
            RegistrationUrl = document.RegistrationUrl?.OriginalString,
            Status = document.Status,
            PublishAt = document.PublishAt?.UtcDateTime,
        };

    protected override string Title(Session document) => document.Title;

    protected override void AddLinks(Localized<Session> document, IndexRows rows)
    {
        foreach (var row in rows.Sessions.TakeLast(IndexRows.Locales.Count))
        {
            row.SeriesId =
                document.In(row.Locale).Series is { } series
                && rows.Ids.TryGet(DocumentKind.Series, series, row.Locale, out var seriesId)
                    ? seriesId
                    : null;
        }

        rows.AddLinks(document, rows.SessionTopics, d => d.Topics, DocumentKind.Topic);
        rows.AddLinks(document, rows.SessionFacilitators, d => d.Facilitators, DocumentKind.Facilitator);
    }
}
