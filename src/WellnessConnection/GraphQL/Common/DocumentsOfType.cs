using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The visible documents of one GraphQL type ("Session", "CrisisLine"...) in one locale, for the fields that
/// reach documents of any type: <c>node</c>, <c>nodes</c> and search.</summary>
public static class DocumentsOfType
{
    /// <returns>The query, or null for a name that is not a document type.</returns>
    public static IQueryable<DocumentEntity>? In(ContentRequest request, string typeName, string locale) =>
        typeName switch
        {
            "Session" => request.Sessions(locale),
            "Series" => request.Series(locale),
            "Topic" => request.Topics(locale),
            "Facilitator" => request.Facilitators(locale),
            "Resource" => request.Resources(locale),
            "CrisisLine" => request.CrisisLines(locale),
            "Page" => request.Pages(locale),
            _ => null,
        };
}
