namespace WellnessConnection.Content.Model;

/// <summary>
/// When the public may see a document: never for a draft (in every language), from its <c>publishAt</c> for a
/// scheduled session, always otherwise. The index keeps the same rule per row for its queries.
/// </summary>
public static class Publication
{
    /// <summary>The first instant one of the document's languages is visible; null for never.</summary>
    public static DateTimeOffset? VisibleFrom(ILocalizedDocument document)
    {
        var shown = document.Languages.Where(d => !d.Draft).ToList();
        return shown.Count == 0 ? null : shown.Min(d => (d as Session)?.PublishAt ?? DateTimeOffset.MinValue);
    }

    public static bool IsPublicAt(ILocalizedDocument document, DateTimeOffset now) => VisibleFrom(document) <= now;
}
