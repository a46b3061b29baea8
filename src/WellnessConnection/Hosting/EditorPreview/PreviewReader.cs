using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// Reads the index for the editor preview: through <see cref="PublishedContent"/> in preview mode, so drafts and
/// scheduled sessions are included by the one visibility rule, and each is marked with why readers cannot see it yet.
/// </summary>
public sealed class PreviewReader(PublishedContent content)
{
    public async Task<List<PreviewDocument>> ListAsync(string locale, CancellationToken cancellationToken)
    {
        var documents = new List<PreviewDocument>();
        foreach (var session in await content.Sessions(locale).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken))
        {
            documents.Add(Of("sessions", session));
        }

        await AddAsync(documents, "series", content.Series(locale), cancellationToken);
        await AddAsync(documents, "topics", content.Topics(locale), cancellationToken);
        await AddAsync(documents, "facilitators", content.Facilitators(locale), cancellationToken);
        await AddAsync(documents, "resources", content.Resources(locale), cancellationToken);
        await AddAsync(documents, "crisis-lines", content.CrisisLines(locale), cancellationToken);
        await AddAsync(documents, "pages", content.Pages(locale), cancellationToken);
        return documents;
    }

    public async Task<PreviewDocument?> FindAsync(
        string folder,
        string slug,
        string locale,
        CancellationToken cancellationToken
    )
    {
        PreviewDocument? document = folder switch
        {
            "sessions" => await content
                .Sessions(locale)
                .Include(s => s.Facilitators)
                .Include(s => s.Topics)
                .Include(s => s.Series)
                .FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken)
                is { } found
                ? Of("sessions", found)
                : null,
            "series" => await FirstAsync(folder, content.Series(locale), slug, cancellationToken),
            "topics" => await FirstAsync(folder, content.Topics(locale), slug, cancellationToken),
            "facilitators" => await FirstAsync(folder, content.Facilitators(locale), slug, cancellationToken),
            "resources" => await FirstAsync(folder, content.Resources(locale), slug, cancellationToken),
            "crisis-lines" => await FirstAsync(folder, content.CrisisLines(locale), slug, cancellationToken),
            "pages" => await FirstAsync(folder, content.Pages(locale), slug, cancellationToken),
            _ => null,
        };
        if (document is null)
        {
            return null;
        }

        var body = await content.Db.Bodies.FirstAsync(b => b.Id == document.Entity.BodyId, cancellationToken);
        return document.Entity is SessionEntity session
            ? document with
            {
                Html = body.Html,
                Facilitators = [.. session.Facilitators.Select(f => f.Name)],
                Topics = [.. session.Topics.Select(t => t.Name)],
                Series = session.Series is { } series
                    ? session.Part is { } part
                        ? $"{series.Title}, part {part}"
                        : series.Title
                    : null,
            }
            : document with
            {
                Html = body.Html,
            };
    }

    private async Task AddAsync<T>(
        List<PreviewDocument> documents,
        string folder,
        IQueryable<T> query,
        CancellationToken cancellationToken
    )
        where T : DocumentEntity
    {
        foreach (var entity in await query.OrderBy(e => e.Slug).ToListAsync(cancellationToken))
        {
            documents.Add(Of(folder, entity));
        }
    }

    private async Task<PreviewDocument?> FirstAsync<T>(
        string folder,
        IQueryable<T> query,
        string slug,
        CancellationToken cancellationToken
    )
        where T : DocumentEntity =>
        await query.Where(e => e.Slug == slug).FirstOrDefaultAsync(cancellationToken) is { } entity
            ? Of(folder, entity)
            : null;

    private PreviewDocument Of(string folder, DocumentEntity entity) =>
        new(folder, entity, TitleOf(entity), Unpublished(entity));

    private string? Unpublished(DocumentEntity entity) =>
        entity.Draft ? "draft"
        : entity is SessionEntity { PublishAt: { } at } && at > content.Now.UtcDateTime
            ? $"scheduled for {at:yyyy-MM-dd HH:mm} UTC"
        : null;

    private static string TitleOf(DocumentEntity entity) =>
        entity switch
        {
            SessionEntity s => s.Title,
            SeriesEntity s => s.Title,
            TopicEntity t => t.Name,
            FacilitatorEntity f => f.Name,
            ResourceEntity r => r.Title,
            CrisisLineEntity c => c.Name,
            PageEntity p => p.Title,
            _ => entity.Slug,
        };
}
