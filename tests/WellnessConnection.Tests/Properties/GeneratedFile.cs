namespace WellnessConnection.Tests.Properties;

/// <summary>A generated entry of a content folder: a file with these bytes, or a symbolic link to <see
/// cref="LinkTarget"/>.</summary>
public sealed record GeneratedFile(string Path, byte[] Bytes, string? LinkTarget)
{
    public override string ToString() =>
        LinkTarget is null
            ? $"{Path} ({Bytes.Length} bytes): "
                + $"{System.Text.Encoding.UTF8.GetString(Bytes[..Math.Min(300, Bytes.Length)])}"
            : $"{Path} -> {LinkTarget}";
}
