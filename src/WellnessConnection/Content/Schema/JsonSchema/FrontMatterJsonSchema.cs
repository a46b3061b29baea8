using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WellnessConnection.Formatting;

namespace WellnessConnection.Content.Schema.JsonSchema;

/// <summary>
/// A JSON Schema (draft-07, what Ajv and the YAML language server read by default) of one document type's front
/// matter, generated from the same field definitions the validator reads with (<see cref="ContentSchemas"/>), for
/// editors' tools: completion, descriptions and early warnings as they type. It says what one file can say; what
/// needs the whole folder (a slug that names another document, a time that does not exist on a clock-change night, a
/// part without its series) stays with the validator.
/// </summary>
public static class FrontMatterJsonSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    // Relaxed escaping: the files are read by people too ("session's", not "session\u0027s"); JSON, not HTML.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of an original (English) file, or of a <c>.fr.md</c> translation, which may set only the
    /// translatable fields and needs none.</summary>
    public static JsonObject Of(DocumentSchema schema, string name, bool translation = false)
    {
        var fields = schema.Fields.Where(f => !translation || f.Translatable).ToList();
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Name] = Property(field);
        }

        var result = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = $"https://wellness-connection.example/schemas/{FileName(name, translation)}",
            ["title"] = translation
                ? $"The front matter of a French {name} translation"
                : $"The front matter of a {name}",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = fields.Where(f => f.Required && !translation).Select(f => (JsonNode?)f.Name).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        return result;
    }

    /// <summary>The file a schema is written to: <c>session.schema.json</c>, <c>session.fr.schema.json</c>.</summary>
    public static string FileName(string name, bool translation) =>
        translation ? $"{name}.fr.schema.json" : $"{name}.schema.json";

    /// <summary>The text of a schema file: indented, with a final line break.</summary>
    public static string Text(JsonObject schema) => schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    private static JsonObject Property(FieldSpec field)
    {
        var property = Value(field.Type, field);
        if (field.Help.Length > 0)
        {
            property["description"] = field.Help;
        }

        if (field.Type is FieldType.TextList or FieldType.SlugList or FieldType.ChoiceList or FieldType.LanguageList)
        {
            // A single value is read as a list of one: `topics: burnout` means what it says.
            var item = Item(field);
            var list = new JsonObject
            {
                ["type"] = "array",
                ["items"] = item.DeepClone(),
                ["minItems"] = 1,
                ["uniqueItems"] = true,
            };
            property = new JsonObject { ["anyOf"] = new JsonArray(list, item) };
            if (field.Help.Length > 0)
            {
                property["description"] = field.Help;
            }
        }

        return property;
    }

    private static JsonObject Item(FieldSpec field) =>
        field.Type switch
        {
            FieldType.SlugList => Value(FieldType.Slug, field),
            FieldType.ChoiceList => Value(FieldType.Choice, field),
            FieldType.LanguageList => Enum(IsoLanguages.Codes.Order(StringComparer.Ordinal)),
            _ => Value(FieldType.Text, field),
        };

    private static JsonObject Value(FieldType type, FieldSpec field) =>
        type switch
        {
            FieldType.Text => field.MultiLine
                ? new JsonObject { ["type"] = "string", ["minLength"] = 1 }
                : new JsonObject
                {
                    ["type"] = "string",
                    ["minLength"] = 1,
                    ["pattern"] = "^[^\\n\\r]*$",
                },
            FieldType.Slug => new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" },
            FieldType.Url => new JsonObject
            {
                ["type"] = "string",
                ["format"] = "uri",
                ["pattern"] = "^https?://[^\\s]+$",
            },
            FieldType.LocalDateTime => new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$",
            },
            FieldType.Date => new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date",
                ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$",
            },
            FieldType.Number => Number(field),
            FieldType.Bool => new JsonObject { ["type"] = "boolean" },
            FieldType.Choice => Enum(field.Choices),
            FieldType.TimeZone => Enum(SessionTimeFormatter.CanadianZones),
            _ => Item(field),
        };

    private static JsonObject Number(FieldSpec field)
    {
        var number = new JsonObject { ["type"] = "integer" };
        if (field.Min != int.MinValue)
        {
            number["minimum"] = field.Min;
        }

        if (field.Max != int.MaxValue)
        {
            number["maximum"] = field.Max;
        }

        return number;
    }

    private static JsonObject Enum(IEnumerable<string> values) =>
        new() { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode?)v)]) };
}
