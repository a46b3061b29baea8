using WellnessConnection.Content.Reading;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// The files of one document: the English original and its French translation, if any. A translation without an
/// original (reported by <see cref="PathGroups"/>) is a group of its own, read only to report its own problems.
/// </summary>
public sealed record PathGroup(DocumentKey Key, ContentPath? Original, ContentPath? Translation)
{
    public IEnumerable<ContentPath> Paths => new[] { Original, Translation }.OfType<ContentPath>();
}
