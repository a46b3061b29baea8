namespace WellnessConnection.Content.Model;

/// <summary>All the documents of a valid content folder, drafts included (the readers decide what to serve).</summary>
public sealed record ContentSet
{
    public required SiteSettings Site { get; init; }

    /// <summary>Hashes of the files: of every one, and of those the public sees at each instant.</summary>
    public required ContentVersions Versions { get; init; }

    public required IReadOnlyList<Localized<Session>> Sessions { get; init; }

    public required IReadOnlyList<Localized<Series>> Series { get; init; }

    public required IReadOnlyList<Localized<Topic>> Topics { get; init; }

    public required IReadOnlyList<Localized<Facilitator>> Facilitators { get; init; }

    public required IReadOnlyList<Localized<Resource>> Resources { get; init; }

    public required IReadOnlyList<Localized<CrisisLine>> CrisisLines { get; init; }

    public required IReadOnlyList<Localized<Page>> Pages { get; init; }
}
