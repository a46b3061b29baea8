using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Storage.Reading;

/// <summary>A published session with what feeds and listings show of it: its facilitators, topics, series and
/// plain-text body.</summary>
public sealed record ListedSession
{
    public required SessionEntity Session { get; init; }

    public required IReadOnlyList<string> Facilitators { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public string? SeriesTitle { get; init; }

    /// <summary>The body as plain text.</summary>
    public required string Text { get; init; }

    /// <summary>The body as safe HTML.</summary>
    public required string Html { get; init; }

    public string Slug => Session.Slug;

    public DateTimeOffset StartsAt => SessionInstants.InZone(Session.StartsAt, Session.TimeZone);

    public DateTimeOffset EndsAt => SessionInstants.InZone(Session.EndsAt, Session.TimeZone);

    /// <summary>Cancelled or postponed: it will not take place at the time shown.</summary>
    public bool IsCalledOff => Session.Status is SessionStatuses.Cancelled or SessionStatuses.Postponed;
}
