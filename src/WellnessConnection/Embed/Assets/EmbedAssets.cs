using System.Text.Json;

namespace WellnessConnection.Embed.Assets;

/// <summary>
/// The embed's static files, under <c>/embed/v1/</c> (a new major version gets a new folder, old snippets keep
/// working). They are compiled into the app as resources (<c>sessions.js</c>, <c>sessions.css</c>,
/// <c>local-time.js</c> beside this file), so every host serves the same bytes whatever its working folder.
/// </summary>
public static class EmbedAssets
{
    public const string Folder = "/embed/v1/";

    /// <summary>Where <c>sessions.js</c> receives <c>sessions.css</c>, to put it in its shadow root.</summary>
    private const string StylesheetPlaceholder = "\"__WC_STYLESHEET__\"";

    private static readonly string Css = Resource("sessions.css");

    /// <summary><c>&lt;wellness-sessions&gt;</c>: plain JavaScript, no build step; renders in a shadow root, reads the
    /// public API by GET.</summary>
    public static readonly EmbedAsset Script = new(
        Folder + "sessions.js",
        "text/javascript; charset=utf-8",
        Resource("sessions.js").Replace(StylesheetPlaceholder, JsonSerializer.Serialize(Css), StringComparison.Ordinal)
    );

    public static readonly EmbedAsset Stylesheet = new(Folder + "sessions.css", "text/css; charset=utf-8", Css);

    /// <summary>The iframe page's only, optional script: adds the viewer's own time (a file, so <c>script-src
    /// 'self'</c> allows it).</summary>
    public static readonly EmbedAsset LocalTime = new(
        Folder + "local-time.js",
        "text/javascript; charset=utf-8",
        Resource("local-time.js")
    );

    public static IReadOnlyList<EmbedAsset> All { get; } = [Script, Stylesheet, LocalTime];

    private static string Resource(string name)
    {
        using var stream = typeof(EmbedAssets).Assembly.GetManifestResourceStream($"Embed/Assets/{name}")
            ?? throw new InvalidOperationException($"The embed asset {name} is not compiled into the app.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
