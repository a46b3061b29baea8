using System.Text;

namespace WellnessConnection.Tests.Content;

/// <summary>A content folder in the temp directory, deleted on dispose.</summary>
public sealed class TemporaryContentFolder : IDisposable
{
    private TemporaryContentFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>An empty folder, for files a test writes itself.</summary>
    public static TemporaryContentFolder Empty()
    {
        var folder = new TemporaryContentFolder(
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wc-content-" + Guid.NewGuid().ToString("N"))
        );
        Directory.CreateDirectory(folder.Path);
        return folder;
    }

    public static TemporaryContentFolder CopyOf(string source)
    {
        var folder = Empty();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    /// <summary>Writes <paramref name="relativePath"/> (with <c>/</c>) and returns its full path.</summary>
    public string Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPathOf(relativePath);
        File.WriteAllBytes(full, bytes.ToArray());
        return full;
    }

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Creates a file of <paramref name="length"/> bytes without writing them (sparse where the file system
    /// allows).</summary>
    public string WriteSized(string relativePath, long length)
    {
        var full = FullPathOf(relativePath);
        using var stream = File.Create(full);
        stream.SetLength(length);
        return full;
    }

    /// <summary>Makes <paramref name="relativePath"/> a symbolic link to <paramref name="target"/> (a file or folder,
    /// existing or not).</summary>
    public void Link(string relativePath, string target, bool isFolder = false)
    {
        var full = FullPathOf(relativePath);
        _ = isFolder ? Directory.CreateSymbolicLink(full, target) : File.CreateSymbolicLink(full, target);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private string FullPathOf(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
