using System.Text.Json;

namespace WellnessConnection.Embed.Assets;

/// <summary>The embed's static files, under <c>/embed/v1/</c>: a new major version gets a new folder, old snippets keep working.</summary>
public static class EmbedAssets
{
    public const string Folder = "/embed/v1/";

    public static readonly EmbedAsset Script = new(
        Folder + "sessions.js",
        "text/javascript; charset=utf-8",
        SessionsScript.Source.Replace(SessionsScript.StylesheetPlaceholder, JsonSerializer.Serialize(SessionsStylesheet.Css), StringComparison.Ordinal));

    public static readonly EmbedAsset Stylesheet = new(Folder + "sessions.css", "text/css; charset=utf-8", SessionsStylesheet.Css);

    public static readonly EmbedAsset LocalTime = new(Folder + "local-time.js", "text/javascript; charset=utf-8", LocalTimeScript.Source);

    public static IReadOnlyList<EmbedAsset> All { get; } = [Script, Stylesheet, LocalTime];
}
