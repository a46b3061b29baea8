using AngleSharp.Html.Parser;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>The pages are Razor components: whatever a file says is shown as text, never run as markup.</summary>
public sealed class EditorPreviewEncodingTests
{
    private const string Title = "<script>alert(1)</script> & <b onclick=\"x\">bold</b>";

    [Fact]
    public async Task A_title_with_markup_is_shown_as_text_in_the_list_and_on_its_page()
    {
        using var factory = new EditorPreviewFactory();
        factory.Content.Write(
            "pages/markup.md",
            $"---\ntitle: '{Title}'\nsummary: \"<img src=x onerror=alert(2)>\"\n---\nText <i>raw</i>.\n"
        );
        await factory.ReloadAsync();
        var client = factory.CreateClient();

        foreach (var path in new[] { "/preview", "/preview/pages/markup" })
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var page = new HtmlParser().ParseDocument(html);

            var script = Assert.Single(page.QuerySelectorAll("script"));
            Assert.Equal("/preview/_assets/editor-preview.js", script.GetAttribute("src"));
            Assert.Empty(page.QuerySelectorAll("b, i, img, [onclick], [onerror], [style], style"));
            Assert.Contains(Title, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}
