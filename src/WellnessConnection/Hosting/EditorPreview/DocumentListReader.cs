using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>Every document of every type, drafts and scheduled sessions included, in the content folders'
/// order.</summary>
public sealed class DocumentListReader(PublishedContent content)
{
    public async Task<IReadOnlyList<DocumentGroup>> ReadAsync(CancellationToken ct)
    {
        var rows = new PreviewRows(content);
        var groups = new List<DocumentGroup>();
        foreach (var schema in ContentSchemas.Documents)
        {
            var english = await rows.AllAsync(schema.Kind, PreviewLocales.English, ct);
            var french = (await rows.AllAsync(schema.Kind, PreviewLocales.French, ct))
                .Where(d => d.ServedLanguage == PreviewLocales.French)
                .ToDictionary(d => d.Slug, d => d.SourcePath, StringComparer.Ordinal);
            groups.Add(new DocumentGroup(schema.Folder, [.. english.Select(d => Listed(schema.Folder, d, french))]));
        }

        return groups;
    }

    private static ListedDocument Listed(string folder, DocumentEntity document, Dictionary<string, string> french)
    {
        var session = document as SessionEntity;
        return new ListedDocument
        {
            Folder = folder,
            Slug = document.Slug,
            Title = DocumentTitle.Of(document),
            SourcePath = document.SourcePath,
            FrenchSourcePath = french.GetValueOrDefault(document.Slug),
            Draft = document.Draft,
            PublishAt = session?.PublishAt is { } at ? SessionInstants.InZone(at, session.TimeZone) : null,
            EndsAt = session is null ? null : SessionInstants.InZone(session.EndsAt, session.TimeZone),
            Status = session?.Status,
        };
    }
}
