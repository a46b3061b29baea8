using System.Net;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>The preview is off unless <c>EditorPreview:Enabled</c> says otherwise: none of its addresses
/// answers.</summary>
public sealed class EditorPreviewOffTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("/preview")]
    [InlineData("/preview/events")]
    [InlineData("/preview/sessions/example-sleep-part-2")]
    [InlineData("/preview/sessions/example-leadership-draft")]
    [InlineData("/preview/_assets/editor-preview.js")]
    public async Task Every_preview_address_is_404_by_default(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(
            "Leading through change",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }
}
