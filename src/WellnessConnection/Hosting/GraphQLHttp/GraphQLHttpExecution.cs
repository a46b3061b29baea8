using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>One request on its way through the filters: what they read, and what they may change.</summary>
public sealed class GraphQLHttpExecution(HttpContext context, GraphQLHttpRequest request, string responseMediaType)
{
    private string? documentHash;

    public HttpContext HttpContext { get; } = context;

    /// <summary>The request; the persisted documents filter replaces it with one carrying the document's
    /// text.</summary>
    public GraphQLHttpRequest Request { get; set; } = request;

    /// <summary>The negotiated media type of the response (<see cref="GraphQLHttpMediaTypes"/>).</summary>
    public string ResponseMediaType { get; } = responseMediaType;

    /// <summary>The request's document already parsed, if a filter parsed it; GraphQL.NET then does not parse it
    /// again.</summary>
    public GraphQLDocument? Document { get; set; }

    /// <summary>
    /// The <see cref="Document"/> passed the limits and GraphQL validation: for an earlier request (set before
    /// execution: only the rules that depend on the request itself, method and variables, run again), or for this one
    /// (set by the executor once validation passed).
    /// </summary>
    public bool DocumentValidated { get; set; }

    /// <summary>Cancels execution: the request's own, or one linked to a timeout.</summary>
    public CancellationToken CancellationToken { get; set; } = context.RequestAborted;

    /// <summary>
    /// The document's identity: the lowercase hex sha256 of its text, as trusted documents and automatic persisted
    /// queries name it. Set by whoever already knows it, computed otherwise.
    /// </summary>
    public string? DocumentHash
    {
        get => documentHash ??= Request.Query is { } query ? Sha256(query) : null;
        set => documentHash = value;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
