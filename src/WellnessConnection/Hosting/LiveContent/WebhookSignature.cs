using System.Security.Cryptography;
using System.Text;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>GitHub's webhook signature: <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256 of the raw
/// body&gt;</c>.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="signature"/> is the body's signature with <paramref name="secret"/>, compared
    /// in constant time.</summary>
    public static bool IsValid(string secret, ReadOnlySpan<byte> body, string? signature)
    {
        if (
            signature is null
            || !signature.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || signature.Length != Prefix.Length + 64
        )
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[32];
        if (
            Convert.FromHexString(signature.AsSpan(Prefix.Length), presented, out _, out var written)
                != System.Buffers.OperationStatus.Done
            || written != 32
        )
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }
}
