using System.Globalization;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>One session as planned: everything its files say, decided before any file is written so links can point
/// anywhere.</summary>
public sealed class SessionPlan
{
    public required int Index { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeOnly Time { get; init; }

    /// <summary>Null: the site's default zone.</summary>
    public string? TimeZone { get; init; }

    public int? DurationMinutes { get; init; }

    public TopicTheme Theme { get; set; } = TopicCatalog.All[0];

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public List<string> Topics { get; } = [];

    public List<FacilitatorPlan> Facilitators { get; } = [];

    public SeriesPlan? Series { get; set; }

    public int? Part { get; set; }

    public IReadOnlyList<string> Audience { get; set; } = [];

    public string? Status { get; set; }

    public bool Draft { get; set; }

    public bool HasPublishAt { get; set; }

    public bool HasSummary { get; set; }

    public bool HasRegistration { get; set; }

    public bool Translated { get; set; }

    public int Words { get; set; }

    /// <summary>Whether other documents may link here: drafts and scheduled documents are not served to
    /// readers.</summary>
    public bool IsLinkable => !Draft && !HasPublishAt;

    public string FileStem => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + Slug;

    public LinkTarget Link => new($"/sessions/{Slug}", Title);
}
