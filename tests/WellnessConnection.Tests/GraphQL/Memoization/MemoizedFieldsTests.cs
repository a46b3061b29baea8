using System.Text;
using System.Text.Json;
using CsCheck;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Tests.GraphQL.Memoization;

/// <summary>A memoized object's fields are slices of its JSON, found by position and checked by name.</summary>
public sealed class MemoizedFieldsTests
{
    private static readonly Gen<string> Name = Gen.String[Gen.Char["_abcXYZ019"], 1, 8]
        .Select(n => char.IsDigit(n[0]) ? "_" + n : n);

    private static readonly Gen<JsonElement> Value = Gen.OneOf(
        Gen.Int.Select(i => JsonSerializer.SerializeToElement(i)),
        Gen.String.Select(s => JsonSerializer.SerializeToElement(s)),
        Gen.Const(JsonSerializer.SerializeToElement<object?>(null)),
        Gen.Int.Array[0, 4].Select(a => JsonSerializer.SerializeToElement(new { items = a, nested = new { a.Length } }))
    );

    [Fact]
    public void Each_field_is_its_value_as_written_at_its_position_and_by_its_name()
    {
        Gen.Dictionary(Name, Value)[0, 12]
            .Sample(fields =>
            {
                var written = JsonSerializer.SerializeToUtf8Bytes(fields);
                var kept = MemoizedFields.Of(written, new ServedDocuments());

                Assert.Equal(fields.Count, kept.Count);
                Assert.Equal(written, kept.Whole.Utf8.ToArray());
                var i = 0;
                foreach (var (name, value) in fields)
                {
                    Assert.True(kept.TryGetField(i, name, out var json));
                    Assert.Equal(JsonSerializer.Serialize(value), Encoding.UTF8.GetString(json.Utf8.Span));
                    Assert.False(kept.TryGetField(i, name + "x", out _));
                    i++;
                }

                Assert.False(kept.TryGetField(fields.Count, "id", out _));
            });
    }

    [Fact]
    public void A_name_written_escaped_is_never_taken_for_another()
    {
        var kept = MemoizedFields.Of("{\"\\u0069d\":1}"u8.ToArray(), new ServedDocuments());

        Assert.False(kept.TryGetField(0, "id", out _));
        Assert.False(kept.TryGetField(0, "\\u0069", out _));
    }
}
