using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Formatting;

namespace WellnessConnection.Content.Schema;

/// <summary>
/// Reads <c>timeZone</c> and <c>defaultTimeZone</c>. Session times are shown in Canadian zones only, so a zone
/// must be one the session time formatter supports. Abbreviations such as <c>PST</c> get the zone they stand
/// for: an edit distance would pair <c>PST</c> with <c>EST</c>, another region's fixed offset.
/// </summary>
public static class TimeZoneField
{
    public const string CanadianExamples =
        "America/St_Johns (Newfoundland), America/Halifax (Atlantic), America/Toronto (Eastern), America/Winnipeg "
        + "(Central), "
        + "America/Regina (Saskatchewan), America/Edmonton (Mountain), America/Vancouver (Pacific) or "
        + "America/Whitehorse (Yukon)";

    private static readonly (string Zone, string Meaning) Pacific = (
        "America/Vancouver",
        "Pacific time is America/Vancouver"
    );
    private static readonly (string Zone, string Meaning) Mountain = (
        "America/Edmonton",
        "Mountain time is America/Edmonton"
    );
    private static readonly (string Zone, string Meaning) Central = (
        "America/Winnipeg",
        "Central time is America/Winnipeg, or America/Regina for Saskatchewan (no daylight saving time there)"
    );
    private static readonly (string Zone, string Meaning) Eastern = (
        "America/Toronto",
        "Eastern time is America/Toronto"
    );
    private static readonly (string Zone, string Meaning) Atlantic = (
        "America/Halifax",
        "Atlantic time is America/Halifax"
    );
    private static readonly (string Zone, string Meaning) Newfoundland = (
        "America/St_Johns",
        "Newfoundland time is America/St_Johns"
    );

    /// <summary>What editors write instead of a zone name, and the zone they mean.</summary>
    private static readonly Dictionary<string, (string Zone, string Meaning)> Abbreviations = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["PST"] = Pacific,
        ["PDT"] = Pacific,
        ["PT"] = Pacific,
        ["Pacific"] = Pacific,
        ["MST"] = Mountain,
        ["MDT"] = Mountain,
        ["MT"] = Mountain,
        ["Mountain"] = Mountain,
        ["CST"] = Central,
        ["CDT"] = Central,
        ["CT"] = Central,
        ["Central"] = Central,
        ["EST"] = Eastern,
        ["EDT"] = Eastern,
        ["ET"] = Eastern,
        ["Eastern"] = Eastern,
        ["AST"] = Atlantic,
        ["ADT"] = Atlantic,
        ["AT"] = Atlantic,
        ["Atlantic"] = Atlantic,
        ["NST"] = Newfoundland,
        ["NDT"] = Newfoundland,
        ["NT"] = Newfoundland,
        ["Newfoundland"] = Newfoundland,
    };

    public static DateTimeZone? Read(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (SessionTimeFormatter.IsSupportedZone(text))
        {
            return DateTimeZoneProviders.Tzdb[text];
        }

        var didYouMean = Suggestions.DidYouMean(text, SessionTimeFormatter.CanadianZones);
        var message =
            Abbreviations.TryGetValue(text, out var abbreviation)
                ? $"\"{text}\" in \"{key}\" is an abbreviation, not a time zone name: {abbreviation.Meaning}. "
                    + $"Write `{key}: {abbreviation.Zone}`; a `Region/City` zone follows its clock changes by "
                    + $"itself, and their end (British Columbia, Alberta and Manitoba stopped changing clocks on "
                    + $"2026-11-01)."
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is not null
                ? $"\"{text}\" in \"{key}\" is not a Canadian time zone: sessions are shown in Canadian time "
                    + $"only.{didYouMean} Use {CanadianExamples}."
            : $"\"{text}\" in \"{key}\" is not a time zone name.{didYouMean} Use a Canadian zone: {CanadianExamples}.";
        diagnostics.Report(DiagnosticCodes.UnknownTimeZone, at, message);
        return null;
    }
}
