using WellnessConnection.Hosting.Protection;
using WellnessConnection.Tests.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class ExpandedFieldCountTests
{
    /// <summary>24 fragments, each spreading the previous one twice: 2^24 fields from about 1 KB.</summary>
    internal static readonly string FragmentBomb =
        "{...F24} fragment F0 on Query{__typename} "
        + string.Concat(Enumerable.Range(1, 24).Select(i => $"fragment F{i} on Query{{...F{i - 1} ...F{i - 1}}} "));

    [Theory]
    [InlineData("{ a b { c d { e } } }", 5)]
    [InlineData("{ ...F ...F ... on Query { a } } fragment F on Query { b { c } }", 5)]
    [InlineData("{ ...G } fragment G on Query { ...F ...F } fragment F on Query { a }", 2)]
    [InlineData("query A { a } query B { a b }", 3)]
    [InlineData("{ ...Missing a }", 1)]
    public void Fields_are_counted_with_every_spread_expanded(string document, long expected) =>
        Assert.Equal(expected, ExpandedFieldCount.Of(GraphQLParser.Parser.Parse(document), 1000).Fields);

    [Fact]
    public void A_fragment_bomb_is_counted_past_the_limit_visiting_each_selection_once()
    {
        var (fields, visited) = ExpandedFieldCount.Of(GraphQLParser.Parser.Parse(FragmentBomb), 2000);

        Assert.Equal(2001, fields); // saturated just above the limit
        // The operation's spread, F0's field, two spreads in each other fragment.
        Assert.Equal(1 + 1 + (24 * 2), visited);
    }

    [Fact]
    public void The_count_saturates_rather_than_overflows()
    {
        // 99 doublings: 2^99 fields, far past a long.
        var document =
            "{...F99} fragment F0 on Query{__typename} "
            + string.Concat(Enumerable.Range(1, 99).Select(i => $"fragment F{i} on Query{{...F{i - 1} ...F{i - 1}}} "));

        var (fields, _) = ExpandedFieldCount.Of(GraphQLParser.Parser.Parse(document), int.MaxValue);

        Assert.Equal((long)int.MaxValue + 1, fields);
    }

    [Theory]
    [InlineData("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }")]
    [InlineData("{ ...A } fragment A on Query { a ...A }")]
    public void Fragment_cycles_end_the_count_for_validation_to_report(string document) =>
        Assert.InRange(ExpandedFieldCount.Of(GraphQLParser.Parser.Parse(document), 1000).Fields, 1, 2);

    [Fact]
    public void The_introspection_query_and_the_trusted_documents_are_well_within_the_default()
    {
        var limit = new ProtectionOptions().MaxExpandedFields;
        var documents = Directory
            .GetFiles(EndpointApiFactory.PersistedDirectory, "*.graphql")
            .Select(File.ReadAllText)
            .Append(IntrospectionQuery.Text);

        foreach (var document in documents)
        {
            Assert.InRange(ExpandedFieldCount.Of(GraphQLParser.Parser.Parse(document), limit).Fields, 1, limit / 4);
        }
    }
}
