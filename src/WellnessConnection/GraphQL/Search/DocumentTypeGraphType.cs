using GraphQL.Types;

namespace WellnessConnection.GraphQL.Search;

/// <summary><c>DocumentType</c>: the kinds of document, as search filters and counts name them.</summary>
public sealed class DocumentTypeGraphType : EnumerationGraphType
{
    public DocumentTypeGraphType()
    {
        Name = "DocumentType";
        Description = "A kind of document.";
        Add("SESSION", "Session", "A peer-support session.");
        Add("SERIES", "Series", "A series of sessions.");
        Add("TOPIC", "Topic", "A topic.");
        Add("FACILITATOR", "Facilitator", "A facilitator.");
        Add("RESOURCE", "Resource", "A resource.");
        Add("CRISIS_LINE", "CrisisLine", "A crisis line.");
        Add("PAGE", "Page", "A page.");
    }
}
