namespace WellnessConnection.Content.Rendering;

/// <summary>Something the renderer dropped or neutralised; positions are 1-based within the body.</summary>
public sealed record MarkdownIssue(MarkdownIssueKind Kind, int Line, int Column, string Detail);
