namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Hands a document seen before to the rest of the pipeline already parsed and validated
/// (<see cref="GraphQLHttpExecution.DocumentValidated"/>), and remembers each new document that validates. Runs after
/// the persisted documents are resolved to their text, before the document limits (a known document passed them).
/// </summary>
internal sealed class ValidatedDocumentFilter(ValidatedDocumentCache documents) : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.ValidatedDocuments;

    public async ValueTask<GraphQLHttpResult> InvokeAsync(
        GraphQLHttpExecution execution,
        GraphQLHttpContinuation proceed
    )
    {
        if (execution.DocumentHash is not { } hash)
        {
            return await proceed(execution);
        }

        var operationName = execution.Request.OperationName;
        if (documents.Find(hash, operationName) is { } known)
        {
            execution.Document = known;
            execution.DocumentValidated = true;
            return await proceed(execution);
        }

        var result = await proceed(execution);
        // The executor marks a document that passed validation (and so every limit before it); the result itself may
        // be a cached body by now.
        if (execution.DocumentValidated && execution.Document is { } document)
        {
            documents.Add(hash, operationName, document);
        }

        return result;
    }
}
