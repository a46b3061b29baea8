namespace WellnessConnection.Storage.Entities;

/// <summary>
/// Columns every indexed document has. Each document is stored once per locale (<c>en</c>, <c>fr</c>), the French row
/// already merged over the English one, so that filtering and sorting in either language run in SQL.
/// </summary>
public abstract class DocumentEntity
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    /// <summary>The locale this row answers for: <c>en</c> or <c>fr</c>.</summary>
    public string Locale { get; set; } = "";

    /// <summary>The language the row's text is actually in: <c>fr</c> only when a translation exists.</summary>
    public string ServedLanguage { get; set; } = "";

    public bool Draft { get; set; }

    public int BodyId { get; set; }

    public string SourcePath { get; set; } = "";
}
