using System.Diagnostics;
using System.Runtime.CompilerServices;
using AotGraphQLProbe;
using GraphQL;
using GraphQL.SystemTextJson;

// One listing (20 sessions of 14 fields, two of them lists) executed and serialised over and over, its document
// parsed once and not validated, as the server's cache of validated documents does: what GraphQL.NET's execution
// costs a request, with its resolvers made from expressions or given as delegates. Prints one line each, twice over.
const string Query =
    "{ sessions { slug title summary startsAt durationMinutes language kind seriesPart online series "
    + "facilitators { slug name } topics { slug name } } }";
const int WarmUp = 3_000;
const int Measured = 20_000;

var page = ListedSession.Page();
var document = GraphQLParser.Parser.Parse(Query);
var serializer = new GraphQLSerializer();
var executer = new DocumentExecuter();
var build = RuntimeFeature.IsDynamicCodeCompiled ? "JIT" : "Native AOT";
foreach (var expressions in new[] { true, false, true, false })
{
    var schema = ListingSchema.Create(page, expressions);
    async Task<long> Answer()
    {
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Document = document;
            options.ValidationRules = [];
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        using var stream = new MemoryStream();
        await serializer.WriteAsync(stream, result);
        return stream.Length;
    }

    for (var i = 0; i < WarmUp; i++)
    {
        await Answer();
    }

    var bytes = 0L;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < Measured; i++)
    {
        bytes = await Answer();
    }

    var wall = clock.Elapsed.TotalMicroseconds / Measured;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Measured;
    Console.WriteLine(
        $"{build, -10} {(expressions ? "expressions" : "delegates"), -11}: {wall, 6:F1} µs a request "
            + $"({used:F1} µs of CPU), {bytes} bytes"
    );
}
