using WellnessConnection.Hosting.Preview;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// The one question the cache asks the preview feature: may this request share responses with others? Not when it
/// previews, nor when it merely presents a preview token (a wrong token is served published content, but not
/// from or into the cache: a token is never worth the risk).
/// </summary>
public static class PreviewRequests
{
    public static bool IsPreview(HttpContext context) =>
        context.Request.Headers.ContainsKey(PreviewToken.Header) || context.IsPreview();
}
