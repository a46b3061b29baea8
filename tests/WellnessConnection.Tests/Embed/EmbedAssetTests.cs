using System.Net;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Embed;

/// <summary>The embed's files: what a partner page loads from another origin.</summary>
public sealed class EmbedAssetTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/embed/v1/sessions.js", "text/javascript")]
    [InlineData("/embed/v1/sessions.css", "text/css")]
    [InlineData("/embed/v1/local-time.js", "text/javascript")]
    public async Task Each_file_may_be_loaded_by_a_page_on_any_origin_and_is_cached(string path, string mediaType)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.False(response.Headers.Contains("Set-Cookie"));

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_script_carries_the_stylesheet_and_defines_the_custom_element()
    {
        var script = await client.GetStringAsync("/embed/v1/sessions.js");
        var css = await client.GetStringAsync("/embed/v1/sessions.css");

        Assert.DoesNotContain("__WC_STYLESHEET__", script, StringComparison.Ordinal);
        Assert.Contains(
            "var CSS = " + System.Text.Json.JsonSerializer.Serialize(css) + ";",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "customElements.define(\"wellness-sessions\", WellnessSessions);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains("attachShadow({ mode: \"open\" })", script, StringComparison.Ordinal);
        Assert.Contains("credentials: \"omit\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_asks_by_the_id_of_the_trusted_partner_listing()
    {
        var script = await client.GetStringAsync("/embed/v1/sessions.js");
        var manifest = await File.ReadAllTextAsync(
            Path.Combine(
                Path.GetDirectoryName(Content.ContentFixtures.SampleContentDirectory)!,
                "persisted",
                "manifest.json"
            )
        );

        var id = System
            .Text.RegularExpressions.Regex.Match(script, "PARTNER_LISTING = \"(sha256:[0-9a-f]{64})\"")
            .Groups[1]
            .Value;
        Assert.Contains($"\"id\": \"{id}\"", manifest, StringComparison.Ordinal);
        Assert.Contains(
            "\"file\": \"partner-listing.graphql\"",
            manifest[manifest.IndexOf(id, StringComparison.Ordinal)..],
            StringComparison.Ordinal
        );
    }
}
