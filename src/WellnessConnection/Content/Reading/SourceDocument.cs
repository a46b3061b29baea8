using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Reading;

/// <summary>One parsed file: where it is, its front matter and its Markdown body.</summary>
public sealed record SourceDocument(ContentPath Path, YamlMapping FrontMatter, string Body, int BodyFirstLine)
{
    public SourcePosition Origin => SourcePosition.StartOf(Path.Path);

    /// <summary>Reads and splits a file, or reports why it cannot be read and returns null.</summary>
    public static SourceDocument? Parse(ContentPath path, string text, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(text, path.Path, diagnostics);
        if (split is null)
        {
            return null;
        }

        var frontMatter = YamlReader.ReadMapping(split.Yaml, path.Path, split.YamlFirstLine, diagnostics);
        return frontMatter is null ? null : new SourceDocument(path, frontMatter, split.Body, split.BodyFirstLine);
    }
}
