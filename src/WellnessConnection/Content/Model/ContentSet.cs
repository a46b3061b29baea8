namespace WellnessConnection.Content.Model;

/// <summary>All the documents of a valid content folder, drafts included (the readers decide what to serve).</summary>
public sealed record ContentSet
{
    public required SiteSettings Site { get; init; }

    /// <summary>A hash of every content file: changes exactly when the content does.</summary>
    public required string Version { get; init; }

    public required IReadOnlyList<Localized<Session>> Sessions { get; init; }

    public required IReadOnlyList<Localized<Series>> Series { get; init; }

    public required IReadOnlyList<Localized<Topic>> Topics { get; init; }

    public required IReadOnlyList<Localized<Facilitator>> Facilitators { get; init; }

    public required IReadOnlyList<Localized<Resource>> Resources { get; init; }

    public required IReadOnlyList<Localized<CrisisLine>> CrisisLines { get; init; }

    public required IReadOnlyList<Localized<Page>> Pages { get; init; }
}
