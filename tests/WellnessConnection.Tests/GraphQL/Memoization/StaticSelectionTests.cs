using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.GraphQL;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

/// <summary>Which selections of a document object may be answered from the memo: those that depend on the object
/// alone.</summary>
public sealed class StaticSelectionTests
{
    private static readonly HashSet<string> Volatile = ["isStale"];

    [Theory]
    [InlineData("{ slug title facilitators { name } topics { slug name } }")]
    [InlineData("{ slug excerpt: summary body { excerpt(length: 40) } ... on Session { startsAt } }")]
    public void A_selection_of_literals_is_keyed_by_its_text(string selection)
    {
        var (document, set) = Parse(selection);

        Assert.Equal(selection, StaticSelection.KeyOf(document, set, Volatile));
    }

    [Theory]
    [InlineData("{ slug body { excerpt(length: $length) } }")]
    [InlineData("{ slug topics @include(if: $withTopics) { slug } }")]
    [InlineData("{ slug title @skip(if: false) }")]
    [InlineData("{ slug ...Details }")]
    [InlineData("{ slug ... on Session @include(if: true) { startsAt } }")]
    [InlineData("{ slug isStale }")]
    [InlineData("{ lines { isStale } }")]
    [InlineData("{ slug __type(name: \"Session\") { name } }")]
    [InlineData("{ sessions(where: { slug: { in: [\"a\", $other] } }) { nodes { slug } } }")]
    public void A_selection_that_may_depend_on_more_than_the_object_has_no_key(string selection)
    {
        var (document, set) = Parse(selection);

        Assert.Null(StaticSelection.KeyOf(document, set, Volatile));
    }

    [Fact]
    public void The_crisis_lines_staleness_reads_the_clock()
    {
        using var services = new ServiceCollection().AddContentGraphQL().BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();

        Assert.Contains("isStale", VolatileFields.Of(schema));
        Assert.DoesNotContain("title", VolatileFields.Of(schema));
    }

    private static (GraphQLDocument Document, GraphQLSelectionSet Selection) Parse(string selection)
    {
        var document = new GraphQLDocumentBuilder().Build($"query Q {{ node(id: \"x\") {selection} }}");
        var operation = (GraphQLOperationDefinition)document.Definitions[0];
        var node = (GraphQLField)operation.SelectionSet.Selections[0];
        return (document, node.SelectionSet!);
    }
}
