using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting;

/// <summary>Every field of every document in one locale, as the API answers it: what two servers that must
/// agree (a patched index and a new one, a bundle and its folder) are compared by.</summary>
public static class ContentDump
{
    private const string Body = "body { markdown html text headings { level text anchor } readingTimeMinutes }";

    /// <summary>Every field of every document, a query per list (one query would be over the complexity
    /// limit).</summary>
    public static readonly string[] Everything =
    [
        $"query($locale: Locale!) {{ contentVersion sessions(first: 50, locale: $locale) {{ totalCount nodes {{ id "
            + $"slug language title summary startsAt endsAt timeZone status part audience registrationUrl "
            + $"{Body} }} }} }}",
        "query($locale: Locale!) { sessions(first: 50, locale: $locale) { nodes { slug topics { slug name } "
            + "facilitators { slug name } series { slug title parts { slug } } } } }",
        $"query($locale: Locale!) {{ allSeries(first: 20, locale: $locale) {{ nodes {{ id slug title summary {Body} "
            + $"parts {{ slug title }} }} }} }}",
        $"query($locale: Locale!) {{ topics(first: 20, locale: $locale) {{ nodes {{ id slug name summary order "
            + $"{Body} sessions(first: 20) {{ totalCount nodes {{ slug }} }} resources {{ slug }} }} }} }}",
        $"query($locale: Locale!) {{ facilitators(first: 20, locale: $locale) {{ nodes {{ id slug name credentials "
            + $"pronouns {Body} sessions(first: 20) {{ nodes {{ slug }} }} }} }} }}",
        $"query($locale: Locale!) {{ resources(first: 20, locale: $locale) {{ nodes {{ id slug title kind url "
            + $"summary audience {Body} topics {{ slug }} }} }} }}",
        $"query($locale: Locale!) {{ crisisLines(locale: $locale) {{ id slug name scope regions phone text url "
            + $"hours languages source lastVerified {Body} }} }}",
        $"query($locale: Locale!) {{ pages(first: 20, locale: $locale) {{ nodes {{ id slug title summary order "
            + $"{Body} }} }} }}",
        "query($locale: Locale!) { search(query: \"sleep\", first: 50, locale: $locale) "
            + "{ score snippet node { id } } }",
    ];

    public static async Task<string> DumpAsync(HttpClient client, string locale)
    {
        var parts = new List<string>();
        foreach (var query in Everything)
        {
            parts.Add((await client.DataAsync(query, new { locale })).ToJsonString());
        }

        return string.Join("\n", parts);
    }
}
