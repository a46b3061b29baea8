namespace WellnessConnection.Storage.Reading;

/// <summary>
/// Whether the current request previews unpublished content. Available as an <see cref="HttpContext"/> feature
/// (<c>context.IsPreview()</c>) and as a scoped service. A preview response must never be stored by any cache.
/// </summary>
public interface IPreviewContext
{
    bool IsPreview { get; }
}
