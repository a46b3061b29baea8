using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// One operation of a validated document, validated with no rules: its variables coerced and its arguments parsed,
/// as GraphQL.NET's <c>DocumentValidator</c> does when it has no rule to run, and with the same results and errors.
/// The two walks that depend on the document alone are made once: where each variable is used (kept by a
/// <see cref="ValidationContext"/> once it has coerced the variables, so one is reused here) and where the arguments
/// are (<see cref="ArgumentSites"/>).
/// </summary>
internal sealed class CheckedOperation(GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema)
{
    private readonly ArgumentSites sites = ArgumentSites.Of(document, operation, schema);

    // A context that has coerced this operation's variables once keeps where they are used. Two requests at once
    // make a second one, which walks the operation as GraphQL.NET does.
    private ValidationContext? spare;

    public ISchema Schema => schema;

    public async Task<IValidationResult> ValidateAsync(ValidationOptions options)
    {
        var context = Interlocked.Exchange(ref spare, null)
            ?? new ValidationContext
            {
                TypeInfo = new TypeInfo(schema),
                Schema = schema,
                Document = document,
            };
        context.Operation = operation;
        context.Variables = options.Variables;
        context.Extensions = options.Extensions;
        context.UserContext = options.UserContext;
        context.Metrics = options.Metrics;
        context.RequestServices = options.RequestServices;
        context.User = options.User;
        context.CancellationToken = options.CancellationToken;
        try
        {
            var (variables, errors) = await context.GetVariablesValuesAsync();
            if (errors is not null)
            {
                return new ValidationResult(errors) { Variables = variables };
            }

            var parsed = sites.Parse(variables, document, schema);
            return new ValidationResult(parsed.Errors ?? [])
            {
                Variables = variables,
                ArgumentValues = parsed.ArgumentValues,
                DirectiveValues = parsed.DirectiveValues,
            };
        }
        finally
        {
            // Nothing of the request is kept past it.
            context.Variables = null!;
            context.Extensions = null!;
            context.UserContext = null!;
            context.Metrics = null!;
            context.RequestServices = null;
            context.User = null;
            context.CancellationToken = default;
            Interlocked.CompareExchange(ref spare, context, null);
        }
    }
}
