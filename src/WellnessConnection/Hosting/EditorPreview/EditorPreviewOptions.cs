using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// <c>EditorPreview</c>: the pages editors read their work in while they write (<c>/preview</c>). Off unless enabled,
/// and refused in the Production environment unless <see cref="AllowInProduction"/> says so: the pages show drafts,
/// scheduled documents and the content's problems to anyone who can reach the server.
/// </summary>
public sealed class EditorPreviewOptions : IValidatableObject
{
    public const string Section = "EditorPreview";

    public bool Enabled { get; set; }

    public bool AllowInProduction { get; set; }

    /// <summary>Set from the host at start: the check below needs it.</summary>
    internal bool IsProduction { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && IsProduction && !AllowInProduction)
        {
            yield return new ValidationResult(
                "EditorPreview:Enabled is for editors on their own machine: it shows drafts and the content's problems "
                    + "to anyone. It is refused in the Production environment unless EditorPreview:AllowInProduction "
                    + "is true."
            );
        }
    }
}
