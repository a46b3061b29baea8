namespace WellnessConnection.Content.Rendering;

public enum MarkdownIssueKind
{
    /// <summary>Raw HTML in the Markdown: it is shown as text, never passed through.</summary>
    RawHtml,

    /// <summary>A link or image whose scheme is not http, https, mailto or tel: it is rendered without its
    /// target.</summary>
    UnsafeLink,
}
