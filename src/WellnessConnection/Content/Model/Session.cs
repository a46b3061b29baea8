using NodaTime;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>One peer-support session, e.g. "Sleep (part I)", Tues., Dec. 5, 2023, 7 PM ET.</summary>
public sealed record Session : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Session;

    public required string Title { get; init; }

    public required string Summary { get; init; }

    /// <summary>The wall-clock start as the editor wrote it, in <see cref="TimeZone"/>.</summary>
    public required LocalDateTime Starts { get; init; }

    /// <summary>IANA id of the zone the session is published in.</summary>
    public required string TimeZone { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required int DurationMinutes { get; init; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public required IReadOnlyList<string> Facilitators { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public string? Series { get; init; }

    public int? Part { get; init; }

    /// <summary>Empty means everyone.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    public Uri? RegistrationUrl { get; init; }

    public string Status { get; init; } = "scheduled";

    /// <summary>Not served before this instant; null means as soon as it is committed.</summary>
    public DateTimeOffset? PublishAt { get; init; }
}
