using GraphQL;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// One well-formed GraphQL-over-HTTP request, whichever way it arrived (GET query string or POST body).
/// Later features read it rather than the HTTP request: persisted queries look in <see cref="Extensions"/>
/// (<c>persistedQuery.sha256Hash</c>), caching keys on it, limits inspect it.
/// </summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
