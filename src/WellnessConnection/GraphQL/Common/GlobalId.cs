using System.Text;
using GraphQL;

namespace WellnessConnection.GraphQL.Common;

/// <summary>Opaque, stable ids for the <c>Node</c> interface: base64 of <c>Type:slug</c>, the same in every
/// locale.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, string slug) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{slug}"));

    public static (string TypeName, string Slug) Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < text.Length - 1)
            {
                return (text[..colon], text[(colon + 1)..]);
            }
        }
        catch (FormatException) { }

        throw new ExecutionError($"\"{id}\" is not a valid id: use the `id` a query returned, unchanged.")
        {
            Code = "INVALID_ID",
        };
    }
}
