namespace WellnessConnection.Content.Reading;

/// <summary>An original document and its French translation, if any.</summary>
public sealed record DocumentGroup(SourceDocument Original, SourceDocument? Translation);
