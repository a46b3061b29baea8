using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpExecutorTests
{
    [Fact]
    public async Task Execution_gets_the_request_aborted_token_and_the_request_services()
    {
        var schema = new Schema();
        await using var services = new ServiceCollection().AddSingleton<ISchema>(schema).BuildServiceProvider();
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = aborted.Token };
        context.Request.Method = HttpMethods.Post;
        var executer = new CapturingExecuter();
        var request = new GraphQLHttpRequest(
            "query Q { a }",
            "Q",
            new Inputs(new Dictionary<string, object?> { ["v"] = 1 }),
            null
        );

        await new GraphQLHttpExecutor(executer).ExecuteAsync(context, request);

        var options = executer.Options!;
        Assert.Equal(aborted.Token, options.CancellationToken);
        Assert.Same(services, options.RequestServices);
        Assert.Same(schema, options.Schema);
        Assert.Equal("query Q { a }", options.Query);
        Assert.Equal("Q", options.OperationName);
        Assert.Equal(1, options.Variables!["v"]);
    }

    [Fact]
    public async Task A_document_validated_twice_is_handed_over_parsed_and_validated_from_then_on()
    {
        await using var services = new ServiceCollection().AddSingleton<ISchema>(new Schema()).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        var document = GraphQLParser.Parser.Parse("query Q { a }");
        var executer = new CapturingExecuter
        {
            Result = new ExecutionResult { Executed = true, Document = document },
        };
        var executor = new GraphQLHttpExecutor(executer, [new ValidatedDocumentFilter(new ValidatedDocumentCache())]);
        var request = new GraphQLHttpRequest("query Q { a }", "Q", null, null);

        await executor.ExecuteAsync(context, request);
        var first = executer.Options!;
        await executor.ExecuteAsync(context, request);
        var second = executer.Options!;
        await executor.ExecuteAsync(
            context,
            request with
            {
                Variables = new Inputs(new Dictionary<string, object?> { ["v"] = 2 }),
            }
        );
        var third = executer.Options!;

        // Sent once, a document is not worth keeping; from the second time on it is.
        Assert.All([first, second], options => Assert.Null(options.Document));
        Assert.All([first, second], options =>
            Assert.Contains(options.ValidationRules!, rule => rule.GetType().Name == "OverlappingFieldsCanBeMerged")
        );
        Assert.Same(document, third.Document);
        Assert.Single(third.ValidationRules!);
    }

    private sealed class CapturingExecuter : IDocumentExecuter
    {
        public ExecutionOptions? Options { get; private set; }

        public ExecutionResult Result { get; init; } = new();

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            Options = options;
            return Task.FromResult(Result);
        }
    }
}
