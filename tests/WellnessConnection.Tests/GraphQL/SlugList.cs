namespace WellnessConnection.Tests.GraphQL;

/// <summary>Expected slugs written as one space-separated string, so that a test case fits on one line.</summary>
public static class SlugList
{
    public static string[] From(string slugs) => slugs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
