using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Opens a file for reading without blocking and without following a final symbolic link. A plain open of a fifo
/// waits for a writer forever (one `mkfifo pages/f.md` stalled every later reload); with O_NONBLOCK it returns at
/// once, and <see cref="SeekableLength"/> tells a fifo or socket from a regular file. Each is one system call: with
/// one read and the close, a file costs five (a link test, a status, a stream's two position checks and a second read
/// to learn the end made eight; 12,717 files at 10,000 sessions, bench/README.md, "Figures behind design choices").
/// </summary>
internal static class NonBlockingOpen
{
    private const int ReadOnly = 0;
    private const int NonBlock = 0x800; // the same on x64 and arm64 Linux
    private const int CloseOnExec = 0x80000;
    private const int TooManyLinks = 40; // ELOOP: O_NOFOLLOW met a symbolic link
    private const int SeekEnd = 2;

    /// <summary>The open file; null when the path's last part is a symbolic link, which is not followed (the listing
    /// reports links; this catches one made since).</summary>
    public static SafeFileHandle? Open(string fullPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileInfo(fullPath).LinkTarget is not null
                ? null
                : File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }

        var descriptor = OpenFile(fullPath, ReadOnly | NonBlock | CloseOnExec | NoFollow());
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == TooManyLinks ? null : throw new IOException($"open failed with errno {error}");
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    /// <summary>The file's length, by seeking to its end; null for what cannot seek (a fifo, a socket).</summary>
    public static long? SeekableLength(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return RandomAccess.GetLength(handle);
        }

        var length = Seek(handle, 0, SeekEnd);
        return length >= 0 ? length : null;
    }

    private static int NoFollow() =>
        RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    // DllImport, not LibraryImport: the latter needs unsafe code enabled for the whole project.
    [DllImport(
        "libc",
        EntryPoint = "open",
        SetLastError = true,
        CharSet = CharSet.Ansi,
        BestFitMapping = false,
        ThrowOnUnmappableChar = true
    )]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    // lseek64: a 64-bit offset on 32-bit Linux too, where lseek's is 32 bits; the same function on 64-bit.
    [DllImport("libc", EntryPoint = "lseek64", SetLastError = true)]
    private static extern long Seek(SafeFileHandle handle, long offset, int whence);
}
