using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Loading;

/// <summary>One question a document's reading asked about the others ("is there a topic <c>sleep</c>?") and the
/// answer.</summary>
public readonly record struct KnownLookup(DocumentKind Kind, string Slug, bool Existed);
