namespace WellnessConnection.Content.Schema;

/// <summary>The closed lists of values the contract allows, exactly as editors write them.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> SessionAudiences =
    [
        "physicians",
        "residents",
        "medical-students",
        "learners",
    ];

    public static readonly IReadOnlyList<string> SessionStatuses = ["scheduled", "cancelled", "full", "postponed"];

    public static readonly IReadOnlyList<string> ResourceKinds =
    [
        "article",
        "guide",
        "toolkit",
        "course",
        "podcast",
        "video",
        "program",
        "service",
    ];

    public static readonly IReadOnlyList<string> CrisisScopes = ["national", "provincial", "territorial"];

    public static readonly IReadOnlyList<string> CrisisAudiences = ["physicians", "learners", "families", "everyone"];

    public static readonly IReadOnlyList<string> Provinces =
    [
        "AB",
        "BC",
        "MB",
        "NB",
        "NL",
        "NS",
        "ON",
        "PE",
        "QC",
        "SK",
    ];

    public static readonly IReadOnlyList<string> Territories = ["NT", "NU", "YT"];

    public static readonly IReadOnlyList<string> Regions = ["CA", .. Provinces, .. Territories];

    /// <summary>Old or informal abbreviations of provinces and territories, and their postal codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> RegionHints = new Dictionary<string, string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["YK"] = "YT",
        ["YUK"] = "YT",
        ["YUKON"] = "YT",
        ["NF"] = "NL",
        ["NFLD"] = "NL",
        ["NFL"] = "NL",
        ["LB"] = "NL",
        ["LAB"] = "NL",
        ["PEI"] = "PE",
        ["PQ"] = "QC",
        ["QUE"] = "QC",
        ["QUEBEC"] = "QC",
        ["NWT"] = "NT",
        ["NUN"] = "NU",
        ["ALTA"] = "AB",
        ["SASK"] = "SK",
        ["MAN"] = "MB",
        ["ONT"] = "ON",
        ["CAN"] = "CA",
        ["CANADA"] = "CA",
    };

    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];
}
