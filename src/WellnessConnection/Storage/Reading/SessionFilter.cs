using System.Text.RegularExpressions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// The filters a feed or a listing takes from its URL: <c>topic</c>, <c>series</c>, <c>facilitator</c> (each may be
/// repeated: any of the values matches; different filters must all match) and <c>lang</c> (<c>en</c> or <c>fr</c>).
/// </summary>
public sealed partial record SessionFilter
{
    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Series { get; init; } = [];

    public IReadOnlyList<string> Facilitators { get; init; } = [];

    public string Language { get; init; } = "en";

    /// <summary>Reads the filters, or says which parameter is wrong.</summary>
    public static bool TryParse(IQueryCollection query, out SessionFilter filter, out string? error)
    {
        filter = new SessionFilter();
        error = null;
        var language = query["lang"].ToString();
        if (language.Length > 0 && language is not ("en" or "fr"))
        {
            error = $"\"lang\" is \"{language}\"; use \"en\" or \"fr\".";
            return false;
        }

        if (
            !TrySlugs(query, "topic", out var topics, ref error)
            || !TrySlugs(query, "series", out var series, ref error)
            || !TrySlugs(query, "facilitator", out var facilitators, ref error)
        )
        {
            return false;
        }

        filter = new SessionFilter
        {
            Topics = topics,
            Series = series,
            Facilitators = facilitators,
            Language = language.Length > 0 ? language : "en",
        };
        return true;
    }

    /// <summary>
    /// The sessions <paramref name="request"/> may see, narrowed by these filters. A slug matches only a document the
    /// request may see too: a draft topic's slug then selects nothing, exactly as an unknown slug does, so a filter
    /// never tells whether a draft exists.
    /// </summary>
    public IQueryable<SessionEntity> Apply(PublishedContent request)
    {
        var sessions = request.Sessions(Language);
        if (Topics.Count > 0)
        {
            var topics = IdsOf(request.Topics(Language), Topics);
            sessions = sessions.Where(s => s.Topics.Any(t => topics.Contains(t.Id)));
        }

        if (Series.Count > 0)
        {
            var series = IdsOf(request.Series(Language), Series);
            sessions = sessions.Where(s => s.SeriesId != null && series.Contains(s.SeriesId.Value));
        }

        if (Facilitators.Count > 0)
        {
            var facilitators = IdsOf(request.Facilitators(Language), Facilitators);
            sessions = sessions.Where(s => s.Facilitators.Any(f => facilitators.Contains(f.Id)));
        }

        return sessions;
    }

    /// <summary>The filters as a canonical query string (sorted, without defaults), e.g.
    /// <c>topic=sleep&amp;lang=fr</c>.</summary>
    public string ToQueryString()
    {
        var parts = Topics
            .Order(StringComparer.Ordinal)
            .Select(t => "topic=" + t)
            .Concat(Series.Order(StringComparer.Ordinal).Select(s => "series=" + s))
            .Concat(Facilitators.Order(StringComparer.Ordinal).Select(f => "facilitator=" + f));
        if (Language != "en")
        {
            parts = parts.Append("lang=" + Language);
        }

        return string.Join('&', parts);
    }

    private static IQueryable<int> IdsOf<T>(IQueryable<T> documents, IReadOnlyList<string> slugs)
        where T : DocumentEntity
    {
        var wanted = slugs.ToList();
        return documents.Where(d => wanted.Contains(d.Slug)).Select(d => d.Id);
    }

    private static bool TrySlugs(
        IQueryCollection query,
        string name,
        out IReadOnlyList<string> slugs,
        ref string? error
    )
    {
        // topic=sleep&topic=stress and topic=sleep,stress mean the same.
        var values = query[name]
            .SelectMany(v =>
                (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var bad = values.FirstOrDefault(v => !SlugPattern().IsMatch(v));
        if (bad is not null)
        {
            error =
                $"\"{name}\" is \"{bad}\", which is not a slug: lower-case letters, digits and single hyphens, e.g. "
                + $"\"self-care\".";
            slugs = [];
            return false;
        }

        if (values.Count > 20)
        {
            error = $"\"{name}\" has {values.Count} values; at most 20 are accepted.";
            slugs = [];
            return false;
        }

        slugs = values;
        return true;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
