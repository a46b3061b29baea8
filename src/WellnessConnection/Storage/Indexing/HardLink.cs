using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace WellnessConnection.Storage.Indexing;

/// <summary>A second name for a file on the same file system (POSIX <c>link</c>), where the system has them.</summary>
internal static class HardLink
{
    /// <summary>False, and nothing made, when the system or the file systems cannot link the two paths.</summary>
    public static bool TryCreate(string existing, string created)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            return Link(existing, created) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // A C library without link(2) under that name: the caller copies.
        }
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in the project.
    [DllImport("libc", EntryPoint = "link", ExactSpelling = true)]
    [SuppressMessage("Globalization", "CA2101", Justification = "Paths go as UTF-8, which is what POSIX takes.")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string existing,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string created
    );
}
