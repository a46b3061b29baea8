using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Runs no validation rule at all for a document already validated with the same <see cref="RuleInputs"/>: the
/// core rules, the read-only rule and the limits (depth, complexity, introspection) would only find again what they
/// found before. What a document validated before still pays for without it is a walk of its whole tree per request.
/// Variables are still coerced and arguments parsed, so a wrong variable is refused as before. Runs after every
/// <c>ConfigureExecutionOptions</c> that appends rules. Kept per parsed document (the instance
/// <see cref="ValidatedDocumentCache"/> keeps), at most <see cref="MaxChecksPerDocument"/> operation and inputs each. A
/// document is only checked here once it is handed over parsed, so a document sent once costs nothing more.
/// </summary>
internal sealed class CheckedDocuments : IConfigureExecution
{
    public const int MaxChecksPerDocument = 64;

    private readonly ConditionalWeakTable<GraphQLDocument, Checks> documents = [];

    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not { } document)
        {
            return await next(options);
        }

        var checks = documents.GetValue(document, d => new Checks(RuleInputs.Of(d)));
        var key = checks.Inputs.KeyOf(options.Variables);
        if (key is not null && checks.Passed(options.OperationName, key))
        {
            options.ValidationRules = [];
        }

        var result = await next(options);
        // Executed means every rule passed (or none had to run).
        if (key is not null && result.Executed)
        {
            checks.Record(options.OperationName, key);
        }

        return result;
    }

    private sealed class Checks(RuleInputs inputs)
    {
        private readonly ConcurrentDictionary<(string? Operation, string Key), bool> passed = new();

        public RuleInputs Inputs { get; } = inputs;

        public bool Passed(string? operationName, string key) => passed.ContainsKey((operationName, key));

        public void Record(string? operationName, string key)
        {
            if (passed.Count < MaxChecksPerDocument)
            {
                passed.TryAdd((operationName, key), true);
            }
        }
    }
}
