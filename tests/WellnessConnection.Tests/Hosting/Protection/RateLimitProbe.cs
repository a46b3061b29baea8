using System.Net;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>
/// Sends requests until one is refused with 429, at most <see cref="MostRequests"/>. A rate limit's bucket refills in
/// real time (System.Threading.RateLimiting takes no <see cref="TimeProvider"/>): a slow machine may let one request
/// more through than the bucket holds, never seventeen more. A test asserts what the bucket decides (the first ones
/// pass, a refusal comes), not an exact sequence.
/// </summary>
public static class RateLimitProbe
{
    public const int MostRequests = 20;

    /// <summary>The statuses in order, the last a 429 unless none was refused.</summary>
    /// <param name="send">Sends the request of the given attempt (0, 1, ...).</param>
    public static async Task<List<HttpStatusCode>> UntilRefusedAsync(Func<int, Task<HttpResponseMessage>> send)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < MostRequests && statuses.LastOrDefault() != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await send(i);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
