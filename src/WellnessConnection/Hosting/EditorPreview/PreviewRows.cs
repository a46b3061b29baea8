using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The rows of one document type in one locale, read through a previewing <see cref="PublishedContent"/>: its one
/// visibility rule then lets drafts and scheduled sessions through, and nothing else decides what is shown.
/// </summary>
public sealed class PreviewRows(PublishedContent content)
{
    /// <summary>Every document of <paramref name="kind"/>, by file name (sessions then come in date order).</summary>
    public Task<List<DocumentEntity>> AllAsync(DocumentKind kind, string locale, CancellationToken ct) =>
        kind switch
        {
            DocumentKind.Session => ListAsync(content.Sessions(locale), ct),
            DocumentKind.Series => ListAsync(content.Series(locale), ct),
            DocumentKind.Topic => ListAsync(content.Topics(locale), ct),
            DocumentKind.Facilitator => ListAsync(content.Facilitators(locale), ct),
            DocumentKind.Resource => ListAsync(content.Resources(locale), ct),
            DocumentKind.CrisisLine => ListAsync(content.CrisisLines(locale), ct),
            _ => ListAsync(content.Pages(locale), ct),
        };

    public Task<DocumentEntity?> FindAsync(DocumentKind kind, string slug, string locale, CancellationToken ct) =>
        kind switch
        {
            DocumentKind.Session => FindAsync(content.Sessions(locale), slug, ct),
            DocumentKind.Series => FindAsync(content.Series(locale), slug, ct),
            DocumentKind.Topic => FindAsync(content.Topics(locale), slug, ct),
            DocumentKind.Facilitator => FindAsync(content.Facilitators(locale), slug, ct),
            DocumentKind.Resource => FindAsync(content.Resources(locale), slug, ct),
            DocumentKind.CrisisLine => FindAsync(content.CrisisLines(locale), slug, ct),
            _ => FindAsync(content.Pages(locale), slug, ct),
        };

    private static async Task<List<DocumentEntity>> ListAsync<T>(IQueryable<T> rows, CancellationToken ct)
        where T : DocumentEntity => [.. await rows.OrderBy(d => d.SourcePath).ToListAsync(ct)];

    private static async Task<DocumentEntity?> FindAsync<T>(IQueryable<T> rows, string slug, CancellationToken ct)
        where T : DocumentEntity => await rows.FirstOrDefaultAsync(d => d.Slug == slug, ct);
}
