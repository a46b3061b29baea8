namespace WellnessConnection.Storage.Entities;

public sealed class TopicEntity : DocumentEntity
{
    public required string Name { get; set; }

    public required string Summary { get; set; }

    public int? Order { get; set; }

    public List<SessionEntity> Sessions { get; set; } = [];

    public List<ResourceEntity> Resources { get; set; } = [];
}
