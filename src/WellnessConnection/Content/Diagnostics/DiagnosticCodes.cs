namespace WellnessConnection.Content.Diagnostics;

/// <summary>
/// Every problem the validator reports. Codes are stable: editors search for them in
/// <c>content/README.md</c>, and tools match on them. Never reuse a retired code.
/// </summary>
public static class DiagnosticCodes
{
    // WC1xx: the file itself.
    public static readonly DiagnosticDescriptor EmptyFile = Error("WC101", "The file is empty.");
    public static readonly DiagnosticDescriptor NotText = Error("WC102", "The file is not UTF-8 text.");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("WC103", "The file is too large.");
    public static readonly DiagnosticDescriptor MissingFrontMatter = Error(
        "WC104",
        "The file does not start with a front matter block."
    );
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "WC105",
        "The front matter block is not closed."
    );
    public static readonly DiagnosticDescriptor YamlSyntax = Error("WC106", "The front matter is not valid YAML.");
    public static readonly DiagnosticDescriptor YamlAlias = Error("WC107", "YAML anchors and aliases are not allowed.");
    public static readonly DiagnosticDescriptor NotAMapping = Error(
        "WC108",
        "The front matter is not a list of `key: value` lines."
    );
    public static readonly DiagnosticDescriptor DuplicateKey = Error("WC109", "A key appears twice.");
    public static readonly DiagnosticDescriptor UnknownFolder = Warning(
        "WC110",
        "The file is in a folder the site does not read."
    );
    public static readonly DiagnosticDescriptor InvalidFileName = Error("WC111", "The file name is not a valid slug.");
    public static readonly DiagnosticDescriptor YamlTooComplex = Error(
        "WC112",
        "The front matter is nested too deeply or is too long."
    );
    public static readonly DiagnosticDescriptor NotARegularFile = Error(
        "WC113",
        "The path is a link or a special file, not a regular file."
    );
    public static readonly DiagnosticDescriptor Unreadable = Error("WC114", "The file could not be checked.");

    // WC2xx: one field of the front matter.
    public static readonly DiagnosticDescriptor UnknownKey = Error("WC201", "Unknown key.");
    public static readonly DiagnosticDescriptor MissingField = Error("WC202", "A required field is missing.");
    public static readonly DiagnosticDescriptor WrongType = Error("WC203", "A field has the wrong kind of value.");
    public static readonly DiagnosticDescriptor InvalidChoice = Error(
        "WC204",
        "A value is not one of the allowed choices."
    );
    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "WC205",
        "A date or time is not in the expected format."
    );
    public static readonly DiagnosticDescriptor InvalidUrl = Error(
        "WC206",
        "A link is not an absolute http or https address."
    );
    public static readonly DiagnosticDescriptor OutOfRange = Error("WC207", "A number is outside its allowed range.");
    public static readonly DiagnosticDescriptor InvalidSlug = Error("WC208", "A reference is not a valid slug.");
    public static readonly DiagnosticDescriptor EmptyValue = Error("WC209", "A field is empty.");
    public static readonly DiagnosticDescriptor UnknownTimeZone = Error("WC210", "Unknown time zone.");
    public static readonly DiagnosticDescriptor NotTranslatable = Error(
        "WC211",
        "A translation sets a field that only the original may set."
    );
    public static readonly DiagnosticDescriptor ValueCutByComment = Warning(
        "WC212",
        "A value was cut short: the rest of the line was read as a comment."
    );
    public static readonly DiagnosticDescriptor ForbiddenCharacter = Error(
        "WC213",
        "The text contains a control character, a noncharacter or a line break where none is allowed."
    );
    public static readonly DiagnosticDescriptor BidiControl = Warning(
        "WC214",
        "The text contains an invisible character that reverses its direction."
    );

    // WC3xx: documents that must agree with each other.
    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "WC301",
        "A reference names a document that does not exist."
    );
    public static readonly DiagnosticDescriptor DuplicateSlug = Error("WC302", "Two files have the same slug.");
    public static readonly DiagnosticDescriptor OrphanTranslation = Error(
        "WC303",
        "A translation has no English original."
    );
    public static readonly DiagnosticDescriptor DuplicatePart = Error(
        "WC304",
        "Two sessions are the same part of a series."
    );
    public static readonly DiagnosticDescriptor PartWithoutSeries = Error(
        "WC305",
        "A part number is given without a series."
    );
    public static readonly DiagnosticDescriptor SkippedLocalTime = Error(
        "WC306",
        "The time does not exist: a daylight-saving change skips it."
    );
    public static readonly DiagnosticDescriptor AmbiguousLocalTime = Warning(
        "WC307",
        "The time happens twice: a daylight-saving change repeats it."
    );
    public static readonly DiagnosticDescriptor FileDateMismatch = Warning(
        "WC308",
        "The date in the file name differs from the start date."
    );
    public static readonly DiagnosticDescriptor MissingSiteSettings = Error(
        "WC309",
        "The site settings file is missing."
    );

    // WC4xx: the Markdown body.
    public static readonly DiagnosticDescriptor BrokenLink = Error(
        "WC401",
        "An internal link points to a document that does not exist."
    );
    public static readonly DiagnosticDescriptor RawHtml = Warning("WC402", "Raw HTML is shown as text, not as HTML.");
    public static readonly DiagnosticDescriptor UnsafeLink = Error("WC403", "A link uses an unsafe scheme.");
    public static readonly DiagnosticDescriptor ResourceWithoutContent = Error(
        "WC404",
        "A resource has neither a url nor a body."
    );
    public static readonly DiagnosticDescriptor TooManyLinkOpenings = Error(
        "WC405",
        "A paragraph has too many unclosed links to read."
    );

    // WC5xx: crisis lines, where a mistake can cost the most.
    public static readonly DiagnosticDescriptor NoContactMethod = Error(
        "WC501",
        "A crisis line has no phone, text or url."
    );
    public static readonly DiagnosticDescriptor StaleVerification = Warning(
        "WC502",
        "A crisis line has not been verified for more than 180 days."
    );
    public static readonly DiagnosticDescriptor InvalidPhoneNumber = Error(
        "WC503",
        "A phone or text number is not a North American number or short code."
    );
    public static readonly DiagnosticDescriptor RegionScopeMismatch = Error(
        "WC504",
        "The regions do not match the scope."
    );
    public static readonly DiagnosticDescriptor VerifiedInFuture = Error(
        "WC505",
        "The verification date is in the future."
    );

    /// <summary>Every descriptor, in code order (for the editors' guide and its test).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCodes)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    private static DiagnosticDescriptor Error(string code, string title) => new(code, Severity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, Severity.Warning, title);
}
