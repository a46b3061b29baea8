using WellnessConnection.Http;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// One value of a <see cref="DocumentFact"/>, as text, and as a link when it is one. Links are made here only: a web
/// address checked again (<see cref="WebAddress"/>), a number of digits and hyphens, or a page of the preview.
/// </summary>
public sealed record FactValue
{
    public required string Text { get; init; }

    /// <summary>An address outside the preview (<c>https:</c>, <c>http:</c>, <c>tel:</c>, <c>sms:</c>), or
    /// null.</summary>
    public string? Href { get; init; }

    /// <summary>A page of the preview, from the server's root, or null.</summary>
    public string? PreviewPath { get; init; }

    public static FactValue Plain(string text) => new() { Text = text };

    /// <summary>A web address, linked when it is a clean absolute http(s) address.</summary>
    public static FactValue Web(string address) =>
        new() { Text = address, Href = WebAddress.CleanOrNull(address)?.OriginalString };

    /// <summary>A number to call (<c>tel</c>) or to text (<c>sms</c>), linked when it is digits and hyphens, as the
    /// validator requires.</summary>
    public static FactValue Number(string number, string scheme) =>
        new()
        {
            Text = number,
            Href = number.Length > 0 && number.All(c => char.IsAsciiDigit(c) || c == '-') ? $"{scheme}:{number}" : null,
        };

    public static FactValue Document(string text, string folder, string slug, string locale) =>
        new() { Text = text, PreviewPath = EditorPreviewPaths.Document(folder, slug, locale) };
}
