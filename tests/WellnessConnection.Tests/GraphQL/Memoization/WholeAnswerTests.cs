using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

/// <summary>
/// A document object the memo keeps, or a list of them, is answered whole (a <see cref="MemoizedFieldNode"/>,
/// <see cref="MemoizedItems"/>), with the JSON the general path gives. <c>ShortcutDifferentialTests</c> compares the
/// two paths over generated requests, surrogate keys included; these check that the shortcuts are taken, and when they
/// are not.
/// </summary>
public sealed class WholeAnswerTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task An_object_field_that_is_kept_is_answered_as_one_field()
    {
        var listed = await ExecuteAsync("{ sessions(first: 1) { nodes { slug } } }");
        var slug = listed.Json.Split("\"slug\":\"")[1].Split('"')[0];
        var query = $"{{ session(slug: \"{slug}\") {{ title slug topics {{ name }} }} contentVersion }}";
        var general = await ExecuteAsync(query);
        await ExecuteAsync(query); // asked a second time: kept

        var whole = await ExecuteAsync(query);

        Assert.IsType<ObjectExecutionNode>(((ObjectExecutionNode)general.Result.Data!).SubFields![0]);
        var session = Assert.IsType<MemoizedFieldNode>(((ObjectExecutionNode)whole.Result.Data!).SubFields![0]);
        Assert.Contains($"session:{slug}", session.Served!.Keys);
        Assert.Equal(general.Json, whole.Json);
    }

    [Fact]
    public async Task A_list_whose_every_item_is_kept_is_answered_whole_as_the_general_path_answers_it()
    {
        const string query = "{ sessions(first: 3) { nodes { title slug facilitators { name } } } }";
        var general = await ExecuteAsync(query);
        await ExecuteAsync(query); // asked a second time: kept

        var whole = await ExecuteAsync(query);

        Assert.Null(NodesOf(general.Result).SerializedResult);
        var nodes = NodesOf(whole.Result);
        Assert.Null(nodes.Items);
        Assert.Equal(3, Assert.IsType<MemoizedItems>(nodes.SerializedResult).Served.Count);
        Assert.Equal(general.Json, whole.Json);
    }

    [Fact]
    public async Task A_list_with_an_item_not_kept_is_answered_item_by_item()
    {
        const string two = "{ sessions(first: 2) { nodes { slug startsAt } } }";
        const string three = "{ sessions(first: 3) { nodes { slug startsAt } } }";
        await ExecuteAsync(two);
        await ExecuteAsync(two);

        var result = await ExecuteAsync(three);

        var nodes = NodesOf(result.Result);
        Assert.Null(nodes.SerializedResult);
        Assert.Equal(3, nodes.Items!.Count);
    }

    private static ArrayExecutionNode NodesOf(ExecutionResult result)
    {
        var sessions = (ObjectExecutionNode)((ObjectExecutionNode)result.Data!).SubFields![0];
        return (ArrayExecutionNode)sessions.SubFields!.Single(field => field.Name == "nodes");
    }

    private async Task<(ExecutionResult Result, string Json)> ExecuteAsync(string query)
    {
        using var scope = factory.Services.CreateScope();
        var result = await factory
            .Services.GetRequiredService<IDocumentExecuter>()
            .ExecuteAsync(
                new ExecutionOptions
                {
                    Schema = factory.Services.GetRequiredService<ISchema>(),
                    Query = query,
                    RequestServices = scope.ServiceProvider,
                }
            );
        Assert.Null(result.Errors);
        return (result, factory.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result));
    }
}
