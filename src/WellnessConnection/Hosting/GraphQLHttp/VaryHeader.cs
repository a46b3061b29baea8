using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Adds to <c>Vary</c> without losing what another layer (CORS, preview) put there, and without
/// repeats.</summary>
public static class VaryHeader
{
    public static void Add(IHeaderDictionary headers, string name)
    {
        var vary = headers.Vary;
        if (vary.Count == 0)
        {
            headers.Vary = name;
            return;
        }

        if (vary.Count == 1 && vary[0] is { } single && IsClean(single))
        {
            if (!Lists(single, name))
            {
                headers.Vary = $"{single}, {name}";
            }

            return;
        }

        var names = headers
            .Vary.SelectMany(value =>
                (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            .ToList();
        if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(name);
            headers.Vary = string.Join(", ", names);
        }
    }

    // Written as this class writes it: names separated by ", ", none empty, none padded.
    private static bool IsClean(string value)
    {
        foreach (var range in value.AsSpan().Split(", "))
        {
            var name = value.AsSpan()[range];
            if (name.IsEmpty || name.Contains(',') || name.Trim().Length != name.Length)
            {
                return false;
            }
        }

        return true;
    }

    // The common case, one header value: a name already in it is found without splitting.
    private static bool Lists(string value, string name)
    {
        foreach (var range in value.AsSpan().Split(','))
        {
            if (value.AsSpan()[range].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
