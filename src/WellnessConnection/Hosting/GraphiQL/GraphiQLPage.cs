using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphiQL;

/// <summary>
/// The in-browser GraphQL IDE: a browser opening the GraphQL endpoint (GET, HTML first in <c>Accept</c>, no
/// <c>query</c>) gets GraphiQL, served from the app's own files in <c>wwwroot/graphiql/</c>: no CDN at run time.
/// Every other request goes on to the GraphQL endpoint.
/// </summary>
public static class GraphiQLPage
{
    private const string Page = "graphiql/index.html";

    /// <summary>Script and style only from this server; GraphiQL's fonts are inline data, React sets inline
    /// styles.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src data:; img-src 'self' "
        + "data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>GraphiQL's files, under its own policy, and the page itself for a browser opening the
    /// endpoint.</summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, string endpoint = "/graphql") =>
        app.UseStaticFiles(
                new StaticFileOptions
                {
                    // index.html opened directly runs the same scripts as the page, under the same policy.
                    OnPrepareResponse = file =>
                        file.Context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy,
                }
            )
            .Use(
                async (context, next) =>
                {
                    if (!IsBrowserVisit(context.Request, endpoint))
                    {
                        await next(context);
                        return;
                    }

                    var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
                    var file = environment.WebRootFileProvider.GetFileInfo(Page);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                    context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                    await context.Response.SendFileAsync(file, context.RequestAborted);
                }
            );

    public static bool IsBrowserVisit(HttpRequest request, string endpoint)
    {
        if (
            !HttpMethods.IsGet(request.Method)
            || !request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase)
            || request.Query.ContainsKey("query")
            || request.Query.ContainsKey("documentId")
        )
        {
            return false;
        }

        // A persisted-query GET from a client names no text/html: answered without parsing the Accept header.
        if (!request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        var html = accept.FirstOrDefault(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var json = accept
            .Where(a => a.MediaType.Value is { } type && (type.Contains("json", StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();
        return html is not null && (html.Quality ?? 1) > json;
    }
}
