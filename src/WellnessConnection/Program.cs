using System.CommandLine;
using WellnessConnection.Cli;
using WellnessConnection.GraphQL;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.GraphQLHttp;

if (args.Length > 0 && args[0] is "validate" or "export-schema")
{
    var commands = new RootCommand("Wellness Connection content API") { ValidateCommand.Create(TimeProvider.System), ExportSchemaCommand.Create() };
    return commands.Parse(args).Invoke();
}

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddContentIndex(builder.Configuration)
    .AddContentGraphQL()
    .AddGraphQLHttp();

var app = builder.Build();
if (!app.Services.GetRequiredService<ContentPublisher>().PublishAtStartup())
{
    return 1;
}

app.MapGraphQLHttp("/graphql");
app.Run();
return 0;

public partial class Program;
