using GraphQL;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// One well-formed GraphQL-over-HTTP request, whichever way it arrived (GET query string or POST body).
/// It names its document in one of three ways: its text in <see cref="Query"/>, a trusted document's
/// <see cref="DocumentId"/> (<c>sha256:&lt;hex&gt;</c>), or an automatic persisted query's hash in
/// <see cref="Extensions"/> (<c>persistedQuery.sha256Hash</c>). Filters read it rather than the HTTP request.
/// </summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    string? DocumentId = null
)
{
    /// <summary>The extension key of automatic persisted queries (Apollo's protocol).</summary>
    public const string PersistedQueryExtension = "persistedQuery";

    /// <summary>True when the request names a document some way, even one the server may not know.</summary>
    public bool NamesADocument =>
        Query is not null || DocumentId is not null || Extensions?.ContainsKey(PersistedQueryExtension) == true;
}
