using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace WellnessConnection.Hosting.Preview;

/// <summary>The <c>X-Preview-Token</c> header and its check against the configured secret.</summary>
public static class PreviewToken
{
    public const string Header = "X-Preview-Token";

    /// <summary>
    /// True only when a secret is configured and the request presents exactly that secret once. Both are hashed
    /// first, so that the comparison takes the same time whatever the presented value's length and content.
    /// </summary>
    public static bool Grants(string? secret, StringValues presented)
    {
        if (string.IsNullOrEmpty(secret) || presented.Count != 1 || string.IsNullOrEmpty(presented[0]))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented[0]!))
        );
    }
}
