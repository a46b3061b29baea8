using GraphQL;
using GraphQL.Types;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>
/// A tiny schema for the endpoint tests. It has a mutation on purpose: the endpoint must refuse
/// mutations even when a schema offers them.
/// </summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new QueryType();
        Mutation = new MutationType();
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<StringGraphType>("hello")
                .Argument<StringGraphType>("name")
                .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
            Field<StringGraphType>("broken")
                .Resolve(_ => throw new InvalidOperationException("The broken field always fails."));
            Field<StringGraphType>("uncoded").Resolve(_ => throw new ExecutionError("An error raised without a code."));
            Field<NonNullGraphType<StringGraphType>>("brokenNonNull")
                .Resolve(_ => throw new InvalidOperationException("The brokenNonNull field always fails."));
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        public MutationType()
        {
            Name = "Mutation";
            Field<StringGraphType>("touch")
                .Resolve(_ => throw new InvalidOperationException("Mutations must never run."));
        }
    }
}
