using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Content;

/// <summary>The outcome of reading a content folder: every problem found, and the content when there is no
/// error.</summary>
public sealed record ContentLoadResult(ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The files the run read: site.yml and the documents, not the files it ignores (README.md, other folders,
    /// ...).</summary>
    public int FileCount { get; init; }

    /// <summary>What the next run may reuse (null when site.yml could not be read).</summary>
    public Loading.ContentCache? Cache { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
