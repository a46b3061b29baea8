namespace WellnessConnection.Content.Loading;

/// <summary>A file's size and modification time, as the listing of its folder saw them.</summary>
public readonly record struct ListedFile(long Length, DateTime LastWriteUtc);

/// <summary>
/// The files of a content folder (<see cref="ContentFolder.List"/>): their paths, relative with <c>/</c>, in ordinal
/// order, and what the listing saw of each. A reload compares that with the previous run's stamps, so an unchanged
/// file costs the folder one <c>lstat</c> and is not read.
/// </summary>
public sealed class ContentListing(List<string> paths, Dictionary<string, ListedFile> seen)
{
    public IReadOnlyList<string> Paths => paths;

    /// <summary>What the listing saw of <paramref name="path"/>, one of <see cref="Paths"/>.</summary>
    public ListedFile Seen(string path) => seen[path];
}
