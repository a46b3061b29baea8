using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Opens a file for reading without blocking and without following a final symbolic link. A plain open of a fifo
/// waits for a writer forever (one `mkfifo pages/f.md` stalled every later reload); with O_NONBLOCK it returns at
/// once, and the stream's <see cref="Stream.CanSeek"/> tells a fifo or socket from a regular file.
/// </summary>
internal static class NonBlockingOpen
{
    private const int ReadOnly = 0;
    private const int NonBlock = 0x800; // the same on x64 and arm64 Linux
    private const int CloseOnExec = 0x80000;

    public static FileStream Open(string fullPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }

        var flags = ReadOnly | NonBlock | CloseOnExec | NoFollow();
        var descriptor = OpenFile(fullPath, flags);
        if (descriptor < 0)
        {
            throw new IOException($"open failed with errno {Marshal.GetLastPInvokeError()}");
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
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
}
