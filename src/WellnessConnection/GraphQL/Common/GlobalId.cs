using System.Text;
using GraphQL;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// Opaque, stable ids for the <c>Node</c> interface: base64 of <c>Type:slug:locale</c>. An id names exactly what was
/// served: the English and the French versions of a document differ, so they have different ids, and a client cache
/// that keys objects by id (Apollo, urql, Relay) keeps both. <c>node(id:)</c> serves the locale in the id. An id
/// without a locale (<c>Type:slug</c>, as ids were before December 2026) is still read, in the locale asked for.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string slug, string locale) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{slug}:{locale}"));

    /// <returns>The id's type, slug, and locale; the locale is null for an id without one.</returns>
    public static (string TypeName, string Slug, string? Locale) Decode(string id)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':');
            if (parts.All(p => p.Length > 0))
            {
                switch (parts)
                {
                    case [var typeName, var slug]:
                        return (typeName, slug, null);
                    case [var typeName, var slug, var locale] when IndexRows.Locales.Contains(locale):
                        return (typeName, slug, locale);
                }
            }
        }
        catch (FormatException) { }

        throw new ExecutionError($"\"{id}\" is not a valid id: use the `id` a query returned, unchanged.")
        {
            Code = "INVALID_ID",
        };
    }
}
