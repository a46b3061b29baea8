using GraphQLParser;
using WellnessConnection.GraphQL.CrisisLines;

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
}
