using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>What a document is called, whichever field holds it: a title, or a topic's, facilitator's or crisis
/// line's name.</summary>
public static class DocumentTitle
{
    public static string Of(DocumentEntity document) =>
        document switch
        {
            SessionEntity session => session.Title,
            SeriesEntity series => series.Title,
            TopicEntity topic => topic.Name,
            FacilitatorEntity facilitator => facilitator.Name,
            ResourceEntity resource => resource.Title,
            CrisisLineEntity line => line.Name,
            PageEntity page => page.Title,
            _ => document.Slug,
        };
}
