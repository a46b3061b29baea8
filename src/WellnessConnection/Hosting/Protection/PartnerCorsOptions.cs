using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Protection;

/// <summary>Which web sites' scripts may call the GraphQL endpoint from a browser (section
/// <c>Protection:Cors</c>).</summary>
public sealed class PartnerCorsOptions : IValidatableObject
{
    public const string Section = "Protection:Cors";

    /// <summary>
    /// Origins such as <c>https://partner.example.org</c>, or <c>*</c> for any site (the API is public and read-only,
    /// and no credentials are allowed). Default none: server-side callers are unaffected, browsers on other sites are
    /// refused.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>GET and POST, the headers a GraphQL client sends, and the response headers it may read.</summary>
    public static void Apply(PartnerCorsOptions options, CorsPolicyBuilder policy)
    {
        if (options.AllowedOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(options.AllowedOrigins);
        }

        policy
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, PreviewToken.Header)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, ContentResponseHeaders.ContentVersion)
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins.Where(o => o != "*" && !IsOrigin(o)))
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(AllowedOrigins)} must hold origins such as https://partner.example.org (scheme, "
                    + $"host and port, no path), or * (was \"{origin}\").",
                [nameof(AllowedOrigins)]
            );
        }
    }

    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority) == text.TrimEnd('/');
}
