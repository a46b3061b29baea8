namespace WellnessConnection.Content.Diagnostics;

/// <summary>A place in a content file: path relative to the content folder, 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition StartOf(string path) => new(path, 1, 1);
}
