namespace WellnessConnection.Hosting.Preview;

/// <summary>Preview of unpublished content (section <c>Preview</c> of the configuration).</summary>
public sealed class PreviewOptions
{
    public const string Section = "Preview";

    /// <summary>The secret a request presents in <c>X-Preview-Token</c> to see drafts and scheduled sessions; no secret, no preview.</summary>
    public string? Token { get; set; }
}
