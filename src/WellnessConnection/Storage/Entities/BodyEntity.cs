namespace WellnessConnection.Storage.Entities;

/// <summary>A rendered Markdown body, in its own table so that listings never read it unless asked.</summary>
public sealed class BodyEntity
{
    public int Id { get; set; }

    public required string Markdown { get; set; }

    public required string Html { get; set; }

    public required string Text { get; set; }

    /// <summary>The headings as JSON (<c>[{"Level":2,"Text":"...","Anchor":"..."}]</c>), by
    /// <see cref="Entities.HeadingsJson"/>.</summary>
    public required string HeadingsJson { get; set; }

    public int ReadingTimeMinutes { get; set; }
}
