using System.CommandLine;
using GraphQL;
using WellnessConnection.Cli;
using WellnessConnection.Embed;
using WellnessConnection.Feeds;
using WellnessConnection.GraphQL;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.Bundles;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Hosting.EditorPreview;
using WellnessConnection.Hosting.GraphiQL;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Hosting.Operations;
using WellnessConnection.Hosting.Operations.Telemetry;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Http;

// The table of contents of the server: each line is one part, in the order a request meets it. How the parts fit
// (the data path, the dependency rule, where to find things, every cache): docs/architecture.md.
if (args.Length > 0 && args[0] is "validate" or "export-schema" or "json-schema" or "bundle" or "probe")
{
    var commands = new RootCommand("Wellness Connection content API")
    {
        ValidateCommand.Create(TimeProvider.System),
        ExportSchemaCommand.Create(),
        JsonSchemaCommand.Create(),
        BundleCommand.Create(TimeProvider.System),
        ProbeCommand.Create(),
    };
    return commands.Parse(args).Invoke();
}

// The app's own files (appsettings.json, wwwroot/) are found next to the executable, whatever the working folder;
// the content folder is found from the working folder (`Content:Directory`, default `content`).
var builder = WebApplication.CreateBuilder(
    new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }
);

// What the last start compiled is compiled ahead, on the other core (in the index folder).
StartupJitProfile.Start(builder.Configuration);

builder
    .Services.AddContentIndex(builder.Configuration)
    // Depth, complexity and introspection, as configured in Protection.
    .AddContentGraphQL(graphQL => graphQL.AddRequestLimits().UseTelemetry())
    .AddGraphQLHttp()
    .AddPersistedDocuments(builder.Configuration)
    .AddGraphQLResponseCache(builder.Configuration)
    .AddProtection(builder.Configuration)
    .AddTrustedProxies(builder.Configuration)
    .AddLiveContent(builder.Configuration)
    .AddBundles(builder.Configuration)
    .AddPreview(builder.Configuration)
    .AddEditorPreview(builder.Configuration)
    .AddOperations()
    .AddTelemetry(builder.Configuration)
    .AddHostFilteringExceptOperations(builder.Configuration)
    .AddPublicAddress(builder.Configuration)
    .AddFeeds()
    .AddEmbed();

var app = builder.Build();

// The schema is built on the other core while this one opens the content.
_ = SchemaWarmUp.Begin(app.Services);
if (!StartupSettings.AreValid(app.Services, Console.Error))
{
    return 1;
}

// What servers that stopped without cleaning up left in the index folder goes before this one writes there.
IndexFolderClaim.Make(app.Services);
if (!app.Services.GetRequiredService<IContentPublisher>().PublishAtStartup(Console.Error))
{
    return 1;
}

// Building the first index takes far more memory than serving it: give what is left over back before serving. A
// start from a bundle has little to give back, and would wait 25 ms for it.
if (GC.GetTotalMemory(forceFullCollection: false) > 64 * 1024 * 1024)
{
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

// The GraphQL endpoint's path: the replay in front of it, GraphiQL on it and the endpoint itself must agree.
const string GraphQLPath = "/graphql";

// First: it answers a repeated GET with what every layer below sent for the same request the time before.
app.UseCachedGetReplay(GraphQLPath);
app.UseTrustedProxies();
app.UseHostFilteringExceptOperations();
app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseMiddleware<ContentResponseHeaders>();
app.UseGraphiQL(GraphQLPath);
app.UsePreview();
app.UseProtection();
app.MapOperations();
app.MapMetrics();
app.MapLiveContent();
app.MapGraphQLHttp(GraphQLPath).RequireProtection();
app.MapSchemaDocument();
app.MapFeeds();
app.MapEmbed();
app.MapEditorPreview();
app.Run();
return 0;

public partial class Program;
