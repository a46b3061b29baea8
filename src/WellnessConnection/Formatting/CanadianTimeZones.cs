using NodaTime;
using NodaTime.TimeZones;

namespace WellnessConnection.Formatting;

/// <summary>The Canadian zones, taken from tzdb's own country table so new or merged zones follow the data.</summary>
internal static class CanadianTimeZones
{
    private const string Examples =
        "America/St_Johns, America/Halifax, America/Toronto, America/Winnipeg, America/Regina, America/Edmonton, "
        + "America/Vancouver or America/Whitehorse";

    // tzdb merged these Canadian names into a foreign zone (Coral Harbour into America/Panama),
    // so no alias walk from a Canadian zone reaches them.
    private static readonly string[] CanadianNamesOfForeignZones = ["America/Coral_Harbour"];

    private static readonly HashSet<string> IdSet = Build();

    public static IReadOnlyList<string> Ids { get; } = [.. IdSet.Order(StringComparer.Ordinal)];

    public static bool Contains(string id) => IdSet.Contains(id);

    public static DateTimeZone Get(string id, string parameterName)
    {
        if (Contains(id))
        {
            return DateTimeZoneProviders.Tzdb[id];
        }

        var reason = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null
            ? "is not an IANA time zone"
            : "is not a Canadian time zone";
        throw new ArgumentException(
            $"Time zone \"{id}\" {reason}; use a Canadian IANA zone such as {Examples}.",
            parameterName
        );
    }

    private static HashSet<string> Build()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var locations = source.ZoneLocations
            ?? throw new InvalidOperationException("The tzdb data has no zone.tab locations.");
        var canadian = locations
            .Where(l => l.CountryCode == "CA")
            .Select(l => l.ZoneId)
            .ToHashSet(StringComparer.Ordinal);
        var otherCountries = locations
            .Where(l => l.CountryCode != "CA")
            .Select(l => l.ZoneId)
            .ToHashSet(StringComparer.Ordinal);

        var ids = new HashSet<string>(canadian, StringComparer.Ordinal);
        // Only aliases of a zone that is itself Canadian: Atikokan and Blanc-Sablon are links into
        // America/Panama and America/Puerto_Rico, whose other aliases (Cayman, EST, ...) are not Canadian.
        // America/Nassau links to Toronto but is the Bahamas' own zone.
        foreach (var zone in canadian.Where(id => source.CanonicalIdMap[id] == id))
        {
            ids.UnionWith(source.Aliases[zone].Where(alias => !otherCountries.Contains(alias)));
        }

        ids.UnionWith(CanadianNamesOfForeignZones.Where(source.CanonicalIdMap.ContainsKey));
        return ids;
    }
}
