using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Feeds;

/// <summary>
/// Reads sessions for feeds and listings from the request's index: only what <see cref="ContentRequest"/> serves
/// (no drafts, nothing before its <c>publishAt</c>), with relations in one query each through its batch loaders.
/// </summary>
public sealed class FeedSessionReader(ContentRequest request)
{
    /// <summary>Sessions that end after <paramref name="endsAfter"/>, earliest first.</summary>
    public async Task<IReadOnlyList<FeedSession>> ListAsync(SessionFilter filter, DateTimeOffset endsAfter, int limit, CancellationToken cancellationToken)
    {
        var after = endsAfter.UtcDateTime;
        var sessions = await filter.Apply(request)
            .Where(s => s.EndsAt > after)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Slug)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return await CompleteAsync(sessions, cancellationToken);
    }

    /// <summary>
    /// A subscription's sessions: every session still to end (earliest first, up to <paramref name="limit"/>), then
    /// past ones that ended after <paramref name="pastSince"/>, newest first, to fill the limit. A calendar deletes
    /// the events a feed stops listing, so an upcoming session is never dropped for a past one. In start order.
    /// </summary>
    public async Task<IReadOnlyList<FeedSession>> ListForSubscriptionAsync(SessionFilter filter, DateTimeOffset now, DateTimeOffset pastSince, int limit, CancellationToken cancellationToken)
    {
        var (current, since) = (now.UtcDateTime, pastSince.UtcDateTime);
        var sessions = filter.Apply(request);
        var upcoming = await sessions
            .Where(s => s.EndsAt > current)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Slug)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var past = upcoming.Count == limit ? [] : await sessions
            .Where(s => s.EndsAt > since && s.EndsAt <= current)
            .OrderByDescending(s => s.StartsAt).ThenByDescending(s => s.Slug)
            .Take(limit - upcoming.Count)
            .ToListAsync(cancellationToken);
        past.Reverse();
        return await CompleteAsync([.. past, .. upcoming], cancellationToken);
    }

    public async Task<FeedSession?> FindAsync(string slug, string language, CancellationToken cancellationToken)
    {
        var session = await request.Sessions(language).FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        return session is null ? null : (await CompleteAsync([session], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<FeedSession>> CompleteAsync(List<SessionEntity> sessions, CancellationToken cancellationToken)
    {
        var loaders = request.Loaders;
        var pending = sessions.Select(s => new
        {
            Session = s,
            Facilitators = loaders.SessionFacilitators.Load(s.Id),
            Topics = loaders.SessionTopics.Load(s.Id),
            Series = s.SeriesId is { } id ? loaders.Series.Load(id) : null,
            Body = loaders.Bodies.Load(s.BodyId),
        }).ToList();

        var result = new List<FeedSession>(pending.Count);
        foreach (var p in pending)
        {
            var facilitators = await p.Facilitators.GetResultAsync(cancellationToken) ?? [];
            var topics = await p.Topics.GetResultAsync(cancellationToken) ?? [];
            var series = p.Series is null ? null : await p.Series.GetResultAsync(cancellationToken);
            var body = await p.Body.GetResultAsync(cancellationToken);
            result.Add(new FeedSession
            {
                Session = p.Session,
                Facilitators = [.. facilitators.Select(f => f.Name)],
                Topics = [.. topics.Select(t => t.Name)],
                SeriesTitle = series?.Title,
                Text = body?.Text ?? p.Session.Summary,
                Html = body?.Html ?? "",
            });
        }

        return result;
    }
}
