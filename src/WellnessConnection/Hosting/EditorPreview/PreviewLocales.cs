namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>The locales a document is previewed in (<c>?locale=fr</c>); English unless asked.</summary>
public static class PreviewLocales
{
    public const string English = "en";

    public const string French = "fr";

    /// <summary>The locale of a <c>locale</c> parameter, or false when it names none of ours.</summary>
    public static bool TryParse(string? value, out string locale)
    {
        locale = string.IsNullOrEmpty(value) ? English : value.ToLowerInvariant();
        return locale is English or French;
    }
}
