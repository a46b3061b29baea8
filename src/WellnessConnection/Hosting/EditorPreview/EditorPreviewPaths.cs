namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>The addresses of the editor preview, from the server's root (a path base goes before them).</summary>
public static class EditorPreviewPaths
{
    public const string Root = "/preview";

    /// <summary>The server-sent events that tell a preview page to load again.</summary>
    public const string Events = Root + "/events";

    /// <summary>Its script and stylesheet; no content folder starts with an underscore.</summary>
    public const string Assets = Root + "/_assets/";

    /// <summary>A document's page: <c>/preview/sessions/example-sleep-part-2</c>, <c>?locale=fr</c> for its
    /// French version.</summary>
    public static string Document(string folder, string slug, string locale) =>
        $"{Root}/{folder}/{Uri.EscapeDataString(slug)}"
        + (locale == PreviewLocales.English ? "" : "?locale=" + Uri.EscapeDataString(locale));
}
