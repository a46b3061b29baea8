using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Response media type negotiation from the <c>Accept</c> header.</summary>
internal static class GraphQLHttpMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The highest-ranked acceptable media type we can produce. A client that names
    /// <c>application/graphql-response+json</c> gets it; no <c>Accept</c>, <c>*/*</c> and <c>application/*</c>
    /// get <c>application/json</c>, as the specification asks of servers while legacy clients remain.
    /// (A browser opening the endpoint gets the GraphQL IDE before this point: <c>GraphiQLPage</c>.)
    /// </summary>
    /// <exception cref="GraphQLHttpException">406 when nothing acceptable is on offer.</exception>
    public static string SelectResponseType(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        // What GraphQL clients send, answered without parsing.
        if (accept.Count == 1 && accept[0] is GraphQLResponse or Json)
        {
            return accept[0]!;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            throw NotAcceptable("The Accept header could not be parsed.");
        }

        return Ranked(ranges).Select(Producible).FirstOrDefault(type => type is not null)
            ?? throw NotAcceptable(
                $"This endpoint responds with {GraphQLResponse} or {Json}; the Accept header allows neither."
            );
    }

    public static bool IsUtf8(StringSegment charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static GraphQLHttpException NotAcceptable(string message) =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", message);

    // Highest quality first; OrderByDescending is stable, so equal qualities keep the client's order.
    // q=0 means "not acceptable" (RFC 9110), so those ranges never match.
    private static IEnumerable<MediaTypeHeaderValue> Ranked(IList<MediaTypeHeaderValue> ranges) =>
        ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1);

    private static string? Producible(MediaTypeHeaderValue range)
    {
        var charset = HeaderUtilities.RemoveQuotes(range.Charset);
        if (!StringSegment.IsNullOrEmpty(charset) && !IsUtf8(charset))
        {
            return null;
        }

        var type = range.MediaType;
        if (Is(type, GraphQLResponse))
        {
            return GraphQLResponse;
        }

        return Is(type, "*/*") || Is(type, "application/*") || Is(type, Json) ? Json : null;
    }

    private static bool Is(StringSegment mediaType, string expected) =>
        mediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
