using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>A preview page as a browser parses it, so that tests ask for elements, not strings.</summary>
public static class PreviewHtml
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
