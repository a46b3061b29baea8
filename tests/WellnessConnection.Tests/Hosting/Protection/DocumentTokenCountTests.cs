using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class DocumentTokenCountTests
{
    [Theory]
    [InlineData("{ contentVersion }", 3, 0)]
    [InlineData("query Q($a: Int = 1) { f(a: $a) }", 19, 0)]
    [InlineData("{ a } # a comment { } { }", 4, 0)]
    [InlineData("{ ...A ... on Query { b } ... @include(if: true) { c } } fragment A on Query { d }", 28, 3)]
    public void Tokens_and_fragment_uses_are_counted(string document, int tokens, int fragments) =>
        Assert.Equal((tokens, fragments), DocumentLimitsFilter.Count(document, 1000));

    [Fact]
    public void Counting_stops_at_the_limit() =>
        Assert.Equal(10, DocumentLimitsFilter.Count(string.Concat(Enumerable.Repeat("{ a ", 100_000)), 10).Tokens);

    [Fact]
    public void A_syntax_error_stops_the_count_for_the_parser_to_report() =>
        Assert.Equal(2, DocumentLimitsFilter.Count("{ a \u0007 b }", 1000).Tokens);

    [Theory]
    [InlineData("{ a b { c d { e } } }", 5)]
    [InlineData("{ ...F ...F ... on Query { a } } fragment F on Query { b { c } }", 3)]
    [InlineData("query A { a } query B { a b }", 3)]
    public void Fields_are_counted_as_written(string document, int expected) =>
        Assert.Equal(expected, DocumentLimitsFilter.CountFields(GraphQLParser.Parser.Parse(document)));
}
