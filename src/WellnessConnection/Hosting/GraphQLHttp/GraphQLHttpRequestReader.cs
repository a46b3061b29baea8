using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Turns a GET query string or a POST <c>application/json</c> body into a <see cref="GraphQLHttpRequest"/>,
/// refusing anything that is not a well-formed GraphQL-over-HTTP request with a <see cref="GraphQLHttpException"/>.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    private const string InvalidParameter = "INVALID_PARAMETER";

    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return Decoded(() => ReadQueryString(request.Query));
        }

        EnsureJsonContent(request.ContentType);
        using var body = await ParseBodyAsync(request, cancellationToken);
        return Decoded(() => ReadBody(body.RootElement));
    }

    /// <summary>
    /// JSON may escape half of a surrogate pair (<c>"\ud800"</c>), which no .NET string can hold: System.Text.Json
    /// finds it only when a string is read, deep in the reading of the request. It is the client's error, a 400.
    /// </summary>
    private static GraphQLHttpRequest Decoded(Func<GraphQLHttpRequest> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException && IsTextDecoding(e))
        {
            throw GraphQLHttpException.BadRequest(
                "JSON_INVALID",
                "The request holds text that is not valid Unicode, such as a lone surrogate (\\ud800)."
            );
        }
    }

    private static bool IsTextDecoding(Exception e) =>
        e is InvalidOperationException { TargetSite.DeclaringType.Namespace: "System.Text.Json" }
        || (e.InnerException is { } inner && IsTextDecoding(inner));

    // The spec: an empty optional parameter is the same as an absent one.
    private GraphQLHttpRequest ReadQueryString(IQueryCollection parameters) =>
        Named(
            new(
                Single(parameters, "query"),
                Single(parameters, "operationName") is { Length: > 0 } name ? name : null,
                JsonParameter(parameters, "variables"),
                JsonParameter(parameters, "extensions"),
                Single(parameters, "documentId") is { Length: > 0 } id ? id : null
            )
        );

    private GraphQLHttpRequest ReadBody(JsonElement body)
    {
        if (body.ValueKind is JsonValueKind.Array)
        {
            throw GraphQLHttpException.BadRequest(
                "BATCHED_REQUESTS_NOT_SUPPORTED",
                "Batched requests are not supported; send one request object."
            );
        }

        if (body.ValueKind is not JsonValueKind.Object)
        {
            throw GraphQLHttpException.BadRequest(InvalidParameter, "The request body must be a JSON object.");
        }

        return Named(
            new GraphQLHttpRequest(
                Property(body, "query") is { } query ? ReadString(query, "query") : null,
                Property(body, "operationName") is { } name ? ReadString(name, "operationName") : null,
                ReadMap(Property(body, "variables"), "variables"),
                ReadMap(Property(body, "extensions"), "extensions"),
                Property(body, "documentId") is { } id ? ReadString(id, "documentId") : null
            )
        );
    }

    // A request may name a stored document (documentId, extensions.persistedQuery) instead of carrying its text;
    // whether the server knows it is for the persisted documents feature to say.
    private static GraphQLHttpRequest Named(GraphQLHttpRequest request) =>
        request.NamesADocument ? request : throw QueryMissing();

    private static void EnsureJsonContent(string? contentType)
    {
        if (
            !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLHttpMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        )
        {
            throw UnsupportedMediaType(
                $"POST requests must have Content-Type: {GraphQLHttpMediaTypes.Json} (was \"{contentType}\")."
            );
        }

        // No charset means utf-8 (spec); transcoding other charsets is not worth it for a JSON API.
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (!StringSegment.IsNullOrEmpty(charset) && !GraphQLHttpMediaTypes.IsUtf8(charset))
        {
            throw UnsupportedMediaType($"Request bodies must be utf-8 (was charset={charset}).");
        }
    }

    private async Task<JsonDocument> ParseBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await ReadLimitedAsync(
                request,
                options.Value.MaxRequestBodyBytes ?? long.MaxValue,
                cancellationToken
            );
            // System.Text.Json checks the UTF-8 of a string only when it reads it: check every byte once, here.
            return Utf8.IsValid(bytes.Span)
                ? JsonDocument.Parse(bytes)
                : throw GraphQLHttpException.BadRequest("JSON_INVALID", "The request body is not valid UTF-8.");
        }
        catch (JsonException e)
        {
            throw GraphQLHttpException.BadRequest("JSON_INVALID", $"The request body is not valid JSON: {e.Message}");
        }
    }

    // Content-Length is checked first; a chunked body is read until it passes the limit, never further.
    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(
        HttpRequest request,
        long limit,
        CancellationToken cancellationToken
    )
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Most bodies say their length: one buffer of that size, and no chunk to copy through.
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static GraphQLHttpException TooLarge(long limit) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            "REQUEST_TOO_LARGE",
            $"The request body is larger than this endpoint accepts ({limit:N0} bytes). Send a smaller document, or "
                + $"fewer variables."
        );

    private Inputs? JsonParameter(IQueryCollection parameters, string name)
    {
        if (Single(parameters, name) is not { Length: > 0 } json)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name);
        }
        catch (JsonException e)
        {
            throw GraphQLHttpException.BadRequest(
                "JSON_INVALID",
                $"The {name} parameter is not valid JSON: {e.Message}"
            );
        }
    }

    // Absent and null are the same for every parameter (spec).
    private static JsonElement? Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null ? value : null;

    private static string ReadString(JsonElement value, string name) =>
        value.ValueKind is JsonValueKind.String
            ? value.GetString()!
            : throw GraphQLHttpException.BadRequest(InvalidParameter, $"The {name} parameter must be a string.");

    private Inputs? ReadMap(JsonElement? value, string name) =>
        value switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Object } map => serializer.ReadNode<Inputs>(map),
            _ => throw GraphQLHttpException.BadRequest(
                InvalidParameter,
                $"The {name} parameter must be a JSON object."
            ),
        };

    private static string? Single(IQueryCollection parameters, string name) =>
        parameters[name] switch
        {
            { Count: 0 } => null,
            { Count: 1 } values => values[0],
            _ => throw GraphQLHttpException.BadRequest(InvalidParameter, $"The {name} parameter must be given once."),
        };

    private static GraphQLHttpException QueryMissing() =>
        GraphQLHttpException.BadRequest("QUERY_MISSING", "The request has no query parameter (nor a documentId).");

    private static GraphQLHttpException UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", message);
}
