namespace WellnessConnection.Storage.Entities;

public sealed class ResourceEntity : DocumentEntity
{
    public required string Title { get; set; }

    public required string Kind { get; set; }

    public string? Url { get; set; }

    public List<string> Audience { get; set; } = [];

    public required string Summary { get; set; }

    public List<TopicEntity> Topics { get; set; } = [];
}
