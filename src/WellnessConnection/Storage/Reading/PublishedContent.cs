using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// What one request may read: one index version (held for the whole request, even if a newer one is published
/// meanwhile), one instant for "now", and the one rule of who may see a document (<see cref="DocumentVisibility"/>).
/// Drafts, and sessions whose <c>publishAt</c> is still ahead, are left out of every query unless the request
/// previews. GraphQL, the feeds and the embed all read through here.
/// </summary>
public sealed class PublishedContent : IDisposable
{
    private readonly IndexLease lease;
    private ContentDbContext? db;

    public PublishedContent(
        IndexStore store,
        TimeProvider time,
        IPreviewContext? preview = null,
        ServedVersion? served = null,
        ServedDocuments? documents = null
    )
    {
        lease = store.Acquire();
        Now = time.GetUtcNow();
        IsPreview = preview?.IsPreview == true;
        served?.Record(ContentVersion);
        Served = documents ?? new ServedDocuments();
    }

    /// <summary>What the response shows, for its surrogate keys: readers record the documents they return.</summary>
    public ServedDocuments Served { get; }

    /// <summary>Opened on first use: a request answered from a cache never opens one.</summary>
    public ContentDbContext Db => db ??= lease.Index.CreateContext();

    public ContentIndex Index => lease.Index;

    /// <summary>The request's "now", read once so that every part of a response agrees on it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The request presented the preview token: drafts and scheduled sessions are visible too.</summary>
    public bool IsPreview { get; }

    /// <summary>The version of what this request sees: the public one at <see cref="Now"/>, or every file's in
    /// preview.</summary>
    public string ContentVersion => IsPreview ? lease.Index.SourceVersion : lease.Index.PublicVersionAt(Now);

    public IQueryable<SessionEntity> Sessions(string locale) => Scheduled(Published(Db.Sessions, locale));

    public IQueryable<SeriesEntity> Series(string locale) => Published(Db.Series, locale);

    public IQueryable<TopicEntity> Topics(string locale) => Published(Db.Topics, locale);

    public IQueryable<FacilitatorEntity> Facilitators(string locale) => Published(Db.Facilitators, locale);

    public IQueryable<ResourceEntity> Resources(string locale) => Published(Db.Resources, locale);

    public IQueryable<CrisisLineEntity> CrisisLines(string locale) => Published(Db.CrisisLines, locale);

    public IQueryable<PageEntity> Pages(string locale) => Published(Db.Pages, locale);

    /// <summary>The documents this request may see by their <c>draft</c> flag (all of them in preview).</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> documents)
        where T : DocumentEntity => DocumentVisibility.Served(documents, IsPreview);

    /// <summary>The sessions this request may see by their <c>publishAt</c> (all of them in preview).</summary>
    public IQueryable<SessionEntity> Scheduled(IQueryable<SessionEntity> sessions) =>
        DocumentVisibility.Published(sessions, Now.UtcDateTime, IsPreview);

    public void Dispose()
    {
        db?.Dispose();
        lease.Dispose();
    }

    private IQueryable<T> Published<T>(DbSet<T> set, string locale)
        where T : DocumentEntity => Visible(set.Where(d => d.Locale == locale));
}
