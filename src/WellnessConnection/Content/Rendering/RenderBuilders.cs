using System.Text;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// The text builders a thread's renders reuse, as .NET's own <c>StringBuilderCache</c> does: a body's plain text and
/// HTML are each written into a builder about as long as the body, and a start renders every body of the folder on
/// two threads. A builder is never shared between threads, and one grown past <see cref="MaxKeptLength"/> is left to
/// the collector rather than kept.
/// </summary>
internal static class RenderBuilders
{
    private const int MaxKeptLength = 64 * 1024;

    /// <summary>A render holds two builders at most (the plain text and the block it is trimming).</summary>
    private const int KeptPerThread = 2;

    [ThreadStatic]
    private static StringBuilder?[]? kept;

    /// <summary>An empty builder with room for <paramref name="capacity"/> characters; give it back with
    /// <see cref="Return"/> or <see cref="ToStringAndReturn"/>.</summary>
    public static StringBuilder Rent(int capacity)
    {
        var builders = kept ??= new StringBuilder?[KeptPerThread];
        for (var i = 0; i < builders.Length; i++)
        {
            if (builders[i] is { } builder)
            {
                builders[i] = null;
                builder.EnsureCapacity(capacity);
                return builder;
            }
        }

        return new StringBuilder(capacity);
    }

    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        Return(builder);
        return text;
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptLength)
        {
            return;
        }

        builder.Clear();
        var builders = kept ??= new StringBuilder?[KeptPerThread];
        for (var i = 0; i < builders.Length; i++)
        {
            if (builders[i] is null)
            {
                builders[i] = builder;
                return;
            }
        }
    }
}
