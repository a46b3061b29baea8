namespace WellnessConnection.Content.Model;

/// <summary>A <see cref="Localized{T}"/> of any document type, for what reads every type alike.</summary>
public interface ILocalizedDocument
{
    /// <summary>The English version, then the French one when there is one.</summary>
    IReadOnlyList<ContentDocument> Languages { get; }
}
