namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// A request refused at the HTTP level, before GraphQL could run: wrong method, media type or shape.
/// Carries the status code and the <c>extensions.code</c> the error body reports.
/// </summary>
public sealed class GraphQLHttpException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>The <c>Allow</c> header a 405 must carry (RFC 9110).</summary>
    public string? Allow { get; init; }

    public static GraphQLHttpException BadRequest(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);
}
