using System.Collections.Frozen;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Which requests <see cref="CachedGetReplay"/> may answer, and what makes two of them the same: a GET of the GraphQL
/// path with no body, whose headers are all either in the key (each changes what a layer answers) or read by no
/// layer. Any other header (a preview token, <c>If-None-Match</c>, forwarded headers, cookies, credentials, headers
/// nobody listed) sends the request through the whole pipeline.
/// </summary>
internal static class ReplayRequest
{
    /// <summary>
    /// In the key: <c>Host</c> (host filtering), <c>Accept</c> (the media type, GraphiQL), <c>Origin</c> (CORS).
    /// </summary>
    private static readonly FrozenSet<string> Keyed = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        HeaderNames.Host,
        HeaderNames.Accept,
        HeaderNames.Origin
    );

    /// <summary>Headers browsers and HTTP clients send that no layer of this app reads.</summary>
    private static readonly FrozenSet<string> Unread = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        HeaderNames.UserAgent,
        HeaderNames.AcceptEncoding,
        HeaderNames.AcceptLanguage,
        HeaderNames.Connection,
        HeaderNames.Referer,
        "DNT",
        "Priority",
        "Sec-Fetch-Dest",
        "Sec-Fetch-Mode",
        "Sec-Fetch-Site",
        "Sec-Fetch-User",
        "Sec-CH-UA",
        "Sec-CH-UA-Mobile",
        "Sec-CH-UA-Platform"
    );

    /// <returns>The request's key, or null when it is not one to replay.</returns>
    public static string? KeyOf(HttpRequest request, PathString path)
    {
        if (!HttpMethods.IsGet(request.Method) || !request.Path.Equals(path, StringComparison.Ordinal))
        {
            return null;
        }

        var headers = request.Headers;
        // More headers than the key and the list hold: one of them is neither.
        if (headers.Count > Keyed.Count + Unread.Count)
        {
            return null;
        }

        foreach (var (name, _) in headers)
        {
            if (!Unread.Contains(name) && !Keyed.Contains(name))
            {
                return null;
            }
        }

        var host = headers.Host;
        var accept = headers.Accept;
        var origin = headers.Origin;
        if (host.Count > 1 || accept.Count > 1 || origin.Count > 1)
        {
            return null;
        }

        return string.Concat([
            (string?)host ?? "",
            "\n",
            (string?)accept ?? "",
            "\n",
            (string?)origin ?? "",
            "\n",
            request.QueryString.Value,
        ]);
    }
}
