using System.Text.Json;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The rows of documents about to be written: every document once per locale, a body shared where a French row
/// inherits the English body, links in the order the editor listed them. Ids come from <see cref="IndexIds"/>, so
/// documents can be added in any order and in batches (<see cref="Clear"/> after each is written).
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

    public void Add<T>(Localized<T> document)
        where T : ContentDocument
    {
        DocumentCount++;
        switch (document)
        {
            case Localized<Session> session:
                Add(
                    session,
                    Sessions,
                    d => new SessionEntity
                    {
                        Title = d.Title,
                        Summary = d.Summary,
                        StartsAt = d.StartsAt.UtcDateTime,
                        EndsAt = d.EndsAt.UtcDateTime,
                        TimeZone = d.TimeZone,
                        DurationMinutes = d.DurationMinutes,
                        Part = d.Part,
                        Audience = [.. d.Audience],
                        RegistrationUrl = d.RegistrationUrl?.OriginalString,
                        Status = d.Status,
                        PublishAt = d.PublishAt?.UtcDateTime,
                    },
                    d => d.Title
                );
                foreach (var row in Sessions.TakeLast(Locales.Count))
                {
                    row.SeriesId =
                        session.In(row.Locale).Series is { } series
                        && ids.TryGet(DocumentKind.Series, series, row.Locale, out var seriesId)
                            ? seriesId
                            : null;
                }

                AddLinks(session, SessionTopics, d => d.Topics, DocumentKind.Topic);
                AddLinks(session, SessionFacilitators, d => d.Facilitators, DocumentKind.Facilitator);
                break;
            case Localized<Series> series:
                Add(series, Series, d => new SeriesEntity { Title = d.Title, Summary = d.Summary }, d => d.Title);
                break;
            case Localized<Topic> topic:
                Add(
                    topic,
                    Topics,
                    d => new TopicEntity
                    {
                        Name = d.Name,
                        Summary = d.Summary,
                        Order = d.Order,
                    },
                    d => d.Name
                );
                break;
            case Localized<Facilitator> facilitator:
                Add(
                    facilitator,
                    Facilitators,
                    d => new FacilitatorEntity
                    {
                        Name = d.Name,
                        Credentials = d.Credentials,
                        Pronouns = d.Pronouns,
                    },
                    d => d.Name
                );
                break;
            case Localized<Page> page:
                Add(
                    page,
                    Pages,
                    d => new PageEntity
                    {
                        Title = d.Title,
                        Summary = d.Summary,
                        Order = d.Order,
                    },
                    d => d.Title
                );
                break;
            case Localized<CrisisLine> line:
                Add(
                    line,
                    CrisisLines,
                    d => new CrisisLineEntity
                    {
                        Name = d.Name,
                        Scope = d.Scope,
                        Regions = [.. d.Regions],
                        Audience = [.. d.Audience],
                        Phone = [.. d.Phone],
                        Text = d.Text,
                        Url = d.Url?.OriginalString,
                        Hours = d.Hours,
                        Languages = [.. d.Languages],
                        Source = d.Source.OriginalString,
                        LastVerified = DateOnly.FromDateTime(d.LastVerified.ToDateTimeUnspecified()),
                    },
                    d => d.Name
                );
                break;
            case Localized<Resource> resource:
                Add(
                    resource,
                    Resources,
                    d => new ResourceEntity
                    {
                        Title = d.Title,
                        Kind = d.ResourceKind,
                        Url = d.Url?.OriginalString,
                        Audience = [.. d.Audience],
                        Summary = d.Summary,
                    },
                    d => d.Title
                );
                AddLinks(resource, ResourceTopics, d => d.Topics, DocumentKind.Topic);
                break;
            default:
                throw new ArgumentException($"{typeof(T).Name} is not indexed.", nameof(document));
        }
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

    private void Add<TDocument, TEntity>(
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
                    document.Body.Text
                )
            );
        }
    }

    private void AddLinks<T>(
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
                    HeadingsJson = JsonSerializer.Serialize(
                        body.Headings.Select(h => new
                        {
                            h.Level,
                            h.Text,
                            h.Anchor,
                        })
                    ),
                    ReadingTimeMinutes = body.ReadingTimeMinutes,
                }
            );
        }

        return id;
    }
}
