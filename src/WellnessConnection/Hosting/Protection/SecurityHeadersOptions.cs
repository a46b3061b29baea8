using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Protection;

/// <summary>The security headers' exceptions (section <c>Protection:SecurityHeaders</c>).</summary>
public sealed class SecurityHeadersOptions : IValidatableObject
{
    public const string Section = "Protection:SecurityHeaders";

    /// <summary>The embed pages, which partner sites show in frames: always framable.</summary>
    public const string EmbedPath = "/embed";

    /// <summary>
    /// Paths, besides <see cref="EmbedPath"/>, whose pages are shown in frames: no <c>X-Frame-Options</c> and no
    /// <c>Content-Security-Policy</c> from here, their endpoints set their own. Default none.
    /// </summary>
    public string[] FramablePaths { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var path in FramablePaths.Where(p => !p.StartsWith('/') || p.Contains('?', StringComparison.Ordinal)))
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(FramablePaths)} must hold paths starting with /, such as /partners (was "
                    + $"\"{path}\").",
                [nameof(FramablePaths)]
            );
        }
    }
}
