using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Preview;

/// <summary>
/// Marks responses that depend on the preview token: every response varies by <c>X-Preview-Token</c> once preview
/// is configured, and a preview response is <c>no-store</c> whatever an inner layer set. A wrong token is treated
/// as no token (the published content is served) and logged.
/// </summary>
public sealed partial class PreviewMiddleware(
    RequestDelegate next,
    IOptionsMonitor<PreviewOptions> options,
    ILogger<PreviewMiddleware> logger
)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(options.CurrentValue.Token))
        {
            return next(context);
        }

        var preview = context.IsPreview();
        if (!preview && context.Request.Headers.ContainsKey(PreviewToken.Header))
        {
            LogRefused(context.Request.Path);
        }

        // Callbacks run last-registered first, so this one, registered before any inner layer's, has the last word.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var vary = headers.Vary.ToString();
            if (!vary.Contains(PreviewToken.Header, StringComparison.OrdinalIgnoreCase))
            {
                headers.Vary = vary.Length == 0 ? PreviewToken.Header : $"{vary}, {PreviewToken.Header}";
            }

            if (preview)
            {
                headers.CacheControl = "no-store, private";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "A wrong preview token was presented for {Path}; serving published content only."
    )]
    private partial void LogRefused(PathString path);
}
