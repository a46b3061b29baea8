using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellnessConnection.Storage.Bundles;

/// <summary>
/// The manifest's JSON, generated at build time: a start from a bundle reads it first, and reflection-based
/// (de)serialisation would cost that start about 10 ms more.
/// </summary>
[JsonSerializable(typeof(BundleManifest))]
internal sealed partial class BundleManifestJson : JsonSerializerContext
{
    /// <summary>The manifest is read by people (<c>tail -n 2</c>) and never put in a page.</summary>
    public static BundleManifestJson Readable { get; } =
        new(
            new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                RespectNullableAnnotations = true,
                RespectRequiredConstructorParameters = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );
}
