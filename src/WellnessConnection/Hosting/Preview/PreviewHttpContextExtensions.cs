using Microsoft.Extensions.Options;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Preview;

public static class PreviewHttpContextExtensions
{
    /// <summary>
    /// Whether this request carries the configured preview token. Decided on first use and kept as an
    /// <see cref="IPreviewContext"/> feature, so it can be asked at any point of the pipeline (a response cache must
    /// neither serve nor store a preview request).
    /// </summary>
    public static bool IsPreview(this HttpContext context) => context.GetPreviewContext().IsPreview;

    public static IPreviewContext GetPreviewContext(this HttpContext context)
    {
        if (context.Features.Get<IPreviewContext>() is { } decided)
        {
            return decided;
        }

        var secret = context.RequestServices.GetService<IOptionsMonitor<PreviewOptions>>()?.CurrentValue.Token;
        IPreviewContext preview = PreviewToken.Grants(secret, context.Request.Headers[PreviewToken.Header])
            ? PreviewContext.Preview
            : PreviewContext.Published;
        context.Features.Set(preview);
        return preview;
    }
}
