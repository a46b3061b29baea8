using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting;

/// <summary>Where the content is (section <c>Content</c> of the configuration).</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder; relative paths are from the working folder. Default <c>content</c>.</summary>
    [Required]
    public string Directory { get; set; } = "content";
}
