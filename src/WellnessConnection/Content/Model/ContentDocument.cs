using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>What every document has: its identity, the language it is in, where it came from and its body.</summary>
public abstract record ContentDocument
{
    public abstract DocumentKind Kind { get; }

    /// <summary>The stable public identifier: the file name without date prefix and extension.</summary>
    public required string Slug { get; init; }

    /// <summary><c>en</c> for the original, <c>fr</c> for the original merged with its French translation.</summary>
    public required string Language { get; init; }

    /// <summary>The file this version was read from, relative to the content folder.</summary>
    public required string SourcePath { get; init; }

    public required RenderedMarkdown Body { get; init; }

    /// <summary>A draft is never served unless preview is enabled.</summary>
    public bool Draft { get; init; }
}
