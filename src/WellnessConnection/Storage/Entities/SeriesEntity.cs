namespace WellnessConnection.Storage.Entities;

public sealed class SeriesEntity : DocumentEntity
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    public List<SessionEntity> Sessions { get; set; } = [];
}
