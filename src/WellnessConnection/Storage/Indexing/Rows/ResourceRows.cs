using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A resource's rows, and its topics in the order the editor listed them.</summary>
public sealed class ResourceRows : DocumentRows<Resource, ResourceEntity>
{
    protected override List<ResourceEntity> TableIn(IndexRows rows) => rows.Resources;

    protected override ResourceEntity Entity(Resource document) =>
        new()
        {
            Title = document.Title,
            Kind = document.ResourceKind,
            Url = document.Url?.OriginalString,
            Audience = [.. document.Audience],
            Summary = document.Summary,
        };

    protected override string Title(Resource document) => document.Title;

    protected override void AddLinks(Localized<Resource> document, IndexRows rows) =>
        rows.AddLinks(document, rows.ResourceTopics, d => d.Topics, DocumentKind.Topic);
}
