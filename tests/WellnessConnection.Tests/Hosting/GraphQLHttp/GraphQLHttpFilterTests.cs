using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpFilterTests
{
    [Fact]
    public async Task Filters_run_by_order_around_the_execution_whatever_order_they_were_registered_in()
    {
        var trace = new List<string>();
        var filters = new[] { new Tracing(300, trace), new Tracing(100, trace), new Tracing(200, trace) };
        var executor = new GraphQLHttpExecutor(new TracingExecuter(trace), filters);
        var context = new DefaultHttpContext { RequestServices = new EmptyServices() };
        context.Request.Method = HttpMethods.Post;

        await executor.ExecuteAsync(context, new GraphQLHttpRequest("{ a }", null, null, null));

        Assert.Equal(["in 100", "in 200", "in 300", "execute", "out 300", "out 200", "out 100"], trace);
    }

    [Fact]
    public async Task A_filter_may_answer_without_executing()
    {
        var trace = new List<string>();
        var answer = GraphQLHttpResult.FromBody("{\"data\":{}}"u8.ToArray());
        var executor = new GraphQLHttpExecutor(new TracingExecuter(trace), [new Answering(answer)]);
        var context = new DefaultHttpContext();

        var result = await executor.ExecuteAsync(context, new GraphQLHttpRequest("{ a }", null, null, null));

        Assert.Same(answer, result);
        Assert.Empty(trace);
    }

    private sealed class Tracing(int order, List<string> trace) : IGraphQLHttpFilter
    {
        public int Order => order;

        public async ValueTask<GraphQLHttpResult> InvokeAsync(
            GraphQLHttpExecution execution,
            GraphQLHttpContinuation proceed
        )
        {
            trace.Add($"in {order}");
            var result = await proceed(execution);
            trace.Add($"out {order}");
            return result;
        }
    }

    private sealed class Answering(GraphQLHttpResult answer) : IGraphQLHttpFilter
    {
        public int Order => 1;

        public ValueTask<GraphQLHttpResult> InvokeAsync(
            GraphQLHttpExecution execution,
            GraphQLHttpContinuation proceed
        ) => ValueTask.FromResult(answer);
    }

    private sealed class TracingExecuter(List<string> trace) : IDocumentExecuter
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            trace.Add("execute");
            return Task.FromResult(new ExecutionResult { Executed = true });
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ISchema) ? new Schema() : null;
    }
}
