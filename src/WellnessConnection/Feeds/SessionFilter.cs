using System.Text.RegularExpressions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Feeds;

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

        if (!TrySlugs(query, "topic", out var topics, ref error)
            || !TrySlugs(query, "series", out var series, ref error)
            || !TrySlugs(query, "facilitator", out var facilitators, ref error))
        {
            return false;
        }

        filter = new SessionFilter { Topics = topics, Series = series, Facilitators = facilitators, Language = language.Length > 0 ? language : "en" };
        return true;
    }

    public IQueryable<SessionEntity> Apply(IQueryable<SessionEntity> sessions)
    {
        if (Topics.Count > 0)
        {
            var topics = Topics.ToList();
            sessions = sessions.Where(s => s.Topics.Any(t => topics.Contains(t.Slug)));
        }

        if (Series.Count > 0)
        {
            var series = Series.ToList();
            sessions = sessions.Where(s => s.Series != null && series.Contains(s.Series.Slug));
        }

        if (Facilitators.Count > 0)
        {
            var facilitators = Facilitators.ToList();
            sessions = sessions.Where(s => s.Facilitators.Any(f => facilitators.Contains(f.Slug)));
        }

        return sessions;
    }

    /// <summary>The filters as a canonical query string (sorted, without defaults), e.g. <c>topic=sleep&amp;lang=fr</c>.</summary>
    public string ToQueryString()
    {
        var parts = Topics.Order(StringComparer.Ordinal).Select(t => "topic=" + t)
            .Concat(Series.Order(StringComparer.Ordinal).Select(s => "series=" + s))
            .Concat(Facilitators.Order(StringComparer.Ordinal).Select(f => "facilitator=" + f));
        if (Language != "en")
        {
            parts = parts.Append("lang=" + Language);
        }

        return string.Join('&', parts);
    }

    private static bool TrySlugs(IQueryCollection query, string name, out IReadOnlyList<string> slugs, ref string? error)
    {
        // topic=sleep&topic=stress and topic=sleep,stress mean the same.
        var values = query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var bad = values.FirstOrDefault(v => !SlugPattern().IsMatch(v));
        if (bad is not null)
        {
            error = $"\"{name}\" is \"{bad}\", which is not a slug: lower-case letters, digits and single hyphens, e.g. \"self-care\".";
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
