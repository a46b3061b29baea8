namespace WellnessConnection.Feeds;

/// <summary>
/// What feed writers do with every string they are given, even after validation: content checks can change, and a
/// session built another way must not break a feed. Control characters are dropped (XML 1.0 cannot carry them, and a
/// calendar client may choke on them); line breaks are kept, since the writers escape them (iCalendar <c>\n</c>).
/// </summary>
public static class HostileText
{
    public static string Clean(string text)
    {
        if (!text.Any(IsUnwanted))
        {
            return text;
        }

        return string.Create(text.Length - text.Count(IsUnwanted), text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsUnwanted(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    /// <summary>The address when it is a clean absolute http(s) URI, else null (<see
    /// cref="Http.WebAddress"/>).</summary>
    public static Uri? WebAddress(string? address) => Http.WebAddress.CleanOrNull(address);

    // \r is dropped too: a lone CR is a line break to some readers and nothing to others.
    private static bool IsUnwanted(char c) => char.IsControl(c) && c is not '\n' and not '\t';
}
