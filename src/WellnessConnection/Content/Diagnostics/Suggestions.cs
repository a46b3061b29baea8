using Quickenshtein;

namespace WellnessConnection.Content.Diagnostics;

/// <summary>Finds the known name an editor most likely meant ("did you mean ...") for a misspelt one.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var lowered = typed.ToLowerInvariant();
        var best = known
            .Select(k => (Name: k, Distance: Levenshtein.GetDistance(lowered, k.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is null)
        {
            return null;
        }

        var tolerance = Math.Max(2, Math.Min(typed.Length, best.Name.Length) / 3);
        return best.Distance <= tolerance ? best.Name : null;
    }

    /// <summary><c> Did you mean "x"?</c> when a close name exists, else the empty string.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } match ? $" Did you mean \"{match}\"?" : "";
}
