using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpRequestReaderTests
{
    /// <summary>
    /// A client that sends less than its Content-Length (often one that went away): Kestrel's exception becomes a
    /// refusal with Kestrel's status, not an unhandled error logged with its stack.
    /// </summary>
    [Fact]
    public async Task A_body_that_ends_before_its_length_is_refused_with_kestrels_status()
    {
        var reader = new GraphQLHttpRequestReader(new GraphQLSerializer(), Options.Create(new GraphQLHttpOptions()));
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = 100;
        context.Request.Body = new EndingStream();

        var refused = await Assert.ThrowsAsync<GraphQLHttpException>(() =>
            reader.ReadAsync(context.Request, CancellationToken.None)
        );

        Assert.Equal(StatusCodes.Status400BadRequest, refused.StatusCode);
        Assert.Equal("BODY_UNREADABLE", refused.Code);
    }

    /// <summary>What Kestrel's request body does when the connection ends early.</summary>
    private sealed class EndingStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Unexpected end of request content.");
    }
}
