using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// What reading one <see cref="PathGroup"/> gave: the files as read, the document (a <c>Localized&lt;T&gt;</c>, or
/// null when it could not be built), its problems, and the lookups about other documents its reading depended on.
/// </summary>
public sealed record GroupResult(
    PathGroup Group,
    IReadOnlyList<SourceStamp> Sources,
    object? Document,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<KnownLookup> Lookups
)
{
    public DocumentKey Key => Group.Key;
}
