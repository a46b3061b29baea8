using System.Security.Cryptography;
using System.Text;
using GraphQL.Types;
using WellnessConnection.GraphQL;
using WellnessConnection.Http;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// <c>GET /graphql/schema.graphql</c>: the schema as SDL, the same text as the published <c>schema.graphql</c>, so that
/// code generators and IDEs need not run introspection. It changes only with a new build: a strong <c>ETag</c> of its
/// text, an hour of freshness, then a revalidation.
/// </summary>
public static class SchemaDocument
{
    public const string Path = "/graphql/schema.graphql";

    public const string ContentType = "text/plain; charset=utf-8";

    private const string CacheControl = "public, max-age=3600";

    public static IEndpointConventionBuilder MapSchemaDocument(this IEndpointRouteBuilder endpoints)
    {
        var text = new Lazy<(string Text, string ETag)>(() =>
        {
            var sdl = ExportSchemaCommand.Print(endpoints.ServiceProvider.GetRequiredService<ISchema>());
            return (sdl, $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)).AsSpan(0, 16))}\"");
        });
        return endpoints
            .MapMethods(Path, ReadMethods.GetAndHead, (HttpContext context) =>
                ConditionalResponse.Respond(context, text.Value.ETag, ContentType, () => text.Value.Text, CacheControl)
            )
            .WithDisplayName("GraphQL schema (SDL)");
    }
}
