using GraphQLParser;
using GraphQLParser.AST;
using WellnessConnection.GraphQL.CrisisLines;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.GraphQL.CrisisLines;

public sealed class CrisisLineSelectionTests
{
    [Theory]
    [InlineData("{ crisisLines { name } }")]
    [InlineData("{ a: crisisLine(slug: \"x\") { name } }")]
    [InlineData("{ search(query: \"x\") { snippet } }")]
    [InlineData("{ searchResults(query: \"x\") { nodes { snippet } } }")]
    [InlineData("{ searchResults(query: \"x\") { totalCount } }")]
    [InlineData("{ node(id: \"x\") { ... on CrisisLine { phone } } }")]
    [InlineData(
        "{ topic(slug: \"x\") { ...T } } fragment T on Topic { resources { ... { ...C } } } fragment C on "
            + "CrisisLine { phone }"
    )]
    public void A_document_that_can_show_crisis_line_details_is_detected(string document) =>
        Assert.True(CrisisLineSelection.IsSelectedBy(Parser.Parse(document)));

    [Theory]
    [InlineData("{ sessions { nodes { title } } }")]
    [InlineData("{ node(id: \"x\") { id ... on Session { title } } }")]
    [InlineData("{ page(slug: \"crisisLines\") { title } }")]
    public void Other_documents_are_not(string document) =>
        Assert.False(CrisisLineSelection.IsSelectedBy(Parser.Parse(document)));

    /// <summary>
    /// Every root field of the published schema that returns crisis lines or search hits, whose snippets may quote
    /// one, is in the list: a new such field cannot be added without the shorter cache life.
    /// </summary>
    [Fact]
    public void Every_root_field_that_returns_crisis_lines_or_search_hits_is_detected()
    {
        var sdl = File.ReadAllText(
            Path.Combine(Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!, "schema.graphql")
        );
        var query = Parser.Parse(sdl).Definitions.OfType<GraphQLObjectTypeDefinition>().Single(t => t.Name == "Query");
        var fields = query
            .Fields!.Where(f =>
                NamedType(f.Type) is "CrisisLine" or "CrisisLineConnection" or "SearchHit" or "SearchResultConnection"
            )
            .Select(f => f.Name.StringValue)
            .ToList();

        Assert.Equal(["crisisLine", "crisisLines", "search", "searchResults"], fields.Order(StringComparer.Ordinal));
        Assert.All(fields, f =>
            Assert.True(CrisisLineSelection.IsSelectedBy(Parser.Parse($"{{ {f} {{ __typename }} }}")))
        );
    }

    private static string NamedType(GraphQLType type) =>
        type switch
        {
            GraphQLNonNullType nonNull => NamedType(nonNull.Type),
            GraphQLListType list => NamedType(list.Type),
            GraphQLNamedType named => named.Name.StringValue,
            _ => "",
        };
}
