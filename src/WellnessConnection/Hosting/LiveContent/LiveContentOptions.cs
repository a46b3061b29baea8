using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>How content changes reach the server (section <c>LiveContent</c> of the configuration).</summary>
public sealed class LiveContentOptions : IValidatableObject
{
    public const string Section = "LiveContent";

    /// <summary>Shorter secrets can be guessed; 16 characters is the least a random one should have.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Watch the content folder and reload on every change. Default <c>true</c>.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before a reload, so that an editor's save burst causes one
    /// reload.</summary>
    [Range(0, 60_000)]
    public int DebounceMilliseconds { get; set; } = 100;

    /// <summary>The shared secret of <c>POST /hooks/reload</c>; the endpoint answers 404 while none is set.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The largest webhook body read; GitHub's push payloads are usually a few kilobytes.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int WebhookMaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Reloads the webhook may cause a minute, whoever sends it (429 beyond). Default 6.</summary>
    [Range(1, 600)]
    public int WebhookReloadsPerMinute { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(WebhookSecret) && WebhookSecret.Length < MinimumSecretLength)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(WebhookSecret)} must be at least {MinimumSecretLength} characters, a long "
                    + $"random secret, or empty to turn the webhook off (was {WebhookSecret.Length} characters).",
                [nameof(WebhookSecret)]
            );
        }
    }
}
