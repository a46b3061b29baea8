namespace WellnessConnection.Storage.Entities;

/// <summary>A many-to-many link that keeps the order the editor listed its targets in (a session's topics,
/// ...).</summary>
public sealed class LinkEntity
{
    public int FromId { get; set; }

    public int ToId { get; set; }

    public int Position { get; set; }
}
