using Microsoft.Extensions.Options;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// What one GraphQL request reads: the request's <see cref="PublishedContent"/> (one index version, one "now", the
/// one rule of who may see a document), plus what GraphQL adds to it: the batch loaders that keep relations to a
/// few queries, and the memo of what earlier requests on the same index read.
/// </summary>
public sealed class ContentRequest(PublishedContent content, IOptions<IndexOptions>? options = null)
{
    private static readonly IndexOptions Defaults = new();

    private readonly IndexOptions settings = options?.Value ?? Defaults;
    private IndexMemo? memo;
    private long? slice;
    private RelationLoaders? loaders;

    public PublishedContent Content { get; } = content;

    public ContentDbContext Db => Content.Db;

    /// <summary>
    /// What earlier requests read from this request's index; null when previewing, whose results are never shared, or
    /// when the memo is off (<see cref="IndexOptions.Memo"/>).
    /// </summary>
    public IndexMemo? Memo =>
        IsPreview || !settings.Memo ? null : memo ??= IndexMemo.For(Content.Index, settings.MemoSizeLimitBytes);

    /// <summary>The request's "now", read once so that every field of a response agrees on it.</summary>
    public DateTimeOffset Now => Content.Now;

    public string ContentVersion => Content.ContentVersion;

    /// <summary>The request presented the preview token: drafts and scheduled sessions are visible too.</summary>
    public bool IsPreview => Content.IsPreview;

    public RelationLoaders Loaders => loaders ??= new RelationLoaders(this);

    public IQueryable<SessionEntity> Sessions(string locale) => Content.Sessions(locale);

    public IQueryable<SeriesEntity> Series(string locale) => Content.Series(locale);

    public IQueryable<TopicEntity> Topics(string locale) => Content.Topics(locale);

    public IQueryable<FacilitatorEntity> Facilitators(string locale) => Content.Facilitators(locale);

    public IQueryable<ResourceEntity> Resources(string locale) => Content.Resources(locale);

    public IQueryable<CrisisLineEntity> CrisisLines(string locale) => Content.CrisisLines(locale);

    public IQueryable<PageEntity> Pages(string locale) => Content.Pages(locale);

    /// <summary>The <see cref="Memo"/> key of a result read with this request's "now" (only when there is a
    /// memo).</summary>
    public MemoKey MemoKey(string scope, string arguments, SharedKeyText? shared = null) =>
        new(
            scope,
            arguments,
            slice ??= (Memo ?? throw new InvalidOperationException("A request that previews has no memo.")).SliceOf(
                Now.UtcDateTime
            ),
            shared
        );

    /// <inheritdoc cref="PublishedContent.Visible{T}"/>
    public IQueryable<T> Visible<T>(IQueryable<T> documents)
        where T : DocumentEntity => Content.Visible(documents);

    /// <inheritdoc cref="PublishedContent.Scheduled"/>
    public IQueryable<SessionEntity> Scheduled(IQueryable<SessionEntity> sessions) => Content.Scheduled(sessions);
}
