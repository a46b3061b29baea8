using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>What a partner chooses for a listing: the filters, how many sessions (<c>limit</c>, 1 to 20) and the
/// <c>theme</c>.</summary>
public sealed record EmbedOptions
{
    public const int DefaultLimit = 5;
    public const int MaxLimit = 20;

    public static readonly IReadOnlyList<string> Themes = ["auto", "light", "dark"];

    public required SessionFilter Filter { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    /// <summary><c>auto</c> follows the reader's light or dark setting.</summary>
    public string Theme { get; init; } = "auto";

    public string Language => Filter.Language;

    /// <summary>A frame height that shows the whole listing without scrolling in most layouts (<c>sessions.js</c> uses
    /// the same).</summary>
    public int FrameHeight => 140 + (Limit * 200);

    public static bool TryParse(IQueryCollection query, out EmbedOptions options, out string? error)
    {
        options = new EmbedOptions { Filter = new SessionFilter() };
        if (!SessionFilter.TryParse(query, out var filter, out error))
        {
            return false;
        }

        var limit = DefaultLimit;
        var limitText = query["limit"].ToString();
        if (limitText.Length > 0 && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxLimit))
        {
            error = $"\"limit\" is \"{limitText}\"; use a whole number from 1 to {MaxLimit}.";
            return false;
        }

        var theme = query["theme"].ToString();
        if (theme.Length > 0 && !Themes.Contains(theme))
        {
            error = $"\"theme\" is \"{theme}\"; use \"auto\", \"light\" or \"dark\".";
            return false;
        }

        options = new EmbedOptions
        {
            Filter = filter,
            Limit = limit,
            Theme = theme.Length > 0 ? theme : "auto",
        };
        return true;
    }

    /// <summary>The options as a canonical query string, defaults left out:
    /// <c>topic=sleep&amp;limit=3&amp;theme=dark</c>.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Filter.ToQueryString() is { Length: > 0 } filter)
        {
            parts.Add(filter);
        }

        if (Limit != DefaultLimit)
        {
            parts.Add("limit=" + Limit);
        }

        if (Theme != "auto")
        {
            parts.Add("theme=" + Theme);
        }

        return string.Join('&', parts);
    }
}
