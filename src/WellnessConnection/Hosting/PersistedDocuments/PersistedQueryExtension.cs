using System.Globalization;
using GraphQL;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// <c>extensions.persistedQuery</c> of Apollo's automatic persisted queries:
/// <c>{"version":1,"sha256Hash":"&lt;hex&gt;"}</c>.
/// </summary>
public sealed record PersistedQueryExtension(string Hash)
{
    /// <summary>Null when the request has no such extension.</summary>
    /// <exception cref="ExecutionError">The extension is there but is not version 1 with a sha256 hash.</exception>
    public static PersistedQueryExtension? Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(GraphQLHttpRequest.PersistedQueryExtension, out var value))
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persistedQuery)
        {
            throw PersistedDocumentErrors.MalformedExtension();
        }

        if (
            !persistedQuery.TryGetValue("version", out var version)
            || Convert.ToString(version, CultureInfo.InvariantCulture) != "1"
        )
        {
            throw PersistedDocumentErrors.UnsupportedVersion(version);
        }

        return persistedQuery.TryGetValue("sha256Hash", out var hash) && hash is string text && IsSha256(text)
            ? new PersistedQueryExtension(text)
            : throw PersistedDocumentErrors.MalformedExtension();
    }

    /// <summary>64 lowercase hex digits, as GraphQL.NET's persisted documents and Apollo's clients write a
    /// sha256.</summary>
    public static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);
}
