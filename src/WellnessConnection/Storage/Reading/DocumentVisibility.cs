using System.Linq.Expressions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// Who may see a document, the one rule: never a draft, never a session before its <c>publishAt</c>, except to a
/// request that previews (which sees everything). In the three forms readers need: LINQ over the index's tables
/// (<see cref="PublishedContent"/>), an expression for the filters that GraphQL builds by hand over related
/// documents, and SQL for the full-text table. The same rule in the content model, at load time, is
/// <c>Content.Model.Publication</c>; the instants at which "now" changes what it lets through are the sessions'
/// <c>PublishAt</c> (see GraphQL's memo slices).
/// </summary>
public static class DocumentVisibility
{
    /// <summary>
    /// The full-text search's condition, with parameters <c>$preview</c> (0 or 1) and <c>$now</c> (UTC), over the
    /// <c>Draft</c> and <c>PublishAt</c> columns of the search rows (<c>Indexing.SearchTable.RowsName</c>).
    /// </summary>
    public const string SearchCondition = "($preview OR (Draft = 0 AND (PublishAt IS NULL OR PublishAt <= $now)))";

    /// <summary>The documents a request may see by their <c>draft</c> flag.</summary>
    public static IQueryable<T> Served<T>(IQueryable<T> documents, bool preview)
        where T : DocumentEntity => preview ? documents : documents.Where(d => !d.Draft);

    /// <summary>The sessions a request may see at <paramref name="utcNow"/> by their <c>publishAt</c>.</summary>
    public static IQueryable<SessionEntity> Published(
        IQueryable<SessionEntity> sessions,
        DateTime utcNow,
        bool preview
    ) => preview ? sessions : sessions.Where(s => s.PublishAt == null || s.PublishAt <= utcNow);

    /// <summary>
    /// Whether a related document is served, for filters over relations (<c>topics: { some: … }</c>). A related draft
    /// never matches, in preview too: a filter must not tell what an unpublished document says.
    /// </summary>
    public static Expression IsServed(Expression document) =>
        Expression.Not(Expression.Property(document, nameof(DocumentEntity.Draft)));
}
