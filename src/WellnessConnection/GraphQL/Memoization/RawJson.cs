using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>A value as the JSON it was once written as: written again as it is.</summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    private sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Raw JSON is only written.");

        // Written by this serializer with these options the first time: no need to check it again.
        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
