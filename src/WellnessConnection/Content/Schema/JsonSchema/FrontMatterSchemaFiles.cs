using System.Text.Json.Nodes;

namespace WellnessConnection.Content.Schema.JsonSchema;

/// <summary>
/// Every schema file editors' tools use: one per document type, one per type's <c>.fr.md</c> translation, and one
/// for <c>site.yml</c>. Written by <c>json-schema</c> into <see cref="Folder"/>; a test keeps the committed files
/// equal to what the definitions give.
/// </summary>
public static class FrontMatterSchemaFiles
{
    /// <summary>The folder of the schema files, from the repository root: outside <c>content/</c>, which the site
    /// reads.</summary>
    public const string Folder = "schemas/front-matter";

    /// <summary>Which schema applies to which content files: each schema file's name and its globs, for tools that
    /// apply the schemas by path (<c>.remarkrc.mjs</c>), so the mapping is written once, here.</summary>
    public const string IndexFileName = "files.json";

    private static readonly (string Name, DocumentSchema Schema)[] Documents =
    [
        ("session", ContentSchemas.Session),
        ("series", ContentSchemas.Series),
        ("topic", ContentSchemas.Topic),
        ("facilitator", ContentSchemas.Facilitator),
        ("resource", ContentSchemas.Resource),
        ("crisis-line", ContentSchemas.CrisisLine),
        ("page", ContentSchemas.Page),
    ];

    /// <summary>Each file's name, the content files it describes (a glob from the repository root), and its
    /// schema.</summary>
    public static IEnumerable<(string FileName, string Glob, JsonObject Schema)> All()
    {
        foreach (var (name, schema) in Documents)
        {
            yield return (
                FrontMatterJsonSchema.FileName(name, false),
                $"content/{schema.Folder}/!(*.fr).md",
                FrontMatterJsonSchema.Of(schema, name)
            );
            yield return (
                FrontMatterJsonSchema.FileName(name, true),
                $"content/{schema.Folder}/*.fr.md",
                FrontMatterJsonSchema.Of(schema, name, translation: true)
            );
        }

        yield return (
            FrontMatterJsonSchema.FileName("site", false),
            "content/site.yml",
            FrontMatterJsonSchema.Of(ContentSchemas.Site, "site")
        );
    }

    /// <summary>The text of <see cref="IndexFileName"/>: <c>{ "session.schema.json": ["content/..."] }</c>.</summary>
    public static string IndexText() =>
        FrontMatterJsonSchema.Text(
            new JsonObject(All().Select(f => KeyValuePair.Create(f.FileName, (JsonNode?)new JsonArray(f.Glob))))
        );
}
