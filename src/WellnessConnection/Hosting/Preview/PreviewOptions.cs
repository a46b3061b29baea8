using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Preview;

/// <summary>Preview of unpublished content (section <c>Preview</c> of the configuration).</summary>
public sealed class PreviewOptions : IValidatableObject
{
    public const string Section = "Preview";

    /// <summary>The secret a request presents in <c>X-Preview-Token</c> to see drafts and scheduled sessions; no
    /// secret, no preview.</summary>
    public string? Token { get; set; }

    /// <summary>Shorter secrets can be guessed; 16 characters is the least a random one should have.</summary>
    public const int MinimumSecretLength = 16;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Token) && Token.Length < MinimumSecretLength)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(Token)} must be at least {MinimumSecretLength} characters, a long random "
                    + $"secret, or empty to turn preview off (was {Token.Length} characters).",
                [nameof(Token)]
            );
        }
    }
}
