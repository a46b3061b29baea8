using WellnessConnection.Embed.Assets;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The preview pages' script and stylesheet, compiled into the app (beside this file, in <c>Assets/</c>) and served
/// as files, so that the pages' policy allows them with <c>'self'</c> and no inline script or style.
/// </summary>
public static class EditorPreviewAssets
{
    /// <summary>Listens to <see cref="EditorPreviewPaths.Events"/> and loads the page again after each load of the
    /// content.</summary>
    public static readonly EmbedAsset Script = new(
        EditorPreviewPaths.Assets + "editor-preview.js",
        "text/javascript; charset=utf-8",
        Resource("editor-preview.js")
    );

    public static readonly EmbedAsset Stylesheet = new(
        EditorPreviewPaths.Assets + "editor-preview.css",
        "text/css; charset=utf-8",
        Resource("editor-preview.css")
    );

    public static IReadOnlyList<EmbedAsset> All { get; } = [Script, Stylesheet];

    private static string Resource(string name)
    {
        using var stream = typeof(EditorPreviewAssets).Assembly.GetManifestResourceStream(
            $"Hosting/EditorPreview/Assets/{name}"
        ) ?? throw new InvalidOperationException($"The editor preview's {name} is not compiled into the app.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
