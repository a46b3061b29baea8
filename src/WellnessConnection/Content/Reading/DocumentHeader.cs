using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Content.Reading;

/// <summary>The parts of a document that do not come from its front matter fields.</summary>
public sealed record DocumentHeader(ContentPath Path, string Language, RenderedMarkdown Body)
{
    public string Slug => Path.Slug;

    public SourcePosition Origin => SourcePosition.StartOf(Path.Path);
}
