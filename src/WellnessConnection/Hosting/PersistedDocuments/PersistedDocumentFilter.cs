using GraphQL;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// Turns a request that names its document (a trusted <c>documentId</c>, or an automatic persisted query's hash)
/// into one that carries its text, and registers the automatic persisted queries that ran.
/// </summary>
internal sealed class PersistedDocumentFilter(
    TrustedDocumentStore trusted,
    AutomaticPersistedQueryStore automatic,
    IOptions<PersistedQueriesOptions> options
) : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.PersistedDocuments;

    public ValueTask<GraphQLHttpResult> InvokeAsync(GraphQLHttpExecution execution, GraphQLHttpContinuation proceed)
    {
        var request = execution.Request;
        if (request.DocumentId is { } id)
        {
            return RunTrusted(execution, id, proceed);
        }

        if (options.Value.TrustedOnly)
        {
            return Refuse(PersistedDocumentErrors.TrustedOnly());
        }

        PersistedQueryExtension? persisted;
        try
        {
            persisted = PersistedQueryExtension.Read(request.Extensions);
        }
        catch (ExecutionError error)
        {
            return Refuse(error);
        }

        return persisted is null ? proceed(execution) : RunAutomatic(execution, persisted.Hash, proceed);
    }

    private ValueTask<GraphQLHttpResult> RunTrusted(
        GraphQLHttpExecution execution,
        string id,
        GraphQLHttpContinuation proceed
    )
    {
        if (execution.Request.Query is not null)
        {
            return Refuse(PersistedDocumentErrors.QueryAndDocumentId());
        }

        if (
            !id.StartsWith(TrustedDocument.Prefix, StringComparison.Ordinal)
            || !PersistedQueryExtension.IsSha256(id[TrustedDocument.Prefix.Length..])
        )
        {
            return Refuse(PersistedDocumentErrors.InvalidDocumentId(id));
        }

        var hash = id[TrustedDocument.Prefix.Length..];
        if (trusted.Find(hash) is not { } query)
        {
            return Refuse(PersistedDocumentErrors.DocumentNotFound(id));
        }

        execution.Request = execution.Request with { Query = query, DocumentId = null };
        execution.DocumentHash = hash;
        return proceed(execution);
    }

    private async ValueTask<GraphQLHttpResult> RunAutomatic(
        GraphQLHttpExecution execution,
        string hash,
        GraphQLHttpContinuation proceed
    )
    {
        var query = execution.Request.Query;
        if (!options.Value.Automatic)
        {
            // The query is there: the extension is only an offer to register it, which can be declined.
            return query is null
                ? GraphQLHttpResult.RequestError(PersistedDocumentErrors.PersistedQueryNotSupported())
                : await proceed(execution);
        }

        if (query is null)
        {
            if (Known(hash) is not { } known)
            {
                return GraphQLHttpResult.RequestError(PersistedDocumentErrors.PersistedQueryNotFound());
            }

            // The store is bounded: once it drops this hash, the same request is told it is not found.
            execution.HttpContext.Features.Get<ReplayRecording>()?.RequireStill(() => Known(hash) is not null);

            execution.Request = execution.Request with { Query = known };
            execution.DocumentHash = hash;
            return await proceed(execution);
        }

        var actual = GraphQLHttpExecution.Sha256(query);
        if (actual != hash)
        {
            return GraphQLHttpResult.RequestError(PersistedDocumentErrors.HashMismatch(actual));
        }

        execution.DocumentHash = hash;
        var result = await proceed(execution);
        // Registered once it proved a runnable document, so that junk never takes the room of real queries.
        if (!result.IsRequestError)
        {
            automatic.Add(hash, query);
        }

        return result;
    }

    private string? Known(string hash) => automatic.Find(hash) ?? trusted.Find(hash);

    private static ValueTask<GraphQLHttpResult> Refuse(ExecutionError error) =>
        ValueTask.FromResult(GraphQLHttpResult.RequestError(error));
}
