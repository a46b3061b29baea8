namespace WellnessConnection.Content.Rendering;

/// <summary>A link or image target; <see cref="Line"/> and <see cref="Column"/> are 1-based within the body.</summary>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage);
