using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>
/// How one kind of document becomes rows: its entity, the title search ranks first, and the links it makes. One
/// subclass per kind, listed in <see cref="DocumentRowKinds"/>; <see cref="IndexRows"/> asks the one for a document's
/// type.
/// </summary>
public abstract class DocumentRows<TDocument, TEntity> : IDocumentRows<TDocument>
    where TDocument : ContentDocument
    where TEntity : DocumentEntity
{
    public void Add(Localized<TDocument> document, IndexRows rows)
    {
        rows.AddDocument(document, TableIn(rows), Entity, Title);
        AddLinks(document, rows);
    }

    /// <summary>The list of rows this kind's entities go to.</summary>
    protected abstract List<TEntity> TableIn(IndexRows rows);

    /// <summary>The entity of one language version, without the columns every document has (ids, slug, body).</summary>
    protected abstract TEntity Entity(TDocument document);

    /// <summary>The text search ranks above the body: a title or a name.</summary>
    protected abstract string Title(TDocument document);

    /// <summary>The links to other documents, once the document's own rows are added.</summary>
    protected virtual void AddLinks(Localized<TDocument> document, IndexRows rows) { }
}

/// <summary>The rows of one kind of document, seen from the type that <see cref="IndexRows.Add"/> knows.</summary>
public interface IDocumentRows<TDocument>
    where TDocument : ContentDocument
{
    void Add(Localized<TDocument> document, IndexRows rows);
}
