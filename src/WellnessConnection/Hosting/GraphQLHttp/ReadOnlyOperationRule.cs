using GraphQL.Validation;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Lets only queries through: GET may not run anything else (spec), this API has nothing to mutate,
/// and a subscription's stream has no place in a single HTTP response.
/// </summary>
internal sealed class ReadOnlyOperationRule : ValidationRuleBase
{
    public static readonly ReadOnlyOperationRule ForGet = new(isGet: true);
    public static readonly ReadOnlyOperationRule ForPost = new(isGet: false);

    private readonly bool isGet;

    private ReadOnlyOperationRule(bool isGet) => this.isGet = isGet;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation is not OperationType.Query)
        {
            context.ReportError(Refusal(context, operation));
        }

        return default;
    }

    private ValidationError Refusal(ValidationContext context, GraphQLOperationDefinition operation)
    {
        var source = context.Document.Source;
        if (isGet)
        {
            return new GetRequiresQueryError(source, operation);
        }

        return operation.Operation is OperationType.Mutation
            ? new ValidationError(source, null, "This API is read-only: mutations are not supported.", operation)
            {
                Code = "MUTATION_NOT_SUPPORTED",
            }
            : new ValidationError(source, null, "Subscriptions are not supported over HTTP.", operation)
            {
                Code = "SUBSCRIPTION_NOT_SUPPORTED",
            };
    }
}
