namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>The documents of one type, under the name of their content folder.</summary>
public sealed record DocumentGroup(string Folder, IReadOnlyList<ListedDocument> Documents)
{
    /// <summary>The folder as a heading: <c>crisis-lines</c> is "Crisis lines".</summary>
    public string Heading => char.ToUpperInvariant(Folder[0]) + Folder[1..].Replace('-', ' ');
}
