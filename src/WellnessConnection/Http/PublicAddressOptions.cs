using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Http;

/// <summary>
/// Where the public reaches this server (<c>PublicAddress:BaseUrl</c>): every absolute URL in a feed, the embed page
/// and oEmbed is built on it, never on the request's <c>Host</c>, which anyone can forge and which would then be
/// cached for every reader. Unset, it is the first of the server's own <c>Urls</c>, which suits a developer's machine.
/// </summary>
public sealed class PublicAddressOptions : IValidatableObject
{
    public const string SectionName = "PublicAddress";

    /// <summary>The scheme, host, port and any path prefix, e.g. <c>https://api.wellness.example.org</c>.</summary>
    public string BaseUrl { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (
            !Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || uri.UserInfo.Length > 0
        )
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(BaseUrl)} must be an absolute http or https URL without user, query or "
                    + $"fragment, such as https://api.example.org (was \"{BaseUrl}\").",
                [nameof(BaseUrl)]
            );
        }
    }

    /// <summary>The first address of ASP.NET Core's <c>Urls</c> setting, a wildcard host read as
    /// <c>localhost</c>.</summary>
    public static string DefaultFrom(string? urls)
    {
        var first = urls
            ?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        if (first is null)
        {
            return "http://localhost:5000";
        }

        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return first;
    }
}
