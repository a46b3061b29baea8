namespace WellnessConnection.Embed;

/// <summary>An oEmbed 1.0 "rich" response (https://oembed.com/, 2.3.4), written with snake_case names.</summary>
public sealed record OEmbedResponse
{
    public string Version { get; init; } = "1.0";

    public string Type { get; init; } = "rich";

    public required string Title { get; init; }

    public string ProviderName { get; init; } = "Wellness Connection";

    public required string ProviderUrl { get; init; }

    /// <summary>Seconds a consumer may keep the response.</summary>
    public int CacheAge { get; init; } = 3600;

    public required string Html { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }
}
