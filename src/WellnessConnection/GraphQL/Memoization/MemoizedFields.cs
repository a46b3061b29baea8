using System.Text.Json;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// The JSON of a memoized object as the serializer wrote it, whole, and where each of its fields' names and values
/// lie in it: a field's value is a slice of the whole, found by its position in the selection and checked by its
/// name. Four numbers a field, instead of a dictionary of names and slices: a session page's entry is about 2 KB
/// smaller, and the memo's budget (<see cref="SizeBytes"/>) is closer to what it holds.
/// </summary>
internal sealed class MemoizedFields
{
    private const int Stride = 4;

    private readonly byte[] written;

    // Per field: its name's start and length, its value's start and length, in written.
    private readonly int[] bounds;

    private MemoizedFields(byte[] written, int[] bounds, ServedDocuments served)
    {
        this.written = written;
        this.bounds = bounds;
        Whole = new RawJson(written);
        Served = served;
    }

    public RawJson Whole { get; }

    /// <summary>The documents the object shows.</summary>
    public ServedDocuments Served { get; }

    public int Count => bounds.Length / Stride;

    /// <summary>About how much memory it holds, for the memo's budget.</summary>
    public long SizeBytes => MemoSizes.Small + written.Length + (sizeof(int) * (long)bounds.Length);

    /// <summary>The object written as <paramref name="written"/> (one JSON object), cut into its fields.</summary>
    public static MemoizedFields Of(byte[] written, ServedDocuments served)
    {
        var bounds = new List<int>();
        var reader = new Utf8JsonReader(written);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // A name's token starts at its opening quote; an escaped name never matches a GraphQL name (below).
            bounds.Add((int)reader.TokenStartIndex + 1);
            bounds.Add(reader.ValueIsEscaped ? -1 : reader.ValueSpan.Length);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            bounds.Add(start);
            bounds.Add((int)reader.BytesConsumed - start);
        }

        return new MemoizedFields(written, [.. bounds], served);
    }

    /// <summary>The value of the field at <paramref name="index"/>, if that field's response name is
    /// <paramref name="name"/>.</summary>
    public bool TryGetField(int index, string name, out RawJson json)
    {
        json = null!;
        if (index >= Count)
        {
            return false;
        }

        var at = index * Stride;
        if (bounds[at + 1] != name.Length || !Is(written.AsSpan(bounds[at], name.Length), name))
        {
            return false;
        }

        json = new RawJson(written.AsMemory(bounds[at + 2], bounds[at + 3]));
        return true;
    }

    // GraphQL names are ASCII letters, digits and underscores, written as they are (an escaped name's length is -1).
    private static bool Is(ReadOnlySpan<byte> utf8, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (utf8[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
