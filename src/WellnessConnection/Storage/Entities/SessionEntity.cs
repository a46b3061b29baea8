namespace WellnessConnection.Storage.Entities;

public sealed class SessionEntity : DocumentEntity
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>UTC; SQLite compares and sorts it as text, which is chronological.</summary>
    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public required string TimeZone { get; set; }

    public int DurationMinutes { get; set; }

    public int? SeriesId { get; set; }

    public SeriesEntity? Series { get; set; }

    public int? Part { get; set; }

    public List<string> Audience { get; set; } = [];

    public string? RegistrationUrl { get; set; }

    public required string Status { get; set; }

    public DateTime? PublishAt { get; set; }

    public List<TopicEntity> Topics { get; set; } = [];

    public List<FacilitatorEntity> Facilitators { get; set; } = [];
}
