using System.Security.Cryptography;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// What a file was when it was read: size and modification time (to skip reading a file that did not change) and
/// a hash of its bytes (to recognise one that was touched but not changed, and to make the content version).
/// </summary>
public sealed record SourceStamp(string Path, long Length, DateTime LastWriteUtc, string Hash)
{
    public bool SameFileAs(ListedFile file) => file.Length == Length && file.LastWriteUtc == LastWriteUtc;

    /// <param name="bytes">The file's content; null when it could not be read (its hash is then empty).</param>
    public static SourceStamp Of(string path, ListedFile file, byte[]? bytes) =>
        new(
            path,
            file.Length,
            file.LastWriteUtc,
            bytes is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes))
        );
}
