using System.Globalization;
using System.Text;
using GraphQL;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>Opaque cursors: the position of an item in its ordered list. Clients pass them back unchanged.</summary>
public static class Cursor
{
    private const string Prefix = "wc:";

    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static int? Decode(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (
                text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(
                    text.AsSpan(Prefix.Length),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var index
                )
            )
            {
                return index;
            }
        }
        catch (FormatException) { }

        throw new ExecutionError(
            $"`{argument}` is not a valid cursor: pass a `cursor` or `endCursor`/`startCursor` from a previous "
                + $"page, unchanged."
        )
        {
            Code = "INVALID_CURSOR",
        };
    }
}
