using System.Security.Cryptography;
using System.Text;

namespace WellnessConnection.Embed.Assets;

/// <summary>A static file of the embed, served from memory with a strong <c>ETag</c> of its bytes.</summary>
public sealed record EmbedAsset
{
    public EmbedAsset(string path, string contentType, string text)
    {
        Path = path;
        ContentType = contentType;
        Bytes = Encoding.UTF8.GetBytes(text);
        ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Bytes).AsSpan(0, 16))}\"";
    }

    public string Path { get; }

    public string ContentType { get; }

    public byte[] Bytes { get; }

    public string ETag { get; }
}
