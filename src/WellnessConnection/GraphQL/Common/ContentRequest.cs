using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// What one GraphQL request reads: one index version (held for the whole request, even if a newer one is
/// published meanwhile), one instant for "now", and the batch loaders that keep relations to a few queries.
/// Only published documents are reachable from here: drafts and documents whose <c>publishAt</c> is still
/// ahead are filtered in every query, unless the request previews (<see cref="IsPreview"/>).
/// </summary>
public sealed class ContentRequest : IDisposable
{
    private readonly IndexLease lease;
    private ContentDbContext? db;
    private IndexMemo? memo;
    private long? slice;

    public ContentRequest(IndexStore store, TimeProvider time, IPreviewContext? preview = null)
    {
        lease = store.Acquire();
        Now = time.GetUtcNow();
        IsPreview = preview?.IsPreview == true;
        Loaders = new RelationLoaders(this);
    }

    /// <summary>Opened on first use: a request answered from the <see cref="Memo"/> never opens one.</summary>
    public ContentDbContext Db => db ??= lease.Index.CreateContext();

    /// <summary>
    /// What earlier requests read from this request's index; null when previewing, whose results are never shared.
    /// </summary>
    public IndexMemo? Memo => IsPreview ? null : memo ??= IndexMemo.For(lease.Index);

    /// <summary>The request's "now", read once so that every field of a response agrees on it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The version of what this request sees: the public one at <see cref="Now"/>, or every file's in preview.</summary>
    public string ContentVersion => IsPreview ? lease.Index.SourceVersion : lease.Index.PublicVersionAt(Now);

    /// <summary>The request presented the preview token: drafts and scheduled sessions are visible too.</summary>
    public bool IsPreview { get; }

    public RelationLoaders Loaders { get; }

    public IQueryable<SessionEntity> Sessions(string locale) => Scheduled(Published(Db.Sessions, locale));

    public IQueryable<SeriesEntity> Series(string locale) => Published(Db.Series, locale);

    public IQueryable<TopicEntity> Topics(string locale) => Published(Db.Topics, locale);

    public IQueryable<FacilitatorEntity> Facilitators(string locale) => Published(Db.Facilitators, locale);

    public IQueryable<ResourceEntity> Resources(string locale) => Published(Db.Resources, locale);

    public IQueryable<CrisisLineEntity> CrisisLines(string locale) => Published(Db.CrisisLines, locale);

    public IQueryable<PageEntity> Pages(string locale) => Published(Db.Pages, locale);

    public void Dispose()
    {
        db?.Dispose();
        lease.Dispose();
    }

    /// <summary>The <see cref="Memo"/> key of a result read with this request's "now" (only when there is a memo).</summary>
    public MemoKey MemoKey(string scope, string arguments) =>
        new(scope, arguments, slice ??= (Memo ?? throw new InvalidOperationException("A request that previews has no memo.")).SliceOf(Now.UtcDateTime));

    /// <summary>The documents this request may see by their <c>draft</c> flag (all of them in preview).</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> documents)
        where T : DocumentEntity =>
        IsPreview ? documents : documents.Where(d => !d.Draft);

    /// <summary>The sessions this request may see by their <c>publishAt</c> (all of them in preview).</summary>
    public IQueryable<SessionEntity> Scheduled(IQueryable<SessionEntity> sessions)
    {
        if (IsPreview)
        {
            return sessions;
        }

        var now = Now.UtcDateTime;
        return sessions.Where(s => s.PublishAt == null || s.PublishAt <= now);
    }

    private IQueryable<T> Published<T>(DbSet<T> set, string locale)
        where T : DocumentEntity =>
        Visible(set.Where(d => d.Locale == locale));
}
