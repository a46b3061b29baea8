using System.Text.Json.Nodes;
using WellnessConnection.GraphQL.Filtering;

namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>
/// A <c>where</c> argument is bounded before it becomes SQL. A thousand <c>or</c> or <c>and</c> operands used to
/// fail inside SQLite with an unlogged <c>SQLITE</c> error, and so did a <c>contains</c> text over 50,000 bytes.
/// </summary>
public sealed class FilterSizeTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Query = "query($where: SessionFilterInput) { sessions(where: $where) { totalCount } }";

    public static TheoryData<string> TooLarge => new() { "or", "and", "in", "nin", "contains" };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task A_filter_over_the_limit_is_refused_with_its_own_code(string operation)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(Query, new { where = Filter(operation, operation == "contains" ? 60_000 : 1000) });

        Assert.Equal(FilterSize.Code, (string?)response["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(response["data"]?["sessions"]);
    }

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task A_filter_within_the_limit_runs(string operation)
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                Query,
                new
                {
                    where = Filter(
                        operation,
                        operation == "contains" ? FilterSize.MaxTextLength : FilterSize.MaxItems / 2 - 1
                    ),
                }
            );

        Assert.True((int)data["sessions"]!["totalCount"]! >= 0);
    }

    /// <summary>A filter of <paramref name="size"/> operands, list items or characters.</summary>
    private static JsonObject Filter(string operation, int size)
    {
        var slugs = Enumerable.Range(0, size).Select(i => $"no-session-{i}").ToList();
        return operation switch
        {
            "or" or "and" => new JsonObject
            {
                [operation] = new JsonArray([
                    .. slugs.Select(s => new JsonObject { ["slug"] = new JsonObject { ["neq"] = s } }),
                ]),
            },
            "in" or "nin" => new JsonObject
            {
                ["slug"] = new JsonObject { [operation] = new JsonArray([.. slugs.Select(s => JsonValue.Create(s))]) },
            },
            _ => new JsonObject { ["title"] = new JsonObject { ["contains"] = new string('e', size) } },
        };
    }
}
