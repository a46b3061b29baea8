namespace WellnessConnection.Storage.Entities;

public sealed class CrisisLineEntity : DocumentEntity
{
    public required string Name { get; set; }

    public required string Scope { get; set; }

    public List<string> Regions { get; set; } = [];

    public List<string> Audience { get; set; } = [];

    public List<string> Phone { get; set; } = [];

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? Hours { get; set; }

    public List<string> Languages { get; set; } = [];

    public DateOnly LastVerified { get; set; }

    public required string Source { get; set; }
}
