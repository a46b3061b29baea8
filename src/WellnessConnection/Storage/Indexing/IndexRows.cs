using System.Text.Json;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The rows of an index, made from a <see cref="ContentSet"/>: every document once per locale, bodies shared where
/// a French row inherits the English body, links in the order the editor listed them.
/// </summary>
public sealed class IndexRows
{
    public static readonly IReadOnlyList<string> Locales = ["en", "fr"];

    private readonly Dictionary<RenderedMarkdown, int> bodyIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Kind, string Slug, string Locale), int> ids = [];

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

    public static IndexRows From(ContentSet content)
    {
        var rows = new IndexRows();
        foreach (var locale in Locales)
        {
            rows.Add(content.Series, locale, rows.Series, d => new SeriesEntity { Title = d.Title, Summary = d.Summary }, d => d.Title);
            rows.Add(content.Topics, locale, rows.Topics, d => new TopicEntity { Name = d.Name, Summary = d.Summary, Order = d.Order }, d => d.Name);
            rows.Add(content.Facilitators, locale, rows.Facilitators, d => new FacilitatorEntity { Name = d.Name, Credentials = d.Credentials, Pronouns = d.Pronouns }, d => d.Name);
            rows.Add(content.Pages, locale, rows.Pages, d => new PageEntity { Title = d.Title, Summary = d.Summary, Order = d.Order }, d => d.Title);
            rows.Add(content.CrisisLines, locale, rows.CrisisLines, d => new CrisisLineEntity
            {
                Name = d.Name, Scope = d.Scope, Regions = [.. d.Regions], Audience = [.. d.Audience], Phone = [.. d.Phone], Text = d.Text,
                Url = d.Url?.OriginalString, Hours = d.Hours, Languages = [.. d.Languages], Source = d.Source.OriginalString,
                LastVerified = DateOnly.FromDateTime(d.LastVerified.ToDateTimeUnspecified()),
            }, d => d.Name);
            rows.Add(content.Resources, locale, rows.Resources, d => new ResourceEntity
            {
                Title = d.Title, Kind = d.ResourceKind, Url = d.Url?.OriginalString, Audience = [.. d.Audience], Summary = d.Summary,
            }, d => d.Title);
            rows.Add(content.Sessions, locale, rows.Sessions, d => new SessionEntity
            {
                Title = d.Title, Summary = d.Summary, StartsAt = d.StartsAt.UtcDateTime, EndsAt = d.EndsAt.UtcDateTime,
                TimeZone = d.TimeZone, DurationMinutes = d.DurationMinutes, Part = d.Part, Audience = [.. d.Audience],
                RegistrationUrl = d.RegistrationUrl?.OriginalString, Status = d.Status, PublishAt = d.PublishAt?.UtcDateTime,
            }, d => d.Title);
        }

        rows.Link(content);
        return rows;
    }

    private void Add<TDocument, TEntity>(
        IReadOnlyList<Localized<TDocument>> documents,
        string locale,
        List<TEntity> target,
        Func<TDocument, TEntity> create,
        Func<TDocument, string> title)
        where TDocument : ContentDocument
        where TEntity : DocumentEntity
    {
        var kind = typeof(TDocument).Name;
        foreach (var localized in documents)
        {
            var document = localized.In(locale);
            var entity = create(document);
            entity.Id = target.Count + 1;
            entity.Slug = document.Slug;
            entity.Locale = locale;
            entity.ServedLanguage = document.Language;
            entity.SourcePath = document.SourcePath;
            entity.Draft = document.Draft;
            entity.BodyId = BodyIdOf(document.Body);
            ids[(kind, document.Slug, locale)] = entity.Id;
            target.Add(entity);
            var publishAt = (entity as SessionEntity)?.PublishAt;
            Search.Add(new SearchRow(kind, entity.Id, document.Slug, locale, document.Draft, publishAt, title(document), document.Body.Text));
        }
    }

    private void Link(ContentSet content)
    {
        foreach (var locale in Locales)
        {
            foreach (var session in content.Sessions.Select(s => s.In(locale)))
            {
                var id = ids[(nameof(Session), session.Slug, locale)];
                AddLinks(SessionTopics, id, session.Topics, nameof(Topic), locale);
                AddLinks(SessionFacilitators, id, session.Facilitators, nameof(Facilitator), locale);
                if (session.Series is { } series && ids.TryGetValue((nameof(Content.Model.Series), series, locale), out var seriesId))
                {
                    Sessions[id - 1].SeriesId = seriesId;
                }
            }

            foreach (var resource in content.Resources.Select(r => r.In(locale)))
            {
                AddLinks(ResourceTopics, ids[(nameof(Resource), resource.Slug, locale)], resource.Topics, nameof(Topic), locale);
            }
        }
    }

    private void AddLinks(List<LinkEntity> links, int fromId, IReadOnlyList<string> slugs, string kind, string locale)
    {
        for (var i = 0; i < slugs.Count; i++)
        {
            if (ids.TryGetValue((kind, slugs[i], locale), out var toId))
            {
                links.Add(new LinkEntity { FromId = fromId, ToId = toId, Position = i });
            }
        }
    }

    private int BodyIdOf(RenderedMarkdown body)
    {
        if (!bodyIds.TryGetValue(body, out var id))
        {
            id = Bodies.Count + 1;
            bodyIds[body] = id;
            Bodies.Add(new BodyEntity
            {
                Id = id,
                Markdown = body.Markdown,
                Html = body.Html,
                Text = body.Text,
                HeadingsJson = JsonSerializer.Serialize(body.Headings.Select(h => new { h.Level, h.Text, h.Anchor })),
                ReadingTimeMinutes = body.ReadingTimeMinutes,
            });
        }

        return id;
    }
}
