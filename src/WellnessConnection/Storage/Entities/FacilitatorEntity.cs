namespace WellnessConnection.Storage.Entities;

public sealed class FacilitatorEntity : DocumentEntity
{
    public required string Name { get; set; }

    public string? Credentials { get; set; }

    public string? Pronouns { get; set; }

    public List<SessionEntity> Sessions { get; set; } = [];
}
