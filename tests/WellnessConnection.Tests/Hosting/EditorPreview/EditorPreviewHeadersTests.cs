using WellnessConnection.Hosting.EditorPreview;
using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>
/// The preview's responses carry the security headers, under a policy that allows the pages' own script, stylesheet
/// and event stream and nothing inline; drafts are never stored by a cache.
/// </summary>
public sealed class EditorPreviewHeadersTests(EditorPreviewFactory factory) : IClassFixture<EditorPreviewFactory>
{
    [Theory]
    [InlineData("/preview")]
    [InlineData("/preview/sessions/example-leadership-draft")]
    [InlineData("/preview/sessions/no-such-session")]
    public async Task Pages_have_the_security_headers_their_own_policy_and_no_store(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(EditorPreviewPages.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public void The_policy_allows_scripts_styles_and_events_from_this_server_only_and_no_framing()
    {
        var directives = EditorPreviewPages
            .ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["base-uri"]);
    }

    [Theory]
    [InlineData("/preview/_assets/editor-preview.js", "text/javascript; charset=utf-8")]
    [InlineData("/preview/_assets/editor-preview.css", "text/css; charset=utf-8")]
    public async Task The_script_and_stylesheet_are_files_with_the_security_headers(string path, string type)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(SecurityHeadersMiddleware.ApiContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
