namespace WellnessConnection.Tests.GraphQL;

/// <summary>
/// A session whose body has HTML-sensitive characters (<c>rest &lt; work</c>, <c>&amp;</c>) and a draft on the same
/// subject (<c>Fixtures/Api/search</c>).
/// </summary>
public sealed class SearchApiFactory : ContentApiFactory
{
    protected override string ContentDirectory => ApiFixture("search");
}
