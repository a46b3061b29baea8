using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>
/// A client that has gone costs no validation: the fragment bomb used to be walked for 20 s after its client closed
/// the connection. The limits filter stops before parsing, and before handing the document on, once the request's
/// token is cancelled; GraphQL.NET's validation and execution get the same token.
/// </summary>
public sealed class CancelledRequestTests
{
    [Fact]
    public async Task A_request_whose_client_has_gone_is_neither_parsed_nor_passed_on()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };
        var execution = new GraphQLHttpExecution(
            context,
            new GraphQLHttpRequest(ExpandedFieldCountTests.FragmentBomb, null, null, null),
            GraphQLHttpMediaTypes.Json
        );
        var parser = new CountingParser();
        var filter = new DocumentLimitsFilter(parser, Options.Create(new ProtectionOptions()));
        var passedOn = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await filter.InvokeAsync(execution, _ =>
            {
                passedOn++;
                return ValueTask.FromResult<GraphQLHttpResult>(null!);
            }));

        Assert.Equal((0, 0), (parser.Documents, passedOn));
    }

    [Fact]
    public async Task A_request_still_wanted_is_parsed_once_and_passed_on()
    {
        var execution = new GraphQLHttpExecution(
            new DefaultHttpContext(),
            new GraphQLHttpRequest("{ contentVersion }", null, null, null),
            GraphQLHttpMediaTypes.Json
        );
        var parser = new CountingParser();
        var filter = new DocumentLimitsFilter(parser, Options.Create(new ProtectionOptions()));
        var passedOn = 0;

        await filter.InvokeAsync(execution, _ =>
        {
            passedOn++;
            return ValueTask.FromResult<GraphQLHttpResult>(null!);
        });

        Assert.Equal((1, 1), (parser.Documents, passedOn));
    }

    private sealed class CountingParser : IDocumentBuilder
    {
        private readonly GraphQLDocumentBuilder inner = new();

        public int Documents { get; private set; }

        public GraphQLParser.AST.GraphQLDocument Build(string body)
        {
            Documents++;
            return inner.Build(body);
        }
    }
}
