using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>What every preview page needs besides its own content.</summary>
/// <param name="Report">The validation report of the last load, read before the index, so that a page never shows
/// content newer than the report it names (its script then loads it again when a newer one exists).</param>
/// <param name="PathBase">The request's path base, put before every address of the preview.</param>
/// <param name="Now">The request's "now", the one the index was read at.</param>
public sealed record PreviewPageContext(LoadReport? Report, string PathBase, DateTimeOffset Now)
{
    /// <summary>The problems of <paramref name="files"/> (relative to the content folder), in report order.</summary>
    public IReadOnlyList<Diagnostic> ProblemsOf(IEnumerable<string> files)
    {
        var set = files.ToHashSet(StringComparer.Ordinal);
        return [.. (Report?.Diagnostics ?? []).Where(d => set.Contains(d.Path))];
    }

    /// <summary>The problems of files in <paramref name="folder"/>.</summary>
    public IReadOnlyList<Diagnostic> ProblemsIn(string folder) =>
        [.. (Report?.Diagnostics ?? []).Where(d => d.Path.StartsWith(folder + "/", StringComparison.Ordinal))];
}
