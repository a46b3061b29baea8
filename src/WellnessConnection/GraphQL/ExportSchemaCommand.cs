using System.CommandLine;
using GraphQL;
using GraphQL.Types;

namespace WellnessConnection.GraphQL;

/// <summary><c>export-schema [file]</c>: prints the server's schema as SDL into <c>schema.graphql</c>, the published
/// contract.</summary>
public static class ExportSchemaCommand
{
    public const string DefaultFile = "schema.graphql";

    public static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "Where to write the schema.",
            DefaultValueFactory = _ => DefaultFile,
        };
        var command = new Command("export-schema", "Write the GraphQL schema (SDL) the server serves.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            File.WriteAllText(path, Print());
            Console.WriteLine($"Wrote {path}.");
            return 0;
        });
        return command;
    }

    /// <summary>The schema as SDL, exactly as the server builds it.</summary>
    public static string Print()
    {
        using var services = new ServiceCollection().AddContentGraphQL().BuildServiceProvider();
        return Print(services.GetRequiredService<ISchema>());
    }

    /// <summary>A schema as SDL, as <c>schema.graphql</c> holds it: LF line ends and one final line break.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
