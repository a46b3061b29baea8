using GraphQL;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// What a request came to: a GraphQL result to serialize, a successful response body already serialized (the
/// response cache's), or nothing new (304, the client's copy is current).
/// </summary>
public sealed class GraphQLHttpResult
{
    public static readonly GraphQLHttpResult NotModified = new(null, null);

    private GraphQLHttpResult(ExecutionResult? result, ReadOnlyMemory<byte>? body)
    {
        Result = result;
        Body = body;
    }

    public ExecutionResult? Result { get; }

    /// <summary>The JSON of a successful result (data, no errors), the same whichever media type was
    /// negotiated.</summary>
    public ReadOnlyMemory<byte>? Body { get; }

    /// <summary>A request error: the document was not executed (no data entry).</summary>
    public bool IsRequestError => Result is { Executed: false };

    /// <summary>Executed without any error, or served from what such an execution produced.</summary>
    public bool IsSuccess => Body is not null || Result is { Executed: true, Errors: null or { Count: 0 } };

    public static GraphQLHttpResult From(ExecutionResult result) => new(result, null);

    public static GraphQLHttpResult FromBody(ReadOnlyMemory<byte> json) => new(null, json);

    public static GraphQLHttpResult RequestError(ExecutionError error) => new(new ExecutionResult(error), null);
}
