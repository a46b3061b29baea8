namespace WellnessConnection.Storage.Indexing;

/// <summary>One document in one locale, as the full-text table stores it.</summary>
public sealed record SearchRow(string Kind, int Id, string Locale, bool Draft, DateTime? PublishAt, string Title, string Text);
