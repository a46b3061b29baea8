using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// The validation report of one load of the content folder, start-up or reload, successful or not: every problem of
/// the files as that run read them, with its outcome. A failed reload's report describes the files on disk, while the
/// last good content stays in service (<see cref="SourceVersion"/>).
/// </summary>
public sealed record LoadReport
{
    /// <summary>Names this report among all the runs of any server process: <c>&lt;instance&gt;-&lt;number&gt;</c>, so
    /// that a page rendered before a restart never takes a new process's report for its own.</summary>
    public required string Id { get; init; }

    /// <summary>1 for the first run of this process, then one more for each run.</summary>
    public required long Sequence { get; init; }

    public required ContentReload Reload { get; init; }

    /// <summary>Every error and warning found, sorted by file and line; empty when the run stopped on an exception
    /// (<see cref="ContentReload.Errors"/> names it).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The files the run read (site.yml and the documents).</summary>
    public required int FileCount { get; init; }

    /// <summary>The version of every file, drafts included, of the content in service after the run.</summary>
    public string? SourceVersion { get; init; }
}
