using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// Lists the files of a content folder without ever leaving it: a symbolic link (to a file or a folder) is reported
/// and neither followed nor read, so a link loop, a link to /dev/zero or to a file outside the folder costs nothing.
/// Dot-files and dot-folders are skipped, as editors' tools keep their state there.
/// </summary>
public static class ContentFolder
{
    /// <summary>The regular-looking files, relative with <c>/</c>, in ordinal order; special files are caught when
    /// read.</summary>
    public static List<string> Files(string directory, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(directory)]);
        while (pending.TryPop(out var folder))
        {
            foreach (
                var entry in folder.EnumerateFileSystemInfos(
                    "*",
                    new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }
                )
            )
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var path = Path.GetRelativePath(directory, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is not null)
                {
                    ReportLink(path, entry is DirectoryInfo, diagnostics);
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    pending.Push(subfolder);
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void ReportLink(string path, bool isFolder, DiagnosticBag diagnostics) =>
        diagnostics.Report(
            DiagnosticCodes.NotARegularFile,
            SourcePosition.StartOf(path),
            ContentFileReader.LinkMessage(isFolder ? "folder" : "file")
        );
}
