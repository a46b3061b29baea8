using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// The batch loaders of one request: each relation costs one SQL command per query level, whatever the page size, and
/// none for the keys an earlier request on the same index already read (<see cref="MemoizedBatch"/>). Bodies are
/// large and each read by few requests: they are not memoized here (a page asked for again is answered with the JSON
/// of its fields, body included, see <see cref="MemoizingExecutionStrategy"/>).
/// </summary>
public sealed class RelationLoaders(ContentRequest request)
{
    private const string SessionTopicsScope = "Session.topics";
    private const string SessionFacilitatorsScope = "Session.facilitators";
    private const string SeriesScope = "Series.byId";

    // A session or topic page asks for one body: a compiled query skips EF Core's translation and cache lookup.
    private static readonly Func<ContentDbContext, int, CancellationToken, Task<BodyEntity?>> BodyById =
        EF.CompileAsyncQuery(
            (ContentDbContext db, int id, CancellationToken ct) => db.Bodies.FirstOrDefault(b => b.Id == id)
        );

    public BatchLoader<int, BodyEntity> Bodies { get; } =
        new(
            async (ids, ct) =>
                ids.Count == 1
                    ? await BodyById(request.Db, ids[0], ct) is { } body
                        ? new Dictionary<int, BodyEntity> { [body.Id] = body }
                        : []
                    : await request.Db.Bodies.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct)
        );

    public BatchLoader<int, List<TopicEntity>> SessionTopics { get; } =
        new(
            MemoizedBatch.Of(request, SessionTopicsScope, Size, (ids, ct) =>
                Linked(request, ContentDbContext.SessionTopics, ids, request.Visible(request.Db.Topics), ct)
            ),
            []
        );

    public BatchLoader<int, List<FacilitatorEntity>> SessionFacilitators { get; } =
        new(
            MemoizedBatch.Of(request, SessionFacilitatorsScope, Size, (ids, ct) =>
                Linked(request, ContentDbContext.SessionFacilitators, ids, request.Visible(request.Db.Facilitators), ct)
            ),
            []
        );

    public BatchLoader<int, List<TopicEntity>> ResourceTopics { get; } =
        new(
            MemoizedBatch.Of(request, "Resource.topics", Size, (ids, ct) =>
                Linked(request, ContentDbContext.ResourceTopics, ids, request.Visible(request.Db.Topics), ct)
            ),
            []
        );

    public BatchLoader<int, SeriesEntity> Series { get; } =
        new(
            MemoizedBatch.Of<SeriesEntity>(
                request,
                SeriesScope,
                _ => MemoSizes.Row,
                async (ids, ct) =>
                    await request
                        .Visible(request.Db.Series)
                        .Where(s => ids.Contains(s.Id))
                        .ToDictionaryAsync(s => s.Id, ct)
            )
        );

    /// <summary>A series' visible sessions, by part number.</summary>
    public BatchLoader<int, List<SessionEntity>> SeriesParts { get; } =
        new(MemoizedBatch.Of(request, "Series.parts", Size, async (ids, ct) =>
            {
                var sessions = await request
                    .Scheduled(request.Visible(request.Db.Sessions))
                    .Where(s => s.SeriesId != null && ids.Contains(s.SeriesId.Value))
                    .OrderBy(s => s.Part)
                    .ThenBy(s => s.StartsAt)
                    .ThenBy(s => s.SourcePath)
                    .ToListAsync(ct);
                return sessions.GroupBy(s => s.SeriesId!.Value).ToDictionary(g => g.Key, g => g.ToList());
            }), []);

    /// <summary>A topic's published resources.</summary>
    public BatchLoader<int, List<ResourceEntity>> TopicResources { get; } =
        new(MemoizedBatch.Of(request, "Topic.resources", Size, async (ids, ct) =>
            {
                var links = request.Db.Set<LinkEntity>(ContentDbContext.ResourceTopics);
                var rows = await links
                    .Where(l => ids.Contains(l.ToId))
                    .Join(
                        request.Visible(request.Db.Resources),
                        l => l.FromId,
                        r => r.Id,
                        (l, r) => new { l.ToId, Resource = r }
                    )
                    .OrderBy(x => x.Resource.Title)
                    .ThenBy(x => x.Resource.SourcePath)
                    .ToListAsync(ct);
                return rows.GroupBy(x => x.ToId).ToDictionary(g => g.Key, g => g.Select(x => x.Resource).ToList());
            }), []);

    /// <summary>A session's topics: the list itself when the memo has it (the field completes at once), else a batch
    /// load.</summary>
    public object TopicsOf(int sessionId) =>
        MemoizedBatch.TryKnown(request, SessionTopicsScope, sessionId, out var kept)
            ? kept as List<TopicEntity> ?? []
            : SessionTopics.Load(sessionId);

    /// <summary>A session's facilitators, like <see cref="TopicsOf"/>.</summary>
    public object FacilitatorsOf(int sessionId) =>
        MemoizedBatch.TryKnown(request, SessionFacilitatorsScope, sessionId, out var kept)
            ? kept as List<FacilitatorEntity> ?? []
            : SessionFacilitators.Load(sessionId);

    /// <summary>A series by id, like <see cref="TopicsOf"/>; null when it is not served.</summary>
    public object? SeriesOf(int seriesId) =>
        MemoizedBatch.TryKnown(request, SeriesScope, seriesId, out var kept)
            ? kept as SeriesEntity
            : Series.Load(seriesId);

    private static Task<Dictionary<int, List<T>>> Linked<T>(
        ContentRequest request,
        string table,
        IReadOnlyList<int> ids,
        IQueryable<T> targets,
        CancellationToken ct
    )
        where T : DocumentEntity => DocumentLinks.Of(request.Db, table, ids, targets, ct);

    private static long Size<T>(List<T> rows) => MemoSizes.Rows(rows);
}
