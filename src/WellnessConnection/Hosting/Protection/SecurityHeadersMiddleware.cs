using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Security headers on every response: no MIME sniffing, no referrer, and for API responses a Content-Security-Policy
/// that allows nothing and no framing. Paths under <c>/embed</c> (the pages partner sites frame) and
/// <see cref="SecurityHeadersOptions.FramablePaths"/> get neither the policy nor <c>X-Frame-Options</c>: their
/// endpoints set their own.
/// A header an endpoint already set is left as it is.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public const string ApiContentSecurityPolicy =
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var framable = IsFramable(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            if (!framable)
            {
                headers.TryAdd(HeaderNames.ContentSecurityPolicy, ApiContentSecurityPolicy);
                headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private bool IsFramable(PathString path) =>
        path.StartsWithSegments(SecurityHeadersOptions.EmbedPath, StringComparison.OrdinalIgnoreCase)
        || options.Value.FramablePaths.Any(prefix =>
            path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)
        );
}
