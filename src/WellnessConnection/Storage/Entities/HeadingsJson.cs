using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Storage.Entities;

/// <summary>
/// <see cref="BodyEntity.HeadingsJson"/>, written when a body is indexed and read when a page asks for its headings,
/// by code generated at build time: a start writes 12,700 of them at 10,000 sessions, and reflection-based
/// serialisation first builds its metadata and compiles its converters for the type.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<MarkdownHeading>))]
[JsonSerializable(typeof(List<MarkdownHeading>))]
internal sealed partial class HeadingsJson : JsonSerializerContext
{
    public static string Write(IReadOnlyList<MarkdownHeading> headings) =>
        JsonSerializer.Serialize(headings, Default.IReadOnlyListMarkdownHeading);

    public static List<MarkdownHeading> Read(string json) =>
        JsonSerializer.Deserialize(json, Default.ListMarkdownHeading) ?? [];
}
