using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>Makes one typed document from its checked fields (one builder per document type, in
/// <c>Builders/</c>).</summary>
public delegate T DocumentBuild<out T>(FieldValues values, DocumentHeader header, ReadContext context)
    where T : ContentDocument;
