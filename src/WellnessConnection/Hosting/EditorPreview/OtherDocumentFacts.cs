using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>What series, topics, facilitators, resources and pages show besides their title and body.</summary>
public sealed class OtherDocumentFacts(PublishedContent content, string locale)
{
    public async Task<IReadOnlyList<DocumentFact>> ReadAsync(DocumentEntity document, CancellationToken ct) =>
        document switch
        {
            SeriesEntity series => await PartsAsync(series, ct),
            ResourceEntity resource => await ResourceAsync(resource, ct),
            FacilitatorEntity facilitator =>
            [
                .. DocumentFact.Of("Credentials", facilitator.Credentials),
                .. DocumentFact.Of("Pronouns", facilitator.Pronouns),
            ],
            TopicEntity topic => [.. DocumentFact.Of("Order", OrderOf(topic.Order))],
            PageEntity page => [.. DocumentFact.Of("Order", OrderOf(page.Order))],
            _ => [],
        };

    private async Task<IReadOnlyList<DocumentFact>> PartsAsync(SeriesEntity series, CancellationToken ct)
    {
        var parts = await content
            .Sessions(locale)
            .Where(s => s.SeriesId == series.Id)
            .OrderBy(s => s.Part)
            .ThenBy(s => s.StartsAt)
            .ToListAsync(ct);
        return
        [
            .. DocumentFact.Of(
                "Parts",
                parts.Select(s =>
                    FactValue.Document(
                        s.Part is { } part ? $"Part {part}: {s.Title}" : s.Title,
                        ContentSchemas.Session.Folder,
                        s.Slug,
                        locale
                    )
                )
            ),
        ];
    }

    private async Task<IReadOnlyList<DocumentFact>> ResourceAsync(ResourceEntity resource, CancellationToken ct)
    {
        var db = content.Db;
        var topics = await DocumentLinks.Of(
            db,
            ContentDbContext.ResourceTopics,
            [resource.Id],
            content.Visible(db.Topics),
            ct
        );
        return
        [
            .. DocumentFact.Of("Kind", resource.Kind),
            .. DocumentFact.Of("Link", resource.Url is { } url ? [FactValue.Web(url)] : Array.Empty<FactValue>()),
            .. DocumentFact.Of(
                "Topics",
                topics
                    .GetValueOrDefault(resource.Id, [])
                    .Select(t => FactValue.Document(t.Name, ContentSchemas.Topic.Folder, t.Slug, locale))
            ),
            .. DocumentFact.Of("Audience", resource.Audience),
        ];
    }

    private static string? OrderOf(int? order) => order?.ToString(CultureInfo.InvariantCulture);
}
