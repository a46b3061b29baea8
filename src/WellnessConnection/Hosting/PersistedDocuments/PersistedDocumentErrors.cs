using GraphQL;
using GraphQL.Execution;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// The request errors of persisted documents. Codes follow GraphQL.NET's persisted documents (<c>DOCUMENT_…</c>)
/// and Apollo's automatic persisted queries (<c>PERSISTED_QUERY_…</c>), whose clients look for them.
/// </summary>
public static class PersistedDocumentErrors
{
    public static RequestError TrustedOnly() =>
        new(
            "This endpoint runs only the trusted documents shipped with it: send documentId=sha256:<hash> instead "
                + "of a query."
        )
        {
            Code = "TRUSTED_DOCUMENTS_ONLY",
        };

    public static RequestError QueryAndDocumentId() =>
        new("Send either a query or a documentId, not both.") { Code = "INVALID_REQUEST" };

    public static RequestError InvalidDocumentId(string id) =>
        new($"A documentId is \"sha256:\" and 64 lowercase hex digits; \"{Shorten(id)}\" is not.")
        {
            Code = "DOCUMENT_ID_INVALID",
        };

    public static RequestError DocumentNotFound(string id) =>
        new($"No trusted document has the id {id}.") { Code = "DOCUMENT_NOT_FOUND" };

    /// <remarks>The message is the protocol's own word: older Apollo clients compare it, not the code.</remarks>
    public static RequestError PersistedQueryNotFound() =>
        new("PersistedQueryNotFound") { Code = "PERSISTED_QUERY_NOT_FOUND" };

    public static RequestError PersistedQueryNotSupported() =>
        new("PersistedQueryNotSupported: automatic persisted queries are turned off here; send the query.")
        {
            Code = "PERSISTED_QUERY_NOT_SUPPORTED",
        };

    public static RequestError HashMismatch(string hash) =>
        new($"extensions.persistedQuery.sha256Hash is not the sha256 of the query: the query's is {hash}.")
        {
            Code = "PERSISTED_QUERY_HASH_MISMATCH",
        };

    public static ExecutionError MalformedExtension() =>
        new RequestError(
            "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 lowercase hex digits>\"}."
        )
        {
            Code = "PERSISTED_QUERY_INVALID",
        };

    public static ExecutionError UnsupportedVersion(object? version) =>
        new RequestError(
            $"Only version 1 of automatic persisted queries is supported (the request says {version ?? "nothing"})."
        )
        {
            Code = "PERSISTED_QUERY_INVALID",
        };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
