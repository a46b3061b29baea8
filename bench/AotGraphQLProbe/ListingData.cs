namespace AotGraphQLProbe;

/// <summary>A listed session, shaped like the partner listing's: ten scalar fields, two lists of names.</summary>
internal sealed class ListedSession
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string StartsAt { get; init; }

    public int DurationMinutes { get; init; }

    public required string Language { get; init; }

    public required string Kind { get; init; }

    public int SeriesPart { get; init; }

    public bool Online { get; init; }

    public required string Series { get; init; }

    public required IReadOnlyList<NamedDocument> Facilitators { get; init; }

    public required IReadOnlyList<NamedDocument> Topics { get; init; }

    /// <summary>A page of 20, each with two facilitators and two topics.</summary>
    public static List<ListedSession> Page() =>
        [
            .. Enumerable
                .Range(1, 20)
                .Select(i => new ListedSession
                {
                    Slug = $"session-{i}",
                    Title = $"Session {i}",
                    Summary = new string('s', 120),
                    StartsAt = $"2026-12-{i:00}T19:00:00Z",
                    DurationMinutes = 60,
                    Language = "en",
                    Kind = "session",
                    SeriesPart = i % 3,
                    Online = true,
                    Series = "series",
                    Facilitators = [new("facilitator-1", "Facilitator One"), new("facilitator-2", "Facilitator Two")],
                    Topics = [new("topic-1", "Topic One"), new("topic-2", "Topic Two")],
                }),
        ];
}

internal sealed record NamedDocument(string Slug, string Name);
