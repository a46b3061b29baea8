using System.Collections;
using GraphQL;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>
/// Bounds a <c>where</c> argument before it becomes SQL: every value compared, <c>and</c>/<c>or</c> operand and
/// <c>in</c>/<c>nin</c> item counts one. A thousand <c>or</c> operands used to reach SQLite as an expression too
/// deep for it, an unlogged <c>SQLITE</c> error; anything over the limit is now refused, by its size, with
/// <c>FILTER_TOO_LARGE</c>. A page holds at most 100 items, so no front end needs more. So is a text compared that
/// is longer than <see cref="MaxTextLength"/>.
/// </summary>
public static class FilterSize
{
    public const int MaxItems = 250;

    /// <summary>Far above any title or slug; SQLite refuses <c>LIKE</c> patterns over 50,000 bytes with an
    /// error.</summary>
    public const int MaxTextLength = 1000;

    public const string Code = "FILTER_TOO_LARGE";

    public static void Check(IDictionary<string, object?> where)
    {
        var count = 0;
        var pending = new Stack<IDictionary<string, object?>>();
        pending.Push(where);
        while (pending.TryPop(out var input))
        {
            foreach (var value in input.Values)
            {
                switch (value)
                {
                    case IDictionary<string, object?> nested:
                        pending.Push(nested);
                        break;
                    case IEnumerable list and not string:
                        foreach (var item in list)
                        {
                            Count(ref count);
                            if (item is IDictionary<string, object?> operand)
                            {
                                pending.Push(operand);
                            }
                        }

                        break;
                    case string { Length: > MaxTextLength }:
                        throw new ExecutionError(
                            $"A text compared in a filter has more than {MaxTextLength} characters."
                        )
                        {
                            Code = Code,
                        };
                    default:
                        Count(ref count);
                        break;
                }
            }
        }
    }

    private static void Count(ref int count)
    {
        if (++count > MaxItems)
        {
            throw new ExecutionError(
                $"The filter has more than {MaxItems} conditions and list items; narrow it another way."
            )
            {
                Code = Code,
            };
        }
    }
}
