using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// How the whole pipeline answered one request (<see cref="ReplayRequest"/>'s key) with a kept response: which
/// response (its key in <see cref="ResponseCache"/>, and which of the responses kept under that key), the headers every
/// layer set but <c>Date</c> and <c>Server</c>, which the server sets anew, and <c>Age</c>, which is computed again;
/// and the checks that must still hold (<see cref="ReplayRecording.RequireStill"/>).
/// </summary>
internal sealed class ReplayVariant(
    string requestKey,
    string cacheKey,
    long responseId,
    KeyValuePair<string, StringValues>[] headers,
    IReadOnlyList<Func<bool>> conditions
)
{
    public string RequestKey { get; } = requestKey;

    public string CacheKey { get; } = cacheKey;

    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    /// <summary>About what it holds, in characters: its keys and its headers.</summary>
    public int Size { get; } =
        requestKey.Length
        + cacheKey.Length
        + headers.Sum(header => header.Key.Length + header.Value.Sum(value => value?.Length ?? 0));

    public bool Answers(CachedResponse response) => response.Id == responseId;

    public bool StillHolds()
    {
        foreach (var holds in conditions)
        {
            if (!holds())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The response's headers as sent, but those the server or the replay sets itself.</summary>
    public static KeyValuePair<string, StringValues>[] HeadersOf(HttpResponse response) =>
        [.. response.Headers.Where(header => !IsSetAtReplay(header.Key))];

    private static bool IsSetAtReplay(string name) =>
        name.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Server, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase);
}
