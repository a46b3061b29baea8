using System.IO.Enumeration;
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
    /// <summary>The regular-looking files, with the size and time of each; special files are caught when
    /// read.</summary>
    public static ContentListing List(string directory, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ListedFile>(StringComparer.Ordinal);
        var pending = new Stack<(string Full, string Relative)>([(Path.GetFullPath(directory), "")]);
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
        while (pending.TryPop(out var folder))
        {
            // A file's relative path is its folder's and its name: no full path made and cut again for each file.
            var prefix = folder.Relative.Length == 0 ? "" : folder.Relative + "/";
            // One lstat per file: its link test, size and time all read the status the enumeration keeps for it.
            var entries = new FileSystemEnumerable<Entry>(
                folder.Full,
                (ref entry) => Entry.Of(ref entry, prefix),
                options
            )
            {
                ShouldIncludePredicate = (ref entry) => !entry.FileName.StartsWith('.'),
            };
            foreach (var entry in entries)
            {
                if (entry.IsLink)
                {
                    ReportLink(entry.Path, entry.IsFolder, diagnostics);
                }
                else if (entry.IsFolder)
                {
                    pending.Push((entry.FullPath!, entry.Path));
                }
                else
                {
                    seen.Add(entry.Path, entry.File);
                }
            }
        }

        var paths = seen.Keys.ToList();
        paths.Sort(StringComparer.Ordinal);
        return new ContentListing(paths, seen);
    }

    /// <param name="Path">The entry's path relative to the content folder, with <c>/</c>.</param>
    /// <param name="FullPath">A folder's full path, to list it next; null for anything else.</param>
    private readonly record struct Entry(string Path, string? FullPath, bool IsLink, bool IsFolder, ListedFile File)
    {
        public static Entry Of(ref FileSystemEntry entry, string prefix)
        {
            // A symbolic link is a reparse point (from lstat, or the directory entry): it is never followed here.
            var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            var isFolder = entry.IsDirectory;
            var file = isLink || isFolder ? default : new ListedFile(entry.Length, entry.LastWriteTimeUtc.UtcDateTime);
            var path = string.Concat(prefix, entry.FileName).Replace('\\', '/');
            return new Entry(path, isFolder && !isLink ? entry.ToFullPath() : null, isLink, isFolder, file);
        }
    }

    private static void ReportLink(string path, bool isFolder, DiagnosticBag diagnostics) =>
        diagnostics.Report(
            DiagnosticCodes.NotARegularFile,
            SourcePosition.StartOf(path),
            ContentFileReader.LinkMessage(isFolder ? "folder" : "file")
        );
}
