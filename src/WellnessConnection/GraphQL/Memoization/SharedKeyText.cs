namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// A long part that many memo keys share, such as a selection's canonical text: hashed once when it is made and
/// compared by reference first, so that a key carrying it costs its short parts to hash, not the text. Two instances
/// with the same text are equal: documents that ask the same selection share the memo's entries.
/// </summary>
public sealed class SharedKeyText(string text) : IEquatable<SharedKeyText>
{
    private readonly int hash = StringComparer.Ordinal.GetHashCode(text);

    public string Text => text;

    public bool Equals(SharedKeyText? other) =>
        other is not null
        && (
            ReferenceEquals(this, other)
            || (hash == other.hash && string.Equals(text, other.Text, StringComparison.Ordinal))
        );

    public override bool Equals(object? obj) => Equals(obj as SharedKeyText);

    public override int GetHashCode() => hash;

    public override string ToString() => text;
}
