using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Reads a content file as text, refusing what is not a text document an editor wrote
/// (empty, binary, not UTF-8, oversized) with one clear error instead of a crash or a hang.
/// </summary>
public static class ContentFileReader
{
    /// <summary>Far above any real page (the longest is a few kilobytes), far below what could hurt the
    /// server.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>One byte over the limit: enough to tell a file at the limit from one over it.</summary>
    private const int ReadLimit = (int)MaxFileBytes + 1;

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>Why a link is refused. Its target is not named: it may be a file outside the folder.</summary>
    public static string LinkMessage(string what) =>
        $"this {what} is a symbolic link; it is not read. Content must be regular files inside the content folder: "
        + $"replace the link with a copy of what it points to.";

    public static string? Read(string fullPath, string path, DiagnosticBag diagnostics) =>
        ReadBytes(fullPath, path, diagnostics) is { } bytes ? Decode(bytes, path, diagnostics) : null;

    /// <summary>The file's bytes, or null (reported) when it is a link, a special file, or too large to be a content
    /// file.</summary>
    public static byte[]? ReadBytes(string fullPath, string path, DiagnosticBag diagnostics)
    {
        using var handle = NonBlockingOpen.Open(fullPath);
        if (handle is null)
        {
            diagnostics.Report(DiagnosticCodes.NotARegularFile, SourcePosition.StartOf(path), LinkMessage("file"));
            return null;
        }

        if (NonBlockingOpen.SeekableLength(handle) is not { } length)
        {
            diagnostics.Report(
                DiagnosticCodes.NotARegularFile,
                SourcePosition.StartOf(path),
                "this is a special file (a fifo or a socket), not a text file; it is not read. Delete it from the "
                    + "content folder."
            );
            return null;
        }

        if (length > MaxFileBytes)
        {
            ReportTooLarge(length, path, diagnostics);
            return null;
        }

        // Read at most one byte over the limit all the same: a device reports no honest length, and a file may grow
        // after it was measured. The buffer is pooled: a new one per file cost a megabyte of zeroed memory each, a
        // third of the start's CPU in garbage collection at 12,700 files.
        var buffer = ArrayPool<byte>.Shared.Rent(ReadLimit);
        try
        {
            var read = ReadFromStart(handle, buffer.AsSpan(0, ReadLimit), length);
            if (read > MaxFileBytes)
            {
                ReportTooLarge(read, path, diagnostics);
                return null;
            }

            return buffer[..read];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads from the file's start until <paramref name="buffer"/> is full or the file ends. Once it has the file's
    /// <paramref name="length"/> in bytes it stops, rather than asking the system once more to learn that nothing
    /// follows; what cannot be measured (a device, length 0) is read until it ends or fills the buffer.
    /// </summary>
    private static int ReadFromStart(SafeFileHandle handle, Span<byte> buffer, long length)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], total);
            total += read;
            if (read == 0 || total == length)
            {
                break;
            }
        }

        return total;
    }

    private static void ReportTooLarge(long length, string path, DiagnosticBag diagnostics)
    {
        var (size, limit) = Sizes(length);
        diagnostics.Report(
            DiagnosticCodes.FileTooLarge,
            SourcePosition.StartOf(path),
            $"the file is {size}; a content file may be at most {limit}. Move large media elsewhere and link to it."
        );
    }

    /// <summary>
    /// The size and the limit in megabytes to two decimals, or in bytes when the megabytes would read as the limit
    /// itself ("the file is 1 MB; a content file may be at most 1 MB").
    /// </summary>
    private static (string Size, string Limit) Sizes(long bytes)
    {
        var megabytes = (bytes / 1024.0 / 1024.0).ToString("0.##", CultureInfo.InvariantCulture);
        return megabytes != "1"
            ? ($"{megabytes} MB", "1 MB")
            : (
                string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
                string.Create(CultureInfo.InvariantCulture, $"{MaxFileBytes:N0} bytes (1 MB)")
            );
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Report(
                DiagnosticCodes.NotText,
                SourcePosition.StartOf(path),
                "this looks like a binary file (an image or a document?), not Markdown text; content folders hold "
                    + "only .md text files."
            );
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(
                DiagnosticCodes.NotText,
                SourcePosition.StartOf(path),
                "the file is not saved as UTF-8; save it again with UTF-8 encoding (in most editors: File > Save "
                    + "with encoding > UTF-8)."
            );
            return null;
        }

        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Report(
                DiagnosticCodes.EmptyFile,
                SourcePosition.StartOf(path),
                "the file is empty; add a front matter block (see content/README.md) or delete the file."
            );
            return null;
        }

        RawCharacters.Report(text, path, diagnostics);
        return text;
    }
}
