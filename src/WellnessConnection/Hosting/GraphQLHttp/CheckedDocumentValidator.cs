using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// The document validator: GraphQL.NET's own whenever there are rules to run. A document validated before comes with
/// none (<see cref="CheckedDocuments"/>), and then all GraphQL.NET's validator still does is coerce the variables and
/// parse the arguments, walking the operation twice per request to find where they are used. Here those walks are
/// done once per operation (<see cref="CheckedOperation"/>); the values are coerced and parsed by GraphQL.NET's own
/// code as before, so a wrong variable gets the same error. Kept per parsed document, as
/// <see cref="CheckedDocuments"/> keeps its checks.
/// </summary>
internal sealed class CheckedDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator validator = new();

    private readonly ConditionalWeakTable<
        GraphQLDocument,
        ConcurrentDictionary<GraphQLOperationDefinition, CheckedOperation>
    > documents = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is not { } rules || rules.Any())
        {
            return validator.ValidateAsync(options);
        }

        options.Schema.Initialize();
        var (document, schema) = (options.Document, options.Schema);
        var operation = documents
            .GetValue(document, _ => new())
            .GetOrAdd(options.Operation, o => new CheckedOperation(document, o, schema));
        // The walks were made over one schema; a schema registered per request gets the general path.
        return operation.Schema == schema ? operation.ValidateAsync(options) : validator.ValidateAsync(options);
    }
}
