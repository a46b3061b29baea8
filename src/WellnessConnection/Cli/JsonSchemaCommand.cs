using System.CommandLine;
using WellnessConnection.Content.Schema.JsonSchema;

namespace WellnessConnection.Cli;

/// <summary>
/// <c>json-schema [out-dir]</c>: writes the JSON Schemas of the front matter (<see cref="FrontMatterSchemaFiles"/>)
/// that editors' tools apply, from the definitions the validator reads with.
/// </summary>
public static class JsonSchemaCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out-dir")
        {
            Description = "The folder to write the schema files to.",
            DefaultValueFactory = _ => FrontMatterSchemaFiles.Folder,
        };
        var command = new Command("json-schema", "Write the JSON Schemas of every document type's front matter.")
        {
            output,
        };
        command.SetAction(parse => Write(parse.GetValue(output)!, Console.Out));
        return command;
    }

    public static int Write(string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        foreach (var (fileName, _, schema) in FrontMatterSchemaFiles.All())
        {
            File.WriteAllText(Path.Combine(folder, fileName), FrontMatterJsonSchema.Text(schema));
        }

        File.WriteAllText(
            Path.Combine(folder, FrontMatterSchemaFiles.IndexFileName),
            FrontMatterSchemaFiles.IndexText()
        );
        output.WriteLine($"Wrote the front matter schemas to {folder}.");
        return 0;
    }
}
