using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary><c>Locale</c>: the language a client asks for, and the one each document was served in.</summary>
public sealed class LocaleGraphType : EnumerationGraphType
{
    public LocaleGraphType()
    {
        Name = "Locale";
        Description = "English or French. French falls back to English, field by field, where there is no translation.";
        Add("EN", "en", "English.");
        Add("FR", "fr", "French (Canadian).");
    }
}
