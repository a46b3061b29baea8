namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The editor preview, <c>/preview</c> (section <c>EditorPreview</c>): every document, drafts and scheduled ones
/// included, and every problem of the content folder, for people who write the content on their own machine.
/// </summary>
public sealed class EditorPreviewOptions
{
    public const string Section = "EditorPreview";

    /// <summary>Serve <c>/preview</c>. Default <c>false</c>: it shows unpublished documents and the content's
    /// problems to whoever reaches the server, with no token.</summary>
    public bool Enabled { get; set; }

    /// <summary>Let <see cref="Enabled"/> start a server in the Production environment, where it is otherwise
    /// refused (<see cref="EditorPreviewEnvironmentRule"/>). Default <c>false</c>.</summary>
    public bool AllowInProduction { get; set; }
}
