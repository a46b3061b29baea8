using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Loading;

/// <summary>A document's identity across its files: its type and slug (the English file and its translation share
/// it).</summary>
public readonly record struct DocumentKey(DocumentKind Kind, string Slug);
