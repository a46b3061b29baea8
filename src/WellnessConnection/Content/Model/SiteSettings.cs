namespace WellnessConnection.Content.Model;

/// <summary><c>content/site.yml</c>: site-wide settings and the defaults of sessions.</summary>
public sealed record SiteSettings
{
    public required string Name { get; init; }

    public string DefaultTimeZone { get; init; } = "America/Toronto";

    public int DefaultDurationMinutes { get; init; } = 60;

    public string DefaultLanguage { get; init; } = "en";

    public Uri? RegistrationBaseUrl { get; init; }
}
