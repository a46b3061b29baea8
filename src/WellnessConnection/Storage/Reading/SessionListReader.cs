using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// Reads sessions for feeds and listings: only what <see cref="PublishedContent"/> lets the request see (no drafts,
/// nothing before its <c>publishAt</c>), with each relation in one query for the whole list.
/// </summary>
public sealed class SessionListReader(PublishedContent request)
{
    /// <summary>Sessions that end after <paramref name="endsAfter"/>, earliest first.</summary>
    public async Task<IReadOnlyList<ListedSession>> ListAsync(
        SessionFilter filter,
        DateTimeOffset endsAfter,
        int limit,
        CancellationToken cancellationToken
    )
    {
        request.Served.RecordList(ServedDocuments.KindOf(typeof(SessionEntity)));
        var after = endsAfter.UtcDateTime;
        var sessions = await filter
            .Apply(request)
            .Where(s => s.EndsAt > after)
            .OrderBy(s => s.StartsAt)
            .ThenBy(s => s.Slug)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return await CompleteAsync(sessions, cancellationToken);
    }

    /// <summary>
    /// A subscription's sessions: every session still to end (earliest first, up to <paramref name="limit"/>), then
    /// past ones that ended after <paramref name="pastSince"/>, newest first, to fill the limit. A calendar deletes
    /// the events a feed stops listing, so an upcoming session is never dropped for a past one. In start order.
    /// </summary>
    public async Task<IReadOnlyList<ListedSession>> ListForSubscriptionAsync(
        SessionFilter filter,
        DateTimeOffset now,
        DateTimeOffset pastSince,
        int limit,
        CancellationToken cancellationToken
    )
    {
        request.Served.RecordList(ServedDocuments.KindOf(typeof(SessionEntity)));
        var (current, since) = (now.UtcDateTime, pastSince.UtcDateTime);
        var sessions = filter.Apply(request);
        var upcoming = await sessions
            .Where(s => s.EndsAt > current)
            .OrderBy(s => s.StartsAt)
            .ThenBy(s => s.Slug)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var past =
            upcoming.Count == limit
                ? []
                : await sessions
                    .Where(s => s.EndsAt > since && s.EndsAt <= current)
                    .OrderByDescending(s => s.StartsAt)
                    .ThenByDescending(s => s.Slug)
                    .Take(limit - upcoming.Count)
                    .ToListAsync(cancellationToken);
        past.Reverse();
        return await CompleteAsync([.. past, .. upcoming], cancellationToken);
    }

    public async Task<ListedSession?> FindAsync(string slug, string language, CancellationToken cancellationToken)
    {
        var session = await request.Sessions(language).FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (session is null)
        {
            request.Served.RecordList(ServedDocuments.KindOf(typeof(SessionEntity)));
        }

        return session is null ? null : (await CompleteAsync([session], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<ListedSession>> CompleteAsync(
        List<SessionEntity> sessions,
        CancellationToken cancellationToken
    )
    {
        if (sessions.Count == 0)
        {
            return [];
        }

        var db = request.Db;
        var ids = sessions.Select(s => s.Id).ToList();
        var facilitators = await DocumentLinks.Of(
            db,
            ContentDbContext.SessionFacilitators,
            ids,
            request.Visible(db.Facilitators),
            cancellationToken
        );
        var topics = await DocumentLinks.Of(
            db,
            ContentDbContext.SessionTopics,
            ids,
            request.Visible(db.Topics),
            cancellationToken
        );
        var seriesIds = sessions.Where(s => s.SeriesId != null).Select(s => s.SeriesId!.Value).Distinct().ToList();
        var series =
            seriesIds.Count == 0
                ? []
                : await request
                    .Visible(db.Series)
                    .Where(s => seriesIds.Contains(s.Id))
                    .ToDictionaryAsync(s => s.Id, cancellationToken);
        var bodyIds = sessions.Select(s => s.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);

        DocumentEntity[] shown =
        [
            .. sessions,
            .. series.Values,
            .. facilitators.Values.SelectMany(f => f),
            .. topics.Values.SelectMany(t => t),
        ];
        foreach (var document in shown)
        {
            request.Served.Record(document);
        }

        return
        [
            .. sessions.Select(s => new ListedSession
            {
                Session = s,
                Facilitators = [.. facilitators.GetValueOrDefault(s.Id, []).Select(f => f.Name)],
                Topics = [.. topics.GetValueOrDefault(s.Id, []).Select(t => t.Name)],
                SeriesTitle = s.SeriesId is { } id ? series.GetValueOrDefault(id)?.Title : null,
                Text = bodies.GetValueOrDefault(s.BodyId)?.Text ?? s.Summary,
                Html = bodies.GetValueOrDefault(s.BodyId)?.Html ?? "",
            }),
        ];
    }
}
