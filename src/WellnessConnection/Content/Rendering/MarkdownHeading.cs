namespace WellnessConnection.Content.Rendering;

/// <summary>A heading of a body; <see cref="Anchor"/> is the id of the rendered element, stable for a given
/// text.</summary>
public sealed record MarkdownHeading(int Level, string Text, string Anchor);
