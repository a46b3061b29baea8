using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>One document of the index, drafts and scheduled sessions included, with what its page shows.</summary>
public sealed class PreviewDocumentReader(PublishedContent content)
{
    public async Task<PreviewDocument?> ReadAsync(
        DocumentSchema schema,
        string slug,
        string locale,
        CancellationToken ct
    )
    {
        var rows = new PreviewRows(content);
        if (await rows.FindAsync(schema.Kind, slug, locale, ct) is not { } document)
        {
            return null;
        }

        var english =
            locale == PreviewLocales.English
                ? document
                : await rows.FindAsync(schema.Kind, slug, PreviewLocales.English, ct) ?? document;
        var french =
            locale == PreviewLocales.French
                ? document
                : await rows.FindAsync(schema.Kind, slug, PreviewLocales.French, ct);
        var body = await content
            .Db.Bodies.Where(b => b.Id == document.BodyId)
            .Select(b => b.Html)
            .FirstOrDefaultAsync(ct);
        var session = document as SessionEntity;
        return new PreviewDocument
        {
            Folder = schema.Folder,
            Slug = document.Slug,
            Locale = locale,
            ServedLanguage = document.ServedLanguage,
            Title = DocumentTitle.Of(document),
            Summary = SummaryOf(document),
            BodyHtml = body ?? "",
            Draft = document.Draft,
            PublishAt = session?.PublishAt is { } at ? SessionInstants.InZone(at, session.TimeZone) : null,
            Status = session?.Status,
            StartsAt = session is null ? null : SessionInstants.InZone(session.StartsAt, session.TimeZone),
            EndsAt = session is null ? null : SessionInstants.InZone(session.EndsAt, session.TimeZone),
            Times = session is null ? [] : SessionFacts.Times(session, locale),
            Facts = await FactsAsync(document, locale, ct),
            Files =
                french?.ServedLanguage == PreviewLocales.French
                    ? [english.SourcePath, french.SourcePath]
                    : [english.SourcePath],
        };
    }

    private async Task<IReadOnlyList<DocumentFact>> FactsAsync(
        DocumentEntity document,
        string locale,
        CancellationToken ct
    ) =>
        document switch
        {
            SessionEntity session => await new SessionFacts(content, locale).ReadAsync(session, ct),
            CrisisLineEntity line => CrisisLineFacts.Of(line, content.Now),
            _ => await new OtherDocumentFacts(content, locale).ReadAsync(document, ct),
        };

    private static string? SummaryOf(DocumentEntity document) =>
        document switch
        {
            SessionEntity session => session.Summary,
            SeriesEntity series => series.Summary,
            TopicEntity topic => topic.Summary,
            ResourceEntity resource => resource.Summary,
            PageEntity page => page.Summary,
            _ => null,
        };
}
