using System.Security.Cryptography;
using System.Text;
using GraphQL;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// What makes two requests the same for the cache: the content version, the document (by hash: a query, its
/// trusted documentId and its automatic persisted query hash are the same document), the operation name and the
/// variables. The locale is an argument, so it is in the document or the variables.
/// </summary>
public static class ResponseCacheKey
{
    /// <returns>A lowercase hex sha256, fixed-size however large the variables.</returns>
    public static string Of(
        string contentVersion,
        string documentHash,
        string? operationName,
        Inputs? variables,
        IGraphQLTextSerializer serializer
    )
    {
        var identity = string.Join(
            '\n',
            contentVersion,
            documentHash,
            operationName ?? "",
            variables is null ? "" : serializer.Serialize(variables)
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
