using WellnessConnection.Content.Model;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Indexing.Rows;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The rows of documents about to be written: every document once per locale, a body shared where a French row
/// inherits the English body, links in the order the editor listed them. Ids come from <see cref="IndexIds"/>, so
/// documents can be added in any order and in batches (<see cref="Clear"/> after each is written). What each kind of
/// document adds is in <c>Rows/</c>.
/// </summary>
public sealed class IndexRows(IndexIds ids)
{
    public static readonly IReadOnlyList<string> Locales = ["en", "fr"];

    public List<BodyEntity> Bodies { get; } = [];

    public List<SessionEntity> Sessions { get; } = [];

    public List<SeriesEntity> Series { get; } = [];

    public List<TopicEntity> Topics { get; } = [];

    public List<FacilitatorEntity> Facilitators { get; } = [];

    public List<ResourceEntity> Resources { get; } = [];

    public List<CrisisLineEntity> CrisisLines { get; } = [];

    public List<PageEntity> Pages { get; } = [];

    public List<LinkEntity> SessionTopics { get; } = [];

    public List<LinkEntity> SessionFacilitators { get; } = [];

    public List<LinkEntity> ResourceTopics { get; } = [];

    public List<SearchRow> Search { get; } = [];

    public int DocumentCount { get; private set; }

    /// <summary>The ids of every document, in every locale, that rows may point to.</summary>
    internal IndexIds Ids => ids;

    /// <summary>Adds a document's rows in every locale, as its kind makes them (see DocumentRowKinds).</summary>
    public void Add<T>(Localized<T> document)
        where T : ContentDocument
    {
        DocumentCount++;
        DocumentRowKinds.For<T>().Add(document, this);
    }

    public void Clear()
    {
        Bodies.Clear();
        Sessions.Clear();
        Series.Clear();
        Topics.Clear();
        Facilitators.Clear();
        Resources.Clear();
        CrisisLines.Clear();
        Pages.Clear();
        SessionTopics.Clear();
        SessionFacilitators.Clear();
        ResourceTopics.Clear();
        Search.Clear();
        DocumentCount = 0;
    }

    /// <summary>A document's own rows in every locale, with its bodies and search rows.</summary>
    internal void AddDocument<TDocument, TEntity>(
        Localized<TDocument> localized,
        List<TEntity> target,
        Func<TDocument, TEntity> create,
        Func<TDocument, string> title
    )
        where TDocument : ContentDocument
        where TEntity : DocumentEntity
    {
        var bodyIds = new Dictionary<RenderedMarkdown, int>(ReferenceEqualityComparer.Instance);
        foreach (var locale in Locales)
        {
            var document = localized.In(locale);
            var entity = create(document);
            entity.Id = ids.Of(document.Kind, document.Slug, locale);
            entity.Slug = document.Slug;
            entity.Locale = locale;
            entity.ServedLanguage = document.Language;
            entity.SourcePath = document.SourcePath;
            entity.Draft = document.Draft;
            entity.BodyId = BodyIdOf(document.Body, bodyIds);
            target.Add(entity);
            var publishAt = (entity as SessionEntity)?.PublishAt;
            Search.Add(
                new SearchRow(
                    SearchTable.KindOf(document.Kind),
                    entity.Id,
                    document.Slug,
                    locale,
                    document.Draft,
                    publishAt,
                    title(document),
                    document.Body.Text,
                    entity.BodyId,
                    document.Language
                )
            );
        }
    }

    /// <summary>The links a document makes in every locale, to the documents of <paramref name="kind"/> that
    /// exist.</summary>
    internal void AddLinks<T>(
        Localized<T> localized,
        List<LinkEntity> links,
        Func<T, IReadOnlyList<string>> targets,
        DocumentKind kind
    )
        where T : ContentDocument
    {
        foreach (var locale in Locales)
        {
            var document = localized.In(locale);
            var fromId = ids.Of(document.Kind, document.Slug, locale);
            var slugs = targets(document);
            for (var i = 0; i < slugs.Count; i++)
            {
                if (ids.TryGet(kind, slugs[i], locale, out var toId))
                {
                    links.Add(
                        new LinkEntity
                        {
                            FromId = fromId,
                            ToId = toId,
                            Position = i,
                        }
                    );
                }
            }
        }
    }

    private int BodyIdOf(RenderedMarkdown body, Dictionary<RenderedMarkdown, int> bodyIds)
    {
        if (!bodyIds.TryGetValue(body, out var id))
        {
            id = ids.NextBodyId();
            bodyIds[body] = id;
            Bodies.Add(
                new BodyEntity
                {
                    Id = id,
                    Markdown = body.Markdown,
                    Html = body.Html,
                    Text = body.Text,
                    HeadingsJson = Entities.HeadingsJson.Write(body.Headings),
                    ReadingTimeMinutes = body.ReadingTimeMinutes,
                }
            );
        }

        return id;
    }
}
