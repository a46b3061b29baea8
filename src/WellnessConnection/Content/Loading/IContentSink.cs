using WellnessConnection.Content.Model;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// Receives each document as soon as it is read and rendered, with its full bodies, from several threads at once,
/// so that the index is written while the rest of the folder is still being read and no more than a few bodies are
/// held at a time. Whether the run is valid is known only at the end: the receiver must be able to discard it all.
/// </summary>
public interface IContentSink
{
    /// <summary>
    /// Before any document: the identity of every document of this run, in file order. <paramref name="everything"/>
    /// says that every document will be added (nothing was reused from a previous run).
    /// </summary>
    void Begin(IReadOnlyList<DocumentKey> documents, bool everything);

    void Add<T>(Localized<T> document)
        where T : ContentDocument;
}
