namespace WellnessConnection.Storage.Entities;

public sealed class PageEntity : DocumentEntity
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    public int? Order { get; set; }
}
