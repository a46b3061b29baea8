using System.Text.Json;
using Json.Schema;
using WellnessConnection.Content.Schema.JsonSchema;
using YamlDotNet.Serialization;

namespace WellnessConnection.Tests.Content.Schema;

/// <summary>
/// The JSON Schemas editors' tools apply agree with the validator: they are generated from its definitions, the
/// committed files are what the definitions give, every sample file passes both, and each broken front matter below
/// is refused by both.
/// </summary>
public sealed class FrontMatterJsonSchemaTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    private const string SessionFrontMatter = """
        title: "Sleep (part I) — navigating disruptions, exploring solutions"
        starts: 2023-12-05T19:00
        facilitators: [daniela-isfan]
        topics: [sleep, stress, self-care]
        series: sleep
        part: 1
        """;

    private static readonly string Repository = Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!;

    // What YAML 1.2 editors' tools read: unquoted true, false and numbers are typed, the rest are strings.
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithAttemptingUnquotedStringTypeDeserialization()
        .Build();

    [Fact]
    public void The_committed_schema_files_are_what_the_definitions_give()
    {
        var folder = Path.Combine(Repository, FrontMatterSchemaFiles.Folder);
        var expected = FrontMatterSchemaFiles.All().ToList();

        Assert.Equal(
            expected.Select(f => f.FileName).Append(FrontMatterSchemaFiles.IndexFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        Assert.True(
            File.ReadAllText(Path.Combine(folder, FrontMatterSchemaFiles.IndexFileName))
                == FrontMatterSchemaFiles.IndexText(),
            $"{FrontMatterSchemaFiles.IndexFileName} is stale: run `dotnet run --project src/WellnessConnection -- "
                + "json-schema` and commit it."
        );
        foreach (var (fileName, _, schema) in expected)
        {
            Assert.True(
                File.ReadAllText(Path.Combine(folder, fileName)) == FrontMatterJsonSchema.Text(schema),
                $"{fileName} is stale: run `dotnet run --project src/WellnessConnection -- json-schema` and commit it."
            );
        }
    }

    [Fact]
    public void Every_sample_file_passes_its_schema()
    {
        var checkedFiles = 0;
        foreach (
            var file in Directory.EnumerateFiles(
                ContentFixtures.SampleContentDirectory,
                "*.*",
                SearchOption.AllDirectories
            )
        )
        {
            var relative = Path.GetRelativePath(ContentFixtures.SampleContentDirectory, file).Replace('\\', '/');
            if (SchemaFor(relative) is not { } schema)
            {
                continue;
            }

            var result = schema.Evaluate(FrontMatterOf(File.ReadAllText(file), relative), Options);
            Assert.True(result.IsValid, $"{relative}: {Errors(result)}");
            checkedFiles++;
        }

        Assert.True(checkedFiles > 30, $"only {checkedFiles} files were checked");
    }

    public static TheoryData<string, string, string> Broken() =>
        new()
        {
            { "an unknown key", SessionFrontMatter + "\nsumary: A typo.", "WC201" },
            {
                "a missing required field",
                SessionFrontMatter.Replace("topics: [sleep, stress, self-care]\n", ""),
                "WC202"
            },
            {
                "a list where one value is meant",
                SessionFrontMatter.Replace("series: sleep", "series: [sleep]"),
                "WC203"
            },
            { "a value that is not a choice", SessionFrontMatter + "\nstatus: maybe", "WC204" },
            {
                "a time with a UTC offset",
                SessionFrontMatter.Replace("2023-12-05T19:00", "2023-12-05T19:00-05:00"),
                "WC205"
            },
            { "a link that is not http(s)", SessionFrontMatter + "\nregistrationUrl: ftp://example.org/x", "WC206" },
            { "a number out of range", SessionFrontMatter + "\ndurationMinutes: 5", "WC207" },
            { "a slug with capitals", SessionFrontMatter.Replace("series: sleep", "series: Sleep"), "WC208" },
            { "a flag written as text", SessionFrontMatter + "\ndraft: \"yes\"", "WC203" },
            { "a zone outside Canada", SessionFrontMatter + "\ntimeZone: Europe/Paris", "WC210" },
        };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_front_matter_is_refused_by_the_schema_and_by_the_validator(
        string what,
        string frontMatter,
        string code
    )
    {
        using var content = TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);
        var file = $"---\n{frontMatter}\n---\nA body.\n";
        content.Write(Session, file);

        var schema = SchemaFor(Session)!.Evaluate(FrontMatterOf(file, Session), Options);
        var codes = ContentFixtures
            .LoadFolder(content.Path)
            .Diagnostics.Where(d => d.Path == Session)
            .Select(d => d.Code)
            .ToList();

        Assert.False(schema.IsValid, $"{what}: the schema accepts it");
        Assert.Contains(code, codes);
    }

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private static Json.Schema.JsonSchema? SchemaFor(string relative)
    {
        var match = FrontMatterSchemaFiles
            .All()
            .Where(f => Matches(f.Glob, "content/" + relative))
            .Select(f => f.FileName)
            .SingleOrDefault();
        return match is null ? null : Schemas.Value[match];
    }

    // Read once: a schema registers its $id globally, and registering it again throws.
    private static readonly Lazy<Dictionary<string, Json.Schema.JsonSchema>> Schemas = new(() =>
        FrontMatterSchemaFiles
            .All()
            .ToDictionary(
                f => f.FileName,
                f =>
                    Json.Schema.JsonSchema.FromText(
                        File.ReadAllText(Path.Combine(Repository, FrontMatterSchemaFiles.Folder, f.FileName))
                    )
            )
    );

    /// <summary>The two glob shapes the schema files use: <c>folder/!(*.fr).md</c>, <c>folder/*.fr.md</c>, and a
    /// plain path.</summary>
    private static bool Matches(string glob, string path)
    {
        var folder = glob[..(glob.LastIndexOf('/') + 1)];
        var name = glob[folder.Length..];
        if (
            !path.StartsWith(folder, StringComparison.Ordinal)
            || path[folder.Length..].Contains('/', StringComparison.Ordinal)
        )
        {
            return false;
        }

        return name switch
        {
            "!(*.fr).md" => path.EndsWith(".md", StringComparison.Ordinal)
                && !path.EndsWith(".fr.md", StringComparison.Ordinal),
            "*.fr.md" => path.EndsWith(".fr.md", StringComparison.Ordinal),
            _ => path == glob,
        };
    }

    private static JsonElement FrontMatterOf(string text, string relative)
    {
        var yaml = relative.EndsWith(".yml", StringComparison.Ordinal)
            ? text
            : text.Split("\n---", 2)[0].TrimStart('-').TrimStart('\n');
        var value = Yaml.Deserialize<object?>(yaml) ?? new Dictionary<object, object>();
        return JsonSerializer.SerializeToElement(value);
    }

    private static string Errors(EvaluationResults result) =>
        string.Join(
            "; ",
            (result.Details ?? [])
                .Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
        );
}
