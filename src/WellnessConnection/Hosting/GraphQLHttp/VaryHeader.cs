using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Adds to <c>Vary</c> without losing what another layer (CORS, preview) put there, and without repeats.</summary>
public static class VaryHeader
{
    public static void Add(IHeaderDictionary headers, string name)
    {
        var names = headers.Vary.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(name);
            headers.Vary = string.Join(", ", names);
        }
    }
}
