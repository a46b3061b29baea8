using WellnessConnection.GraphQL;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.GraphQL;

public sealed class ExportSchemaCommandTests
{
    private const string FixCommand = "dotnet run --project src/WellnessConnection -- export-schema";

    [Fact]
    public void The_published_schema_file_is_the_schema_the_server_serves()
    {
        var repository = Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!;
        var published = File.ReadAllText(Path.Combine(repository, ExportSchemaCommand.DefaultFile))
            .ReplaceLineEndings("\n");

        var served = ExportSchemaCommand.Print();

        Assert.True(
            published == served,
            $"schema.graphql differs from the schema the server serves. If the change is intended, run `{FixCommand}` "
                + "from the repository root and commit schema.graphql (it is the published contract: review the diff)."
        );
    }

    [Fact]
    public void The_schema_follows_the_conventions_front_end_teams_know()
    {
        var schema = ExportSchemaCommand.Print();

        Assert.Contains("interface Node {", schema, StringComparison.Ordinal);
        Assert.Contains("type Session implements Node {", schema, StringComparison.Ordinal);
        Assert.Contains("input SessionFilterInput {", schema, StringComparison.Ordinal);
        Assert.Contains("input StringOperationFilterInput {", schema, StringComparison.Ordinal);
        Assert.Contains("input ListFilterInputTypeOfTopicFilterInput {", schema, StringComparison.Ordinal);
        Assert.Contains("enum SortEnumType {", schema, StringComparison.Ordinal);
        Assert.Contains("type SessionConnection {", schema, StringComparison.Ordinal);
        Assert.Contains("nodes: [Session!]!", schema, StringComparison.Ordinal);
        Assert.Contains("pageInfo: PageInfo!", schema, StringComparison.Ordinal);
        Assert.Contains("totalCount: Int!", schema, StringComparison.Ordinal);
    }
}
