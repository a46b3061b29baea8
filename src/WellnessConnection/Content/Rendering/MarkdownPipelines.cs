using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// The two Markdig pipelines, built once: a <see cref="MarkdownPipeline"/> is immutable after
/// <c>Build()</c> and safe to share between threads.
/// </summary>
internal static class MarkdownPipelines
{
    /// <summary>What is rendered: raw HTML is not recognised, so it stays escaped text.</summary>
    public static MarkdownPipeline Render { get; } = Extensions().DisableHtml().Build();

    /// <summary>
    /// Parsed but never rendered: with HTML recognised, Markdig tells us exactly where
    /// each raw HTML block or inline is, so it can be reported to the editor.
    /// </summary>
    public static MarkdownPipeline Inspection { get; } = Extensions().Build();

    // Deliberately not UseAdvancedExtensions: it brings GenericAttributes, which copies
    // `{onclick=...}` from the source into the HTML, and other extensions we do not vet.
    private static MarkdownPipelineBuilder Extensions() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
}
