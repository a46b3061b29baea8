using System.Collections;
using System.Globalization;
using System.Text;
using GraphQL;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// The arguments of a field as canonical text, for <see cref="MemoKey"/>: each value with its type, so that two
/// different arguments never make the same text. Null when an argument holds a value it cannot write faithfully:
/// such a result is simply not kept.
/// </summary>
public static class ArgumentKey
{
    public static string? Of(IResolveFieldContext context, IReadOnlySet<string> excluded)
    {
        var text = new StringBuilder();
        if (context.Source is Storage.Entities.DocumentEntity parent)
        {
            // A nested list (a topic's sessions): the parent row is part of what was asked.
            text.Append("parent=")
                .Append(parent.GetType().Name)
                .Append(':')
                .Append(parent.Id.ToString(CultureInfo.InvariantCulture))
                .Append(';');
        }
        else if (context.Source is not null)
        {
            return null;
        }

        if (context.Arguments is { } arguments)
        {
            foreach (var (name, argument) in arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (excluded.Contains(name))
                {
                    continue;
                }

                text.Append(name).Append('=');
                if (!TryAppend(text, argument.Value))
                {
                    return null;
                }

                text.Append(';');
            }
        }

        return text.ToString();
    }

    private static bool TryAppend(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return true;
            case string s:
                // Length-prefixed: no content can be mistaken for a separator.
                text.Append('s').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
                return true;
            case DateTime dateTime:
                // Round-trip format: every tick and the kind.
                text.Append("DateTime:").Append(dateTime.ToString("O", CultureInfo.InvariantCulture));
                return true;
            case DateTimeOffset offset:
                text.Append("DateTimeOffset:").Append(offset.ToString("O", CultureInfo.InvariantCulture));
                return true;
            case bool or int or long or short or byte or double or float or decimal or DateOnly or TimeOnly or Enum:
                // Shortest round-trip text for numbers (.NET Core 3.0 and later).
                text.Append(value.GetType().FullName)
                    .Append(':')
                    .Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return true;
            case IDictionary<string, object?> map:
                text.Append('{');
                foreach (var (key, item) in map)
                {
                    text.Append('s')
                        .Append(key.Length.ToString(CultureInfo.InvariantCulture))
                        .Append(':')
                        .Append(key)
                        .Append('=');
                    if (!TryAppend(text, item))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append('}');
                return true;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    if (!TryAppend(text, item))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append(']');
                return true;
            default:
                return false;
        }
    }
}
